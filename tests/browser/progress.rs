//! Quizzes and progress in a real browser with real localStorage: answering
//! saves, a reload restores, another tab's change merges in, and every way
//! storage fails (a damaged record, a newer record, a store that throws on
//! write, a full store) leaves the quiz working, tells the learner, and
//! loses no other record. Each test uses its own guide id.

use primer::components::progress_provider::ProgressProvider;
use primer::links::Links;
use primer::render::{blocks, Context};
use primer::storage::{learner_seed, Store, LEARNER_KEY};
use primer_core::document::Block;
use primer_core::progress::stored::{self, storage_key};
use primer_core::quiz::{
    MultipleChoice, Question, QuestionKind, Quiz, Response, Rich, ShortAnswer,
};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{Element, Storage};
use yew::prelude::*;

use super::{click, document, find, get, is_focused, mount_point, until};

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
    fn type_into(input: &Element, text: &str);
    fn other_tab_wrote(key: &str, old_value: Option<String>, new_value: Option<String>);
    fn break_writes();
    fn mend_writes();
    fn fill_storage() -> u32;
    fn empty_filler();
    fn block_storage();
    fn unblock_storage();
}

fn storage() -> Storage {
    gloo::utils::window().local_storage().unwrap().unwrap()
}

fn question(id: &str, kind: QuestionKind) -> Question {
    Question {
        context: Some(Rich::new("Because.")),
        ..Question::new(id, kind)
    }
}

/// Two questions: pick "right", then type "yes".
fn quiz() -> Quiz {
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
    let tree = vec![Block::Quiz(Box::new(quiz()))];
    html! {
        <ProgressProvider guide_id={props.guide.clone()}>{blocks(&tree, &cx)}</ProgressProvider>
    }
}

struct Mounted {
    root: Element,
    app: yew::AppHandle<Guide>,
}

impl Mounted {
    async fn new(guide: &str) -> Mounted {
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

    fn question(&self, id: &str) -> Element {
        get(&self.root, &format!("#quiz-checks-{id}"))
    }

    fn answered(&self, id: &str) -> bool {
        self.question(id).class_list().contains("quiz-answered")
    }

    fn status(&self) -> String {
        get(&self.root, ".save-status")
            .text_content()
            .unwrap_or_default()
    }

    /// Choose "right" (or "wrong") and check it.
    async fn pick(&self, choice: &str) {
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

    async fn say(&self, text: &str) {
        let question = self.question("say");
        type_into(&get(&question, "input[type=text]"), text);
        click(&get(&question, "button[type=submit]"));
        until("the answer is checked", || self.answered("say")).await;
    }

    fn close(self) {
        self.app.destroy();
        self.root.remove();
    }
}

fn clear(guide: &str) {
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

fn aside_keys(guide: &str) -> Vec<String> {
    let prefix = format!("{}:aside:", storage_key(guide));
    let storage = storage();
    (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(&prefix))
        .collect()
}

fn saved(guide: &str) -> Option<primer_core::progress::Progress> {
    let text = storage().get_item(&storage_key(guide)).unwrap()?;
    Some(stored::read(&text, guide).unwrap().progress)
}

#[wasm_bindgen_test]
async fn answers_are_saved_focused_and_restored() {
    let guide = "bt-answer";
    clear(guide);
    let page = Mounted::new(guide).await;
    page.pick("wrong").await;
    let feedback = get(&page.question("pick"), ".quiz-feedback");
    until("focus moves to the feedback", || is_focused(&feedback)).await;
    assert!(feedback.text_content().unwrap().contains("Incorrect"));
    page.say("  YES ").await;
    until("both answers are saved", || {
        saved(guide).is_some_and(|p| p.answers.len() == 2)
    })
    .await;
    assert_eq!(page.status(), "", "nothing to report");
    let summary = get(&page.root, ".quiz-summary").text_content().unwrap();
    assert!(summary.contains("1 of 2 correct"), "{summary}");

    // A reload reads the same record back...
    let (_, progress) = Store::open(guide);
    let say = &quiz().questions[1];
    let answer = progress.answer("checks", say).unwrap();
    assert_eq!(
        answer.response,
        Response::Text {
            text: "  YES ".into()
        }
    );
    assert!(answer.correct);
    // ...and a new page shows it.
    let again = Mounted::new(guide).await;
    assert!(again.answered("pick") && again.answered("say"));
    again.close();

    // "Try again" opens the question and puts focus back in it; the saved
    // answer stays until the next one, which counts as a second attempt.
    let first_at = saved(guide).unwrap().answers["checks/pick"].first_at;
    click(&get(&page.question("pick"), ".quiz-actions button"));
    until("the question is open again", || !page.answered("pick")).await;
    let first = get(&page.question("pick"), "input");
    until("focus is in the question", || is_focused(&first)).await;
    assert_eq!(saved(guide).unwrap().answers.len(), 2, "nothing deleted");
    page.pick("right").await;
    until("the second attempt is saved", || {
        saved(guide).is_some_and(|p| p.answers["checks/pick"].correct)
    })
    .await;
    let pick = &saved(guide).unwrap().answers["checks/pick"];
    assert_eq!((pick.attempts, pick.first_at), (2, first_at));
    page.close();
    clear(guide);
}

#[wasm_bindgen_test]
async fn retry_the_wrong_ones_keeps_the_right_ones_and_focuses_the_first() {
    let guide = "bt-retry";
    clear(guide);
    let page = Mounted::new(guide).await;
    page.pick("wrong").await;
    page.say("yes").await;
    let retry = get(&page.root, ".quiz-summary button");
    assert_eq!(retry.text_content().unwrap(), "Retry the wrong one");
    click(&retry);
    until("the wrong one is open", || !page.answered("pick")).await;
    assert!(page.answered("say"));
    let first = get(&page.question("pick"), "input");
    until("focus moves to it", || is_focused(&first)).await;
    page.close();
    clear(guide);
}

#[wasm_bindgen_test]
async fn another_tabs_answers_and_resets_appear() {
    let guide = "bt-tabs";
    clear(guide);
    let key = storage_key(guide);
    let page = Mounted::new(guide).await;
    page.pick("right").await;
    until("it is saved", || saved(guide).is_some()).await;
    let before = storage().get_item(&key).unwrap();

    // The other tab answers the second question.
    let mut theirs = saved(guide).unwrap();
    theirs.record(
        "checks",
        &quiz().questions[1],
        Response::Text { text: "yes".into() },
        js_sys::Date::now() as u64 + 1000,
    );
    let written = stored::write(&theirs);
    other_tab_wrote(&key, before.clone(), Some(written.clone()));
    until("their answer shows here", || page.answered("say")).await;

    // Then resets the first one.
    theirs.reset_question("checks", "pick");
    other_tab_wrote(&key, Some(written), Some(stored::write(&theirs)));
    until("their reset shows here", || !page.answered("pick")).await;
    assert!(page.answered("say"));
    page.close();
    clear(guide);
}

#[wasm_bindgen_test]
async fn a_damaged_record_is_kept_aside_and_the_quiz_works() {
    let guide = "bt-damaged";
    clear(guide);
    let key = storage_key(guide);
    storage().set_item("bt-unrelated", "keep me").unwrap();
    storage().set_item(&key, "{not json").unwrap();
    let page = Mounted::new(guide).await;
    let status = page.status();
    assert!(status.contains("could not be read"), "{status}");
    let aside = aside_keys(guide);
    assert_eq!(aside.len(), 1);
    assert!(status.contains(&aside[0]), "{status} names {}", aside[0]);
    assert_eq!(
        storage().get_item(&aside[0]).unwrap().as_deref(),
        Some("{not json")
    );
    assert!(
        saved(guide).is_some_and(|p| p.answers.is_empty()),
        "a fresh record replaces it at once"
    );

    page.pick("right").await;
    until("a fresh record is written", || {
        saved(guide).is_some_and(|p| p.answers.len() == 1)
    })
    .await;
    assert_eq!(aside_keys(guide), aside, "the copy stays");
    assert_eq!(
        storage().get_item("bt-unrelated").unwrap().as_deref(),
        Some("keep me")
    );
    click(&get(&page.root, ".save-status button"));
    until("the note is dismissed", || page.status().is_empty()).await;
    page.close();
    clear(guide);
    storage().remove_item("bt-unrelated").unwrap();
}

#[wasm_bindgen_test]
async fn a_record_from_a_newer_primer_is_never_overwritten() {
    let guide = "bt-future";
    clear(guide);
    let key = storage_key(guide);
    let future = r#"{"version":99,"guide":"bt-future","answers":{}}"#;
    storage().set_item(&key, future).unwrap();
    let page = Mounted::new(guide).await;
    assert!(page.status().contains("newer version"), "{}", page.status());
    page.pick("right").await;
    page.say("yes").await;
    assert_eq!(storage().get_item(&key).unwrap().as_deref(), Some(future));
    assert!(page.status().contains("not saved"), "{}", page.status());
    page.close();
    clear(guide);
}

#[wasm_bindgen_test]
async fn a_store_that_throws_on_write() {
    let guide = "bt-throws";
    clear(guide);
    storage().set_item("bt-unrelated", "keep me").unwrap();
    let page = Mounted::new(guide).await;
    break_writes();
    page.pick("right").await;
    until("the learner is told", || {
        page.status().contains("not being saved")
    })
    .await;
    assert!(page.status().contains("refused"), "{}", page.status());
    assert!(saved(guide).is_none());
    assert!(get(&page.root, ".quiz-summary")
        .text_content()
        .unwrap()
        .contains("1 of 2 correct"));
    // Writing works again: the next change saves everything.
    mend_writes();
    page.say("yes").await;
    until("both are saved", || {
        saved(guide).is_some_and(|p| p.answers.len() == 2)
    })
    .await;
    until("the warning goes", || page.status().is_empty()).await;
    assert_eq!(
        storage().get_item("bt-unrelated").unwrap().as_deref(),
        Some("keep me")
    );
    page.close();
    clear(guide);
    storage().remove_item("bt-unrelated").unwrap();
}

#[wasm_bindgen_test]
async fn a_full_store() {
    let guide = "bt-full";
    clear(guide);
    empty_filler();
    storage().set_item("bt-unrelated", "keep me").unwrap();
    let page = Mounted::new(guide).await;
    let filled = fill_storage();
    assert!(filled > 0);
    page.pick("right").await;
    until("the learner is told", || page.status().contains("full")).await;
    assert!(get(&page.root, "#quiz-checks-pick .quiz-verdict")
        .text_content()
        .unwrap()
        .contains("Correct"));
    empty_filler();
    page.say("yes").await;
    until("saving resumes", || {
        saved(guide).is_some_and(|p| p.answers.len() == 2)
    })
    .await;
    assert_eq!(
        storage().get_item("bt-unrelated").unwrap().as_deref(),
        Some("keep me")
    );
    page.close();
    clear(guide);
    storage().remove_item("bt-unrelated").unwrap();
}

#[wasm_bindgen_test]
fn the_learner_seed_is_made_once_and_kept() {
    let seed = learner_seed();
    assert_eq!(seed.len(), 16);
    assert_eq!(learner_seed(), seed);
    assert_eq!(storage().get_item(LEARNER_KEY).unwrap(), Some(seed));
    let _ = document();
}

#[derive(Properties, PartialEq)]
struct BigProps {
    quiz: Quiz,
}

#[function_component]
fn Big(props: &BigProps) -> Html {
    let cx = Context::new(Links::default(), "study-guide/big");
    let tree = vec![Block::Quiz(Box::new(props.quiz.clone()))];
    html! {
        <ProgressProvider guide_id="bt-big">{blocks(&tree, &cx)}</ProgressProvider>
    }
}

/// How fast is measured by `bench/quiz.sh` on the release build; this
/// checks only that it works.
#[wasm_bindgen_test]
async fn a_quiz_of_200_questions_renders_and_answers() {
    clear("bt-big");
    let mut big = quiz();
    big.id = "big".into();
    big.questions = (0..200)
        .map(|i| {
            let mut q = quiz().questions[i % 2].clone();
            q.id = format!("q{i}");
            q
        })
        .collect();
    let root = mount_point();
    let app =
        yew::Renderer::<Big>::with_root_and_props(root.clone(), BigProps { quiz: big }).render();
    until("200 questions render", || {
        root.query_selector_all("li.quiz-question")
            .unwrap()
            .length()
            == 200
    })
    .await;
    // The last "pick" question: choose its first choice, then check it.
    let question = get(&root, "#quiz-big-q198");
    click(&get(&question, "input"));
    wasm_bindgen_futures::JsFuture::from(super::next_task())
        .await
        .unwrap();
    click(&get(&question, "button[type=submit]"));
    until("the answer shows", || {
        question.class_list().contains("quiz-answered")
    })
    .await;
    let summary = get(&root, ".quiz-summary").text_content().unwrap();
    assert!(
        summary.contains("of 200 correct, 1 of 200 answered"),
        "{summary}"
    );
    app.destroy();
    root.remove();
    clear("bt-big");
}

#[wasm_bindgen_test]
async fn damaged_answers_are_kept_aside_and_the_others_load() {
    let guide = "bt-skipped";
    clear(guide);
    let mut progress = primer_core::progress::Progress::new(guide);
    let choice = Response::Choices {
        chosen: vec!["right".into()],
    };
    progress.record("checks", &quiz().questions[0], choice, 5);
    let record = stored::write(&progress).replace(
        "\"answers\":{",
        "\"answers\":{\"checks/say\":{\"response\":7},",
    );
    storage().set_item(&storage_key(guide), &record).unwrap();
    let page = Mounted::new(guide).await;
    assert!(page.answered("pick"), "the readable answer loads");
    assert!(!page.answered("say"));
    let status = page.status();
    assert!(
        status.contains("1 saved answer could not be read"),
        "{status}"
    );
    let aside = aside_keys(guide);
    assert_eq!(aside.len(), 1);
    assert_eq!(storage().get_item(&aside[0]).unwrap(), Some(record));
    page.close();
    clear(guide);
}

#[wasm_bindgen_test]
async fn storage_that_refuses_access_leaves_the_quiz_in_memory() {
    let guide = "bt-blocked";
    clear(guide);
    block_storage();
    let page = Mounted::new(guide).await;
    let status = page.status();
    unblock_storage();
    assert!(status.contains("blocks storage"), "{status}");
    page.pick("right").await;
    page.say("yes").await;
    let summary = get(&page.root, ".quiz-summary").text_content().unwrap();
    assert!(summary.contains("2 of 2 correct"), "{summary}");
    assert!(saved(guide).is_none(), "nothing written");
    page.close();
    clear(guide);
}
