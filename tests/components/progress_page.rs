//! The progress page: the overall score, each chapter and each learning
//! objective as bars with their words, resets, export and import; the
//! sidebar's link to it; and the status line about saving.

use primer::components::save_status::save_status;
use primer::components::sidebar::sidebar;
use primer::links::Links;
use primer::pages::progress::ProgressPage;
use primer::state::{ProgressContext, ProgressState};
use primer::storage::Status;
use primer_core::bundle::{Manifest, Objective, QuizSummary};
use primer_core::progress::Progress;
use primer_core::quiz::{Response, ResponseSize};
use yew::prelude::*;

use crate::quiz::{answered, chose, question, quiz, short, single};
use crate::support::{component, manifest, view, Dom};

/// The support manifest; "Caching" has a quiz of three questions on two objectives.
fn guide() -> (Manifest, Progress) {
    let mut questions = vec![
        question("q1", single("One?", "a", &["b"])),
        question("q2", single("Two?", "a", &["b"])),
        question("q3", short("Three?", "three", ResponseSize::Short)),
    ];
    questions[0].objectives = vec!["headers".into()];
    questions[1].objectives = vec!["headers".into()];
    questions[2].objectives = vec!["purge".into()];
    let q = quiz(questions);
    let progress = answered(
        &q,
        &[
            (0, chose(&["a"])),
            (1, chose(&["b"])),
            (
                2,
                Response::Text {
                    text: "three".into(),
                },
            ),
        ],
    );
    let mut m = manifest();
    let caching = &mut m.chapters[1];
    caching.quizzes = vec![QuizSummary::of(&q)];
    caching.objectives = vec![
        Objective {
            id: "headers".into(),
            text: "Read cache headers".into(),
        },
        Objective {
            id: "purge".into(),
            text: "Purge safely".into(),
        },
        Objective {
            id: "untested".into(),
            text: "Not in any quiz".into(),
        },
    ];
    (m, progress)
}

#[derive(Properties, PartialEq)]
struct PageProps {
    manifest: Manifest,
    progress: Progress,
}

#[function_component]
fn Page(props: &PageProps) -> Html {
    let state = use_reducer(|| ProgressState::new(props.progress.clone(), "learner"));
    html! {
        <ContextProvider<ProgressContext> context={state}>
            <ProgressPage manifest={std::rc::Rc::new(props.manifest.clone())} links={Links::default()} />
        </ContextProvider<ProgressContext>>
    }
}

async fn render() -> Dom {
    let (manifest, progress) = guide();
    component::<Page>(PageProps { manifest, progress }).await
}

#[tokio::test]
async fn overall_chapters_and_objectives_as_bars_with_words() {
    let dom = render().await;
    assert_eq!(dom.one("h1").text(), "Your progress");
    let overall = dom.one("section[aria-labelledby=progress-overall]");
    assert_eq!(
        overall.one(".meter-text").text(),
        "2 of 3 correct (67%), 3 answered"
    );
    assert_eq!(
        overall.one("svg rect.meter-correct").attr("width"),
        Some("66.6")
    );
    let chapters = dom.all("ul.progress-chapters > li");
    assert_eq!(chapters.len(), 1, "only chapters with quizzes");
    let caching = chapters[0];
    assert_eq!(caching.one("h3 a").text(), "Caching");
    assert_eq!(
        caching.one("h3 a").attr("href"),
        Some("#/study-guide/caching")
    );
    assert_eq!(
        caching.one(".meter-text").text(),
        "3 of 3 answered, 2 correct"
    );
    let objectives: Vec<String> = dom
        .all("ul.progress-objectives > li")
        .iter()
        .map(|li| li.text())
        .collect();
    assert_eq!(
        objectives,
        [
            "Read cache headers (Caching)50% mastered: 1 of 2 questions correct",
            "Purge safely (Caching)100% mastered: 1 of 1 questions correct",
        ]
    );
    assert_eq!(dom.count("svg.meter-bar[aria-hidden=true]"), 4);
}

#[tokio::test]
async fn resets_export_and_import_are_offered() {
    let dom = render().await;
    let chapter_reset = dom.one("button#reset-chapter-1");
    assert_eq!(chapter_reset.text(), "Reset chapter");
    assert_eq!(
        chapter_reset.attr("aria-label"),
        Some("Reset chapter: the chapter “Caching”")
    );
    assert_eq!(dom.one("button#reset-guide").text(), "Reset everything");
    assert_eq!(
        dom.count(".progress-confirm"),
        0,
        "confirmation comes on request"
    );
    assert_eq!(
        dom.all(".progress-actions button")[0].text(),
        "Export progress"
    );
    let input = dom.one("input[type=file]#progress-import");
    assert_eq!(input.attr("accept"), Some(".json,application/json"));
    assert_eq!(
        dom.one("label[for=progress-import]").text(),
        "Import progress from an exported file"
    );
    assert_eq!(dom.one(".progress-message").attr("role"), Some("status"));
}

#[tokio::test]
async fn the_sidebar_links_the_progress_page_when_there_are_quizzes() {
    let (with_quizzes, _) = guide();
    let dom = view(move || sidebar(&with_quizzes, &Links::default(), Some("progress"), &[])).await;
    let link = dom.one("nav .sidebar-progress a");
    assert_eq!(link.text(), "Your progress");
    assert_eq!(link.attr("href"), Some("#/progress"));
    assert_eq!(link.attr("aria-current"), Some("page"));
    let dom = view(|| sidebar(&manifest(), &Links::default(), None, &[])).await;
    assert_eq!(dom.count(".sidebar-progress"), 0);
}

#[tokio::test]
async fn the_status_line_says_why_progress_is_not_saved() {
    let status = Status {
        not_saved: Some("The store is full.".into()),
        notes: vec!["Kept a copy aside.".into()],
    };
    let dom = view(move || save_status(&status, Callback::noop())).await;
    let line = dom.one("div.save-status[role=status]");
    assert_eq!(
        line.one(".save-status-warning").text(),
        "Progress not saved. The store is full."
    );
    assert_eq!(line.one(".save-status-note").text(), "Kept a copy aside.");
    assert_eq!(line.one("button").text(), "Dismiss");
    let dom = view(|| save_status(&Status::default(), Callback::noop())).await;
    assert_eq!(dom.one("div.save-status[role=status]").text(), "");
    assert_eq!(dom.count("button"), 0);
}

#[tokio::test]
async fn nothing_answered_offers_no_reset() {
    let (manifest, _) = guide();
    let progress = Progress::new(&manifest.guide.id);
    let dom = component::<Page>(PageProps { manifest, progress }).await;
    assert_eq!(dom.count("button.progress-reset"), 0);
    assert_eq!(
        dom.one("ul.progress-chapters .meter-text").text(),
        "0 of 3 answered, 0 correct"
    );
    assert_eq!(
        dom.all(".progress-actions button")[0].text(),
        "Export progress"
    );
}
