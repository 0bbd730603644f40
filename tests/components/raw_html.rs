//! Raw HTML: the reader rebuilds allowed elements node by node and applies
//! its own allow-list, so a tampered bundle cannot add scripts, handlers
//! or script URLs.

use primer_core::document::{Block, Element, Inline};

use crate::support::{content_at, raw, render, render_inlines, render_with, text, Dom};

fn block(element: Element) -> Block {
    Block::Html(element)
}

/// What a browser's URL parser does before reading the scheme: strip
/// leading and trailing C0 controls and spaces, remove tabs and newlines.
fn scheme_as_browsers_read_it(url: &str) -> String {
    url.trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .to_ascii_lowercase()
}

fn assert_no_script_url(dom: &Dom) {
    for element in dom.all("*") {
        for name in ["href", "src"] {
            if let Some(url) = element.attr(name) {
                let url = scheme_as_browsers_read_it(url);
                assert!(
                    !url.starts_with("javascript:") && !url.starts_with("vbscript:"),
                    "{name}={url:?} in {dom}"
                );
            }
        }
    }
}

#[tokio::test]
async fn allowed_elements_are_rebuilt_with_allowed_attributes() {
    let details = raw(
        "details",
        &[("open", ""), ("class", "more"), ("id", "more")],
        vec![
            Inline::Html(raw("summary", &[], vec![text("More")])),
            Inline::Html(raw("kbd", &[("title", "Control")], vec![text("Ctrl")])),
        ],
    );
    let dom = render(vec![block(details)]).await;
    let details = dom.one("details#more.more");
    assert!(details.has("open"));
    assert_eq!(details.one("summary").text(), "More");
    assert_eq!(details.one("kbd[title=Control]").text(), "Ctrl");
}

#[tokio::test]
async fn void_elements_have_no_children() {
    let dom = render_inlines(vec![
        text("a"),
        Inline::Html(raw("br", &[], vec![text("ignored")])),
        text("b"),
        Inline::Html(raw("wbr", &[], vec![])),
    ])
    .await;
    assert_eq!(dom.count("p br"), 1);
    assert_eq!(dom.one("p").text(), "ab");
}

#[tokio::test]
async fn img_src_is_relative_to_the_manifest() {
    let links = content_at("content/");
    let img = raw(
        "img",
        &[("src", "assets/logo.png"), ("alt", "Logo")],
        vec![],
    );
    let dom = render_with(vec![block(img)], links).await;
    let img = dom.one("img");
    assert_eq!(img.attr("src"), Some("content/assets/logo.png"));
    assert_eq!(img.attr("alt"), Some("Logo"));
}

async fn tampered_tag(tag: &str) {
    let dom = render(vec![block(raw(
        tag,
        &[("src", "https://evil.example/x.js")],
        vec![text("inside")],
    ))])
    .await;
    assert_eq!(dom.count(tag), 0, "{tag}: {dom}");
    assert!(
        !dom.html
            .to_ascii_lowercase()
            .contains(&format!("<{}", tag.to_ascii_lowercase())),
        "{dom}"
    );
    assert!(!dom.html.contains("evil.example"), "{dom}");
    assert_eq!(
        dom.text(),
        "inside",
        "an unknown tag keeps only its children as text"
    );
}

#[tokio::test]
async fn unknown_tags_are_not_built() {
    for tag in [
        "script", "SCRIPT", "iframe", "object", "embed", "style", "form", "svg",
    ] {
        tampered_tag(tag).await;
    }
}

#[tokio::test]
async fn event_handlers_and_unknown_attributes_are_dropped() {
    let span = raw(
        "span",
        &[
            ("onclick", "alert(1)"),
            ("ONMOUSEOVER", "alert(2)"),
            ("class", "ok"),
            ("formaction", "x"),
            ("data-x", "y"),
        ],
        vec![text("hover")],
    );
    let dom = render_inlines(vec![Inline::Html(span)]).await;
    let span = dom.one("span");
    let names: Vec<_> = span.attrs.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(names, ["class"], "{dom}");
    assert!(!dom.html.contains("alert("));
}

#[tokio::test]
async fn script_urls_are_dropped() {
    for url in [
        "javascript:alert(1)",
        "  JavaScript:alert(1)",
        "vbscript:msgbox(1)",
    ] {
        let a = raw("a", &[("href", url)], vec![text("x")]);
        let img = raw("img", &[("src", url)], vec![]);
        let dom = render(vec![block(a), block(img)]).await;
        assert_no_script_url(&dom);
        assert!(!dom.one("a").has("href"), "{url:?}: {dom}");
    }
}

#[tokio::test]
async fn script_urls_hidden_by_control_characters_are_dropped() {
    for url in [
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\u{1}javascript:alert(1)",
        "\u{0}javascript:alert(1)",
    ] {
        let dom = render(vec![block(raw("a", &[("href", url)], vec![text("x")]))]).await;
        assert_no_script_url(&dom);
    }
}

#[tokio::test]
async fn safe_urls_are_kept() {
    for url in [
        "https://example.com/",
        "mailto:a@example.com",
        "files/notes.pdf",
    ] {
        let dom = render(vec![block(raw("a", &[("href", url)], vec![text("x")]))]).await;
        assert_eq!(dom.one("a").attr("href"), Some(url));
    }
}

#[tokio::test]
async fn in_page_fragment_stays_in_the_chapter() {
    let dom = render_inlines(vec![Inline::Html(raw(
        "a",
        &[("href", "#setup")],
        vec![text("setup")],
    ))])
    .await;
    assert_eq!(
        dom.one("a").attr("href"),
        Some("#/study-guide/caching#setup")
    );
}
