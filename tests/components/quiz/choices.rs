//! Multiple choice: a labelled radio group for one answer, a checkbox group
//! for several, in the learner's stable order.

use primer_core::progress::Progress;
use primer_core::quiz::order::choice_order;
use primer_core::quiz::QuestionKind;

use super::{multiple, question, quiz, render_quiz, single, LEARNER};

#[tokio::test]
async fn single_choice_is_a_labelled_radio_group_with_a_check_button() {
    let q = quiz(vec![question(
        "q1",
        single(
            "What is a TTL?",
            "A lifetime",
            &["A protocol", "A header", "A port"],
        ),
    )]);
    let dom = render_quiz(q, Progress::new("g")).await;
    let item = dom.one("ol.quiz-questions > li.quiz-question");
    assert_eq!(item.attr("id"), Some("quiz-caching-q1"));
    assert_eq!(item.one("h3").text(), "Question 1 of 1");
    let group = item.one("div.quiz-choices");
    assert_eq!(group.attr("role"), Some("radiogroup"));
    let prompt = item.one(".quiz-prompt");
    assert_eq!(group.attr("aria-labelledby"), prompt.attr("id"));
    assert_eq!(prompt.text(), "What is a TTL?");
    assert_eq!(group.one(".quiz-instruction").text(), "Choose one answer.");
    let radios = group.all("input[type=radio]");
    assert_eq!(radios.len(), 4);
    for radio in &radios {
        assert_eq!(radio.attr("name"), Some("quiz-caching-q1"));
        let id = radio.attr("id").unwrap();
        let label = group.one(&format!("label[for={id}]"));
        assert!(!label.text().is_empty());
        assert!(!radio.has("checked"));
    }
    let check = item.one("form button[type=submit]");
    assert_eq!(check.text(), "Check");
    let feedback = item.one(".quiz-feedback");
    assert_eq!(feedback.attr("aria-live"), Some("polite"));
    assert_eq!(feedback.attr("tabindex"), Some("-1"));
    assert_eq!(feedback.text(), "");
}

#[tokio::test]
async fn choices_come_in_the_learners_stable_order() {
    let kind = single("Pick", "a", &["b", "c", "d", "e"]);
    let QuestionKind::MultipleChoice(mc) = &kind else {
        unreachable!()
    };
    let expected: Vec<String> = choice_order(mc, LEARNER, "q1")
        .iter()
        .map(|c| c.choice(mc).unwrap().source.clone())
        .collect();
    let labels = |dom: &crate::support::Dom| -> Vec<String> {
        dom.all(".quiz-choice label")
            .iter()
            .map(|l| l.text())
            .collect()
    };
    let first = render_quiz(quiz(vec![question("q1", kind.clone())]), Progress::new("g")).await;
    let again = render_quiz(quiz(vec![question("q1", kind)]), Progress::new("g")).await;
    assert_eq!(labels(&first), expected);
    assert_eq!(labels(&again), expected, "the same on every render");
}

#[tokio::test]
async fn answer_index_places_the_answer() {
    let mut kind = single("Pick", "right", &["x", "y", "z"]);
    if let QuestionKind::MultipleChoice(mc) = &mut kind {
        mc.answer_index = Some(2);
    }
    let dom = render_quiz(quiz(vec![question("q1", kind)]), Progress::new("g")).await;
    let labels: Vec<String> = dom
        .all(".quiz-choice label")
        .iter()
        .map(|l| l.text())
        .collect();
    assert_eq!(labels, ["x", "y", "right", "z"]);
}

#[tokio::test]
async fn several_answers_make_a_checkbox_group() {
    let q = quiz(vec![question(
        "q1",
        multiple("Which are caches?", &["CDN", "Browser"], &["DNS"]),
    )]);
    let dom = render_quiz(q, Progress::new("g")).await;
    let group = dom.one("div.quiz-choices");
    assert_eq!(group.attr("role"), Some("group"));
    assert_eq!(
        group.one(".quiz-instruction").text(),
        "Choose every answer that applies."
    );
    assert_eq!(group.count("input[type=checkbox]"), 3);
    assert_eq!(group.count("input[type=radio]"), 0);
    let labels: Vec<String> = group.all("label").iter().map(|l| l.text()).collect();
    assert_eq!(labels, ["Browser", "CDN", "DNS"], "sortAnswers sorts them");
}
