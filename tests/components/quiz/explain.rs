//! `promptExplanation`: the learner is asked to explain their answer in a
//! labelled box before checking, and sees what they wrote (as plain text)
//! beside the author's explanation afterwards.

use primer_core::progress::Progress;

use super::{answered, chose, question, quiz, render_quiz, rich, single};

fn asking() -> primer_core::quiz::Quiz {
    let mut asks = question("q1", single("What is a TTL?", "A lifetime", &["A header"]));
    asks.prompt_explanation = Some(rich("Why did you pick it?"));
    asks.context = Some(rich("TTL means time to live."));
    quiz(vec![asks, question("q2", single("Else?", "a", &["b"]))])
}

#[tokio::test]
async fn the_author_asks_in_a_labelled_box_before_the_check_button() {
    let dom = render_quiz(asking(), Progress::new("g")).await;
    let items = dom.all("li.quiz-question");
    let form = items[0].one("form");
    let field = form.one(".quiz-explain textarea");
    let id = field.attr("id").unwrap();
    assert_eq!(id, "quiz-caching-q1-explain");
    assert_eq!(
        form.one(&format!("label[for={id}]")).text(),
        "Why did you pick it?"
    );
    let order: Vec<&str> = form.elements().filter_map(|e| e.attr("class")).collect();
    assert_eq!(
        order,
        ["quiz-choices", "quiz-field quiz-explain", "quiz-actions"],
        "after the choices, before Check"
    );
    assert_eq!(items[1].count("textarea"), 0, "only where the author asks");
}

#[tokio::test]
async fn the_learners_explanation_comes_back_as_text_before_the_authors() {
    let q = asking();
    let mut progress = answered(&q, &[(0, chose(&["A header"])), (1, chose(&["a"]))]);
    progress.explain("caching", "q1", "<b>Headers</b> carry it".into());
    let dom = render_quiz(q, progress).await;
    let items = dom.all("li.quiz-question");
    let feedback = items[0].one(".quiz-feedback");
    let yours = feedback.one(".quiz-your-explanation");
    assert_eq!(yours.one("p > strong").text(), "Your explanation");
    assert_eq!(
        yours.one(".quiz-explained").text(),
        "<b>Headers</b> carry it"
    );
    assert_eq!(
        yours.count("b"),
        0,
        "what the learner typed is text, never markup"
    );
    let blocks: Vec<&str> = feedback
        .elements()
        .filter_map(|e| e.attr("class"))
        .collect();
    assert_eq!(
        blocks[blocks.len() - 2..],
        ["quiz-your-explanation", "quiz-explanation"],
        "theirs, then the author's"
    );
    assert_eq!(items[1].count(".quiz-your-explanation"), 0);
}
