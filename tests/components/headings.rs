//! Headings: below the page's h1, focusable targets with an anchor link
//! that is an in-app route.

use primer_core::document::{Block, Inline};

use crate::support::{history, render, render_with, text};

fn heading(level: u8, id: &str, words: &str) -> Block {
    Block::Heading {
        level,
        id: id.into(),
        content: vec![text(words)],
    }
}

async fn case(level: u8, tag: &str) {
    let dom = render(vec![heading(level, "ttl", "Time to live")]).await;
    let h = dom.one(&format!("{tag}#ttl"));
    assert!(h.has_class("heading"), "level {level}");
    assert_eq!(
        h.attr("tabindex"),
        Some("-1"),
        "level {level}: a focus target"
    );
}

#[tokio::test]
async fn levels_start_at_h2_because_the_title_is_h1() {
    case(1, "h2").await;
    case(2, "h2").await;
    case(3, "h3").await;
    case(4, "h4").await;
    case(5, "h5").await;
    case(6, "h6").await;
    let dom = render(vec![heading(1, "a", "A"), heading(2, "b", "B")]).await;
    assert_eq!(dom.count("h1"), 0);
}

#[tokio::test]
async fn anchor_is_a_hash_route_to_the_heading() {
    let dom = render(vec![Block::Heading {
        level: 2,
        id: "ttl".into(),
        content: vec![
            text("Time to "),
            Inline::Emphasis {
                content: vec![text("live")],
            },
        ],
    }])
    .await;
    let h = dom.one("h2#ttl");
    assert_eq!(h.one("em").text(), "live");
    let anchor = h.one("a.anchor");
    assert_eq!(anchor.attr("href"), Some("#/study-guide/caching#ttl"));
    assert_eq!(anchor.attr("aria-label"), Some("Link to this section"));
    assert_eq!(h.text_without(".anchor"), "Time to live");
}

#[tokio::test]
async fn anchor_under_history_routing() {
    let links = history("/docs/guide/");
    let dom = render_with(vec![heading(3, "ttl", "TTL")], links).await;
    assert_eq!(
        dom.one("h3 a.anchor").attr("href"),
        Some("/docs/guide/study-guide/caching#ttl")
    );
}
