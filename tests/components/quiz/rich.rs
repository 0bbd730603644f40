//! Author text in a quiz renders like chapter content: Markdown, allowed
//! inline HTML and code in the prompt, the choices, the explanation and the
//! per-choice feedback; a `<script>` in a tampered bundle stays inert.

use primer_core::document::{Block, Inline};
use primer_core::quiz::{QuestionKind, Rich};

use super::{answered, chose, question, quiz, render_quiz, single};
use crate::support::{raw, text};

fn rich(source: &str, blocks: Vec<Block>) -> Rich {
    Rich {
        source: source.into(),
        blocks,
    }
}

fn paragraph(content: Vec<Inline>) -> Block {
    Block::Paragraph { content }
}

fn rich_question() -> primer_core::quiz::Quiz {
    let mut kind = single("p", "a", &["b"]);
    let QuestionKind::MultipleChoice(mc) = &mut kind else {
        unreachable!()
    };
    mc.prompt = rich(
        "prompt",
        vec![
            paragraph(vec![
                text("10"),
                Inline::Html(raw("sup", &[], vec![text("6")])),
                text(" views, "),
                Inline::Strong {
                    content: vec![text("how many")],
                },
                text(" misses?"),
            ]),
            Block::Code {
                lang: Some("http".into()),
                prompt: None,
                code: "cache-control: max-age=60\n".into(),
            },
        ],
    );
    mc.answers = vec![rich(
        "a",
        vec![paragraph(vec![Inline::Code {
            code: "s-maxage".into(),
        }])],
    )];
    mc.distractors = vec![rich(
        "b",
        vec![paragraph(vec![
            text("b"),
            Inline::Html(raw("script", &[], vec![text("alert(1)")])),
        ])],
    )];
    mc.feedback.insert(
        "b".into(),
        rich(
            "fb",
            vec![paragraph(vec![Inline::Emphasis {
                content: vec![text("not")],
            }])],
        ),
    );
    let mut q = question("q1", kind);
    q.context = Some(rich(
        "ctx",
        vec![Block::Code {
            lang: Some("bash".into()),
            prompt: None,
            code: "curl -I https://example.com\n".into(),
        }],
    ));
    quiz(vec![q])
}

#[tokio::test]
async fn markdown_html_and_code_in_prompt_and_choices() {
    let dom = render_quiz(rich_question(), Default::default()).await;
    let prompt = dom.one(".quiz-prompt");
    assert_eq!(prompt.one("sup").text(), "6");
    assert_eq!(prompt.one("strong").text(), "how many");
    assert_eq!(
        prompt.one("pre code.language-http").text(),
        "cache-control: max-age=60"
    );
    let labels = dom.all(".quiz-choice label");
    assert!(labels
        .iter()
        .any(|l| l.count("code") == 1 && l.text() == "s-maxage"));
    assert_eq!(dom.count("script"), 0, "no script element from content");
}

#[tokio::test]
async fn markdown_and_code_in_the_explanation_and_feedback() {
    let q = rich_question();
    let progress = answered(&q, &[(0, chose(&["b"]))]);
    let dom = render_quiz(q, progress).await;
    let feedback = dom.one(".quiz-feedback");
    assert_eq!(feedback.one(".quiz-choice-feedback em").text(), "not");
    assert_eq!(feedback.one(".quiz-correct code").text(), "s-maxage");
    assert_eq!(
        feedback
            .one(".quiz-explanation pre code.language-bash")
            .text(),
        "curl -I https://example.com"
    );
    assert_eq!(dom.count("script"), 0);
}
