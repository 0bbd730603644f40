//! What the progress browser tests share: a chapter holding a two-question
//! quiz under a progress provider, mounted and driven like a learner would,
//! and ways to read, break, fill or block the real localStorage.

use primer::components::progress_provider::ProgressProvider;
use primer::links::Links;
use primer::render::{blocks, Context};
use primer_core::document::Block;
use primer_core::progress::stored::{self, storage_key};
use primer_core::quiz::{MultipleChoice, Question, QuestionKind, Quiz, Rich, ShortAnswer};
use wasm_bindgen::prelude::*;
use web_sys::{Element, Storage};
use yew::prelude::*;

use super::support::{click, find, get, mount_point, until};

#[wasm_bindgen(inline_js = r#"
export function type_into(input, text) {
    input.value = text;
    input.dispatchEvent(new InputEvent("input", { bubbles: true }));
}
export function other_tab_wrote(key, oldValue, newValue) {
    if (newValue === null) localStorage.removeItem(key); else localStorage.setItem(key, newValue);
    window.dispatchEvent(new StorageEvent("storage", { key, oldValue, newValue, storageArea: localStorage }));
}
let saved = null;
export function break_writes() {
    saved = Storage.prototype.setItem;
    Storage.prototype.setItem = function () { throw new DOMException("refused", "SecurityError"); };
}
export function mend_writes() {
    if (saved) Storage.prototype.setItem = saved;
    saved = null;
}
export function fill_storage() {
    let n = 0;
    for (let size = 1 << 20; size >= 16; size = size >> 1) {
        const chunk = "x".repeat(size);
        for (;;) {
            try { localStorage.setItem("filler:" + n, chunk); n++; } catch (e) {
                if (e.name !== "QuotaExceededError") throw e;
                break;
            }
        }
    }
    return n;
}
let access = null;
export function block_storage() {
    let owner = window;
    while (owner && !Object.getOwnPropertyDescriptor(owner, "localStorage")) owner = Object.getPrototypeOf(owner);
    access = [owner, Object.getOwnPropertyDescriptor(owner, "localStorage")];
    Object.defineProperty(owner, "localStorage", {
        configurable: true,
        get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
    });
}
export function unblock_storage() {
    if (access) Object.defineProperty(access[0], "localStorage", access[1]);
    access = null;
}
export function empty_filler() {
    for (const key of Object.keys(localStorage)) if (key.startsWith("filler:")) localStorage.removeItem(key);
}
"#)]
extern "C" {
    pub fn type_into(input: &Element, text: &str);
    pub fn other_tab_wrote(key: &str, old_value: Option<String>, new_value: Option<String>);
    pub fn break_writes();
    pub fn mend_writes();
    pub fn fill_storage() -> u32;
    pub fn empty_filler();
    pub fn block_storage();
    pub fn unblock_storage();
}

pub fn storage() -> Storage {
    gloo::utils::window().local_storage().unwrap().unwrap()
}

pub fn question(id: &str, kind: QuestionKind) -> Question {
    Question {
        context: Some(Rich::new("Because.")),
        ..Question::new(id, kind)
    }
}

/// Two questions: pick "right", then type "yes".
pub fn quiz() -> Quiz {
    let pick = QuestionKind::MultipleChoice(MultipleChoice {
        prompt: Rich::new("Pick the right one"),
        answers: vec![Rich::new("right")],
        distractors: vec![Rich::new("wrong")],
        multiple: false,
        answer_index: None,
        sort_answers: true,
        feedback: Default::default(),
    });
    let say = QuestionKind::ShortAnswer(ShortAnswer {
        prompt: Rich::new("Say yes"),
        response: Default::default(),
        answer: "yes".into(),
        alternatives: vec![],
    });
    Quiz {
        id: "checks".into(),
        file: "checks.toml".into(),
        multipart: Default::default(),
        questions: vec![question("pick", pick), question("say", say)],
    }
}

#[derive(Properties, PartialEq)]
struct GuideProps {
    guide: String,
}

/// A chapter holding the quiz, under the progress provider of guide `guide`.
#[function_component]
fn Guide(props: &GuideProps) -> Html {
    let cx = Context::new(Links::default(), "study-guide/checks");
    let tree = vec![Block::Quiz(std::sync::Arc::new(quiz()))];
    html! {
        <ProgressProvider guide_id={props.guide.clone()}>{blocks(&tree, &cx)}</ProgressProvider>
    }
}

pub struct Mounted {
    pub root: Element,
    app: yew::AppHandle<Guide>,
}

impl Mounted {
    pub async fn new(guide: &str) -> Mounted {
        let root = mount_point();
        let app = yew::Renderer::<Guide>::with_root_and_props(
            root.clone(),
            GuideProps {
                guide: guide.into(),
            },
        )
        .render();
        until("the quiz renders", || find(&root, "section.quiz").is_some()).await;
        Mounted { root, app }
    }

    pub fn question(&self, id: &str) -> Element {
        get(&self.root, &format!("#quiz-checks-{id}"))
    }

    pub fn answered(&self, id: &str) -> bool {
        self.question(id).class_list().contains("quiz-answered")
    }

    pub fn status(&self) -> String {
        get(&self.root, ".save-status")
            .text_content()
            .unwrap_or_default()
    }

    /// Choose "right" (or "wrong") and check it.
    pub async fn pick(&self, choice: &str) {
        let question = self.question("pick");
        let labels = question.query_selector_all(".quiz-choice label").unwrap();
        let index = (0..labels.length())
            .find(|i| labels.item(*i).unwrap().text_content().as_deref() == Some(choice))
            .unwrap();
        click(&get(
            &question,
            &format!("#quiz-checks-pick-choice-{index}"),
        ));
        until("the choice is checked", || {
            find(&question, "input:checked").is_some()
        })
        .await;
        click(&get(&question, "button[type=submit]"));
        until("the answer is checked", || self.answered("pick")).await;
    }

    pub async fn say(&self, text: &str) {
        let question = self.question("say");
        type_into(&get(&question, "input[type=text]"), text);
        click(&get(&question, "button[type=submit]"));
        until("the answer is checked", || self.answered("say")).await;
    }

    pub fn close(self) {
        self.app.destroy();
        self.root.remove();
    }
}

pub fn clear(guide: &str) {
    let key = storage_key(guide);
    let storage = storage();
    let keys: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(&key))
        .collect();
    for k in keys {
        storage.remove_item(&k).unwrap();
    }
}

pub fn aside_keys(guide: &str) -> Vec<String> {
    let prefix = format!("{}:aside:", storage_key(guide));
    let storage = storage();
    (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(&prefix))
        .collect()
}

pub fn saved(guide: &str) -> Option<primer_core::progress::Progress> {
    let text = storage().get_item(&storage_key(guide)).unwrap()?;
    Some(stored::read(&text, guide).unwrap().progress)
}
