//! The answered state: right or wrong in words, your answer beside the
//! correct one, per-choice feedback, the explanation and "Try again";
//! hints on request; stale answers are not restored.

use primer_core::progress::Progress;
use primer_core::quiz::{QuestionKind, Response, ResponseSize};

use super::{answered, chose, question, quiz, render_quiz, rich, short, single, tracing};

fn with_feedback() -> primer_core::quiz::Quiz {
    let mut kind = single("What is a TTL?", "A lifetime", &["A protocol", "A header"]);
    if let QuestionKind::MultipleChoice(mc) = &mut kind {
        mc.feedback
            .insert("A protocol".into(), rich("Protocols are HTTP and friends."));
        mc.feedback
            .insert("A header".into(), rich("Not this one either."));
    }
    let mut q = question("q1", kind);
    q.context = Some(rich("TTL means time to live."));
    quiz(vec![q])
}

#[tokio::test]
async fn a_wrong_choice_shows_both_answers_the_feedback_and_the_explanation() {
    let q = with_feedback();
    let progress = answered(&q, &[(0, chose(&["A protocol"]))]);
    let dom = render_quiz(q, progress).await;
    let item = dom.one("li.quiz-question.quiz-answered");
    assert_eq!(item.count("form"), 0, "no controls once answered");
    let feedback = item.one(".quiz-feedback");
    assert_eq!(feedback.attr("aria-live"), Some("polite"));
    let verdict = feedback.one(".quiz-verdict");
    assert!(verdict.has_class("quiz-verdict-wrong"));
    assert!(verdict.text().contains("Incorrect"), "{}", verdict.text());
    let yours = feedback.one(".quiz-yours");
    assert_eq!(yours.one("dt").text(), "Your answer");
    let yours_text = yours.one("dd").text();
    assert!(yours_text.contains("✗(wrong) A protocol"), "{yours_text}");
    assert!(yours_text.contains("Protocols are HTTP and friends."));
    assert!(
        !feedback.text().contains("Not this one either."),
        "feedback only for chosen choices"
    );
    let correct = feedback.one(".quiz-correct");
    assert_eq!(correct.one("dt").text(), "Correct answer");
    assert!(correct.one("dd").text().contains("✓(right) A lifetime"));
    assert!(feedback
        .one(".quiz-explanation")
        .text()
        .contains("TTL means time to live."));
    assert_eq!(item.one(".quiz-actions button").text(), "Try again");
}

#[tokio::test]
async fn a_right_answer_says_so_without_repeating_it() {
    let q = with_feedback();
    let progress = answered(&q, &[(0, chose(&["A lifetime"]))]);
    let dom = render_quiz(q, progress).await;
    let verdict = dom.one(".quiz-verdict");
    assert!(verdict.has_class("quiz-verdict-right"));
    assert!(verdict.text().contains("Correct"));
    assert_eq!(dom.count(".quiz-correct"), 0);
    assert!(dom
        .one(".quiz-yours")
        .text()
        .contains("✓(right) A lifetime"));
}

#[tokio::test]
async fn short_answer_and_tracing_feedback() {
    let q = quiz(vec![
        question(
            "q1",
            short("Which directive?", "private", ResponseSize::Short),
        ),
        question("q2", tracing("print(1 + 1)", Some("2"), None)),
        question("q3", tracing("if x\n  pass", None, Some(1))),
    ]);
    let progress = answered(
        &q,
        &[
            (
                0,
                Response::Text {
                    text: "public".into(),
                },
            ),
            (
                1,
                Response::Tracing {
                    compiles: true,
                    stdout: Some("11".into()),
                    line: None,
                },
            ),
            (
                2,
                Response::Tracing {
                    compiles: false,
                    stdout: None,
                    line: Some(1),
                },
            ),
        ],
    );
    let dom = render_quiz(q, progress).await;
    let items = dom.all("li.quiz-question");
    let sa = items[0].one(".quiz-feedback").text();
    assert!(sa.contains("✗(wrong) public"), "{sa}");
    assert!(
        sa.contains("Correct answerprivate (also accepted: also right)"),
        "{sa}"
    );
    let tr = items[1].one(".quiz-feedback").text();
    assert!(tr.contains("✓(right) It compiles."), "{tr}");
    assert!(tr.contains("✗(wrong) It prints:11"), "{tr}");
    assert!(tr.contains("It compiles and prints:2"), "{tr}");
    assert!(tr.contains("right about whether it compiles"), "{tr}");
    let line = items[2].one(".quiz-feedback").text();
    assert!(line.contains("Correct"), "{line}");
    assert!(line.contains("✓(right) The error is on line 1."), "{line}");
    assert_eq!(items[1].count("pre.quiz-program"), 1, "the program stays");
}

#[tokio::test]
async fn a_hint_waits_behind_a_button() {
    let mut q = question("q1", single("Why?", "a", &["b"]));
    q.hint = Some(rich("Think of the misses."));
    let dom = render_quiz(
        quiz(vec![q, question("q2", single("Else?", "a", &["b"]))]),
        Progress::new("g"),
    )
    .await;
    let items = dom.all("li.quiz-question");
    let button = items[0].one("button.quiz-hint-button");
    assert_eq!(button.text(), "Show hint");
    assert_eq!(button.attr("aria-expanded"), Some("false"));
    let hint = items[0].one(".quiz-hint");
    assert_eq!(button.attr("aria-controls"), hint.attr("id"));
    assert!(hint.has("hidden"));
    assert!(hint.text().contains("Think of the misses."));
    assert_eq!(
        items[1].count("button.quiz-hint-button"),
        0,
        "only with a hint"
    );
}

#[tokio::test]
async fn an_answer_to_an_edited_question_is_not_restored() {
    let before = quiz(vec![question("q1", single("Pick", "a", &["b"]))]);
    let progress = answered(&before, &[(0, chose(&["a"]))]);
    let edited = quiz(vec![question("q1", single("Pick", "b", &["a"]))]);
    let dom = render_quiz(edited, progress.clone()).await;
    assert_eq!(dom.count("li.quiz-answered"), 0);
    assert_eq!(dom.count("input[type=radio]"), 2);
    let reworded = quiz(vec![question("q1", single("Pick one", "a", &["b"]))]);
    let dom = render_quiz(reworded, progress).await;
    assert_eq!(dom.count("li.quiz-answered"), 1, "a wording edit keeps it");
}
