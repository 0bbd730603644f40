//! Code blocks: language label, a labelled copy button with a live status,
//! and shell prompts that assistive technology skips.

use primer_core::document::Block;

use crate::support::render;

fn code(lang: Option<&str>, prompt: Option<&str>, code: &str) -> Block {
    Block::Code {
        lang: lang.map(String::from),
        prompt: prompt.map(String::from),
        code: code.into(),
    }
}

#[tokio::test]
async fn language_label_and_copy_button() {
    let dom = render(vec![code(
        Some("rust"),
        None,
        "fn main() {\n    println!(\"<hi>\");\n}\n",
    )])
    .await;
    let block = dom.one("div.code-block");
    assert_eq!(block.one(".code-lang").text(), "rust");
    let copy = block.one("button.copy");
    assert_eq!(copy.attr("type"), Some("button"));
    assert_eq!(copy.attr("aria-label"), Some("Copy rust code"));
    assert_eq!(copy.text(), "Copy");
    let status = block.one(".copy-status");
    assert_eq!(status.attr("role"), Some("status"));
    assert_eq!(status.attr("aria-live"), Some("polite"));
    assert_eq!(status.text(), "");
    let pre = block.one("pre");
    assert_eq!(
        pre.attr("tabindex"),
        Some("0"),
        "scrollable code is keyboard-reachable"
    );
    assert_eq!(pre.attr("aria-label"), Some("rust code"));
    let code = pre.one("code.language-rust");
    assert_eq!(
        code.text(),
        "fn main() {\n    println!(\"<hi>\");\n}",
        "text, escaped, last newline dropped"
    );
    assert_eq!(code.count("*"), 0, "no markup inside plain code: {dom}");
}

#[tokio::test]
async fn without_language_it_is_text() {
    let dom = render(vec![code(None, None, "plain")]).await;
    assert_eq!(dom.one(".code-lang").text(), "text");
    assert_eq!(
        dom.one("button.copy").attr("aria-label"),
        Some("Copy text code")
    );
    assert_eq!(dom.count("code.language-text"), 1);
}

#[tokio::test]
async fn prompt_marks_every_line_but_is_not_part_of_the_code() {
    let dom = render(vec![code(
        Some("bash"),
        Some("learner"),
        "ls -la\ncd /tmp\n",
    )])
    .await;
    let code = dom.one("pre code");
    let prompts = code.all(".prompt");
    assert_eq!(prompts.len(), 2);
    for prompt in &prompts {
        assert_eq!(prompt.attr("aria-hidden"), Some("true"));
        assert_eq!(prompt.text(), "learner$ ");
    }
    assert_eq!(code.count(".code-line"), 2);
    assert_eq!(code.text_without(".prompt"), "ls -la\ncd /tmp\n");
    assert!(!code.text_without(".prompt").contains('$'));
}
