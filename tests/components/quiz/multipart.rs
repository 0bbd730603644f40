//! Multipart groups: the shared context once, before the group's first question.

use std::collections::BTreeMap;

use primer_core::progress::Progress;

use super::{question, quiz, render_quiz, rich, single};

#[tokio::test]
async fn shared_context_comes_once_before_its_group() {
    let mut questions: Vec<_> = (1..=4)
        .map(|i| {
            question(
                &format!("q{i}"),
                single(&format!("Question {i}?"), "a", &["b"]),
            )
        })
        .collect();
    questions[0].multipart = Some("headers".into());
    questions[1].multipart = Some("headers".into());
    questions[3].multipart = Some("other".into());
    let mut q = quiz(questions);
    q.multipart = BTreeMap::from([
        ("headers".to_string(), rich("cache-control: max-age=60")),
        ("other".to_string(), rich("Another story")),
    ]);
    let dom = render_quiz(q, Progress::new("g")).await;
    let items = dom.all("ol.quiz-questions > li");
    assert_eq!(items.len(), 4);
    let contexts: Vec<usize> = items.iter().map(|li| li.count(".quiz-context")).collect();
    assert_eq!(contexts, [1, 0, 0, 1]);
    let first = items[0].one(".quiz-context");
    assert_eq!(
        first.one(".quiz-context-label").text(),
        "Questions 1 to 2 are about this:"
    );
    assert!(first.text().contains("cache-control: max-age=60"));
    assert_eq!(
        items[3].one(".quiz-context-label").text(),
        "Question 4 is about this:"
    );
}
