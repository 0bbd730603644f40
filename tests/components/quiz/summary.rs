//! The end of a quiz: the score in words with a bar, "Retry the wrong
//! ones", "Review all answers", and the review itself.

use primer::components::quiz::review::review;
use primer::links::Links;
use primer::render::Context;
use primer_core::progress::Progress;
use primer_core::quiz::{Response, ResponseSize};

use super::{answered, chose, question, quiz, render_quiz, short, single, LEARNER};
use crate::support::{view, PERMALINK};

fn four() -> primer_core::quiz::Quiz {
    quiz(vec![
        question("q1", single("One?", "a", &["b"])),
        question("q2", single("Two?", "a", &["b"])),
        question("q3", short("Three?", "three", ResponseSize::Short)),
        question("q4", single("Four?", "a", &["b"])),
    ])
}

#[tokio::test]
async fn the_score_counts_and_offers_retry_and_review() {
    let q = four();
    let progress = answered(
        &q,
        &[
            (0, chose(&["a"])),
            (1, chose(&["b"])),
            (
                2,
                Response::Text {
                    text: "Three".into(),
                },
            ),
        ],
    );
    let dom = render_quiz(q, progress).await;
    let summary = dom.one(".quiz-summary");
    assert_eq!(summary.one("h3").text(), "Your score so far");
    assert_eq!(
        summary.one(".meter-text").text(),
        "2 of 4 correct, 3 of 4 answered"
    );
    let svg = summary.one("svg.meter-bar");
    assert_eq!(svg.attr("aria-hidden"), Some("true"));
    assert_eq!(svg.one("rect.meter-correct").attr("width"), Some("50.0"));
    assert_eq!(svg.one("rect.meter-answered").attr("width"), Some("75.0"));
    let buttons: Vec<String> = summary
        .all(".quiz-actions button")
        .iter()
        .map(|b| b.text())
        .collect();
    assert_eq!(buttons, ["Retry the wrong one", "Review all answers"]);
    let review = summary.one("button[aria-controls]");
    assert_eq!(review.attr("aria-expanded"), Some("false"));
    assert!(summary.one(".quiz-review").has("hidden"));
}

#[tokio::test]
async fn a_fresh_quiz_has_nothing_to_retry_or_review() {
    let dom = render_quiz(four(), Progress::new("g")).await;
    assert_eq!(
        dom.one(".meter-text").text(),
        "0 of 4 correct, 0 of 4 answered"
    );
    assert_eq!(dom.count(".quiz-summary button"), 0);
}

#[tokio::test]
async fn the_review_lists_every_question_with_both_answers() {
    let q = four();
    let progress = answered(&q, &[(0, chose(&["a"])), (1, chose(&["b"]))]);
    let saved: Vec<_> = q
        .questions
        .iter()
        .map(|question| progress.answer(&q.id, question).cloned())
        .collect();
    let dom = view(move || {
        let cx = Context::new(Links::default(), PERMALINK);
        review(&q, &saved, LEARNER, &cx)
    })
    .await;
    let items = dom.all("ol.quiz-review-list > li");
    assert_eq!(items.len(), 4);
    assert_eq!(
        items[0].one(".quiz-review-prompt").text(),
        "Question 1: One?"
    );
    assert_eq!(items[0].one(".quiz-review-verdict").text(), "Correct");
    assert_eq!(items[1].one(".quiz-review-verdict").text(), "Incorrect");
    assert!(items[1].one(".quiz-yours").text().contains("✗(wrong) b"));
    assert!(items[1].one(".quiz-correct").text().contains("✓(right) a"));
    assert_eq!(
        items[2].one(".quiz-review-verdict").text(),
        "Not answered yet"
    );
}
