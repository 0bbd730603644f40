//! Short answer: a labelled line, a box for a long answer, a monospace box
//! for code; the expected answer is nowhere in the page before checking.

use primer_core::progress::Progress;
use primer_core::quiz::ResponseSize;

use super::{question, quiz, render_quiz, short};

#[tokio::test]
async fn each_response_size_has_its_labelled_field() {
    for (size, selector) in [
        (ResponseSize::Short, "input[type=text]"),
        (ResponseSize::Long, "textarea"),
        (ResponseSize::Code, "textarea.quiz-code"),
    ] {
        let q = quiz(vec![question(
            "q1",
            short("Which directive?", "private", size),
        )]);
        let dom = render_quiz(q, Progress::new("g")).await;
        let field = dom.one(&format!(".quiz-field {selector}"));
        let id = field.attr("id").unwrap();
        assert_eq!(dom.one(&format!("label[for={id}]")).text(), "Your answer");
        assert_eq!(
            field.attr("aria-describedby"),
            dom.one(".quiz-prompt").attr("id")
        );
        assert!(!dom.html.contains("private"), "no answer leaks: {dom}");
        if size == ResponseSize::Code {
            assert_eq!(field.attr("spellcheck"), Some("false"));
        } else {
            assert!(!field.has_class("quiz-code"));
        }
    }
}
