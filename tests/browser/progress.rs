//! Quizzes and progress in a real browser with real localStorage: answering
//! saves and focuses the feedback, a reload restores, retrying keeps the
//! right answers, another tab's change merges in, and a 200-question quiz
//! works. Each test uses its own guide id. How storage failures are met is
//! in `storage_failures`.

use primer::components::progress_provider::ProgressProvider;
use primer::links::Links;
use primer::render::{blocks, Context};
use primer::storage::{learner_seed, Store, LEARNER_KEY};
use primer_core::document::Block;
use primer_core::progress::stored::{self, storage_key};
use primer_core::quiz::{Quiz, Response};
use wasm_bindgen_test::*;
use yew::prelude::*;

use super::progress_support::{clear, other_tab_wrote, quiz, saved, storage, Mounted};
use super::support::{click, document, get, is_focused, mount_point, until};

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
    let tree = vec![Block::Quiz(std::sync::Arc::new(props.quiz.clone()))];
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
    wasm_bindgen_futures::JsFuture::from(super::support::next_task())
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
