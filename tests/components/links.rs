//! Links: chapter links become in-app routes, in-page fragments stay in
//! the chapter, and external links do not leak the opener.

use primer_core::document::{Block, Inline, Link};

use crate::support::{history, render_inlines, render_with, text};

fn link(href: &str, chapter: Option<&str>, fragment: Option<&str>) -> Inline {
    Inline::Link(Link {
        href: href.into(),
        chapter: chapter.map(String::from),
        fragment: fragment.map(String::from),
        title: String::new(),
        content: vec![text("go")],
    })
}

/// A link the build resolved to a chapter of this guide.
fn to_chapter(permalink: &str, fragment: Option<&str>) -> Inline {
    link("chapter.md", Some(permalink), fragment)
}

/// A link the build left as written.
fn plain(href: &str) -> Inline {
    link(href, None, None)
}

const NOOPENER: Option<&str> = Some("noopener noreferrer");

async fn case(node: Inline, href: &str, rel: Option<&str>) {
    let dom = render_inlines(vec![node]).await;
    let a = dom.one("p a");
    assert_eq!(a.attr("href"), Some(href));
    assert_eq!(a.attr("rel"), rel, "{href}");
    assert_eq!(a.text(), "go");
}

#[tokio::test]
#[rustfmt::skip]
async fn hrefs_by_kind_of_link() {
    case(to_chapter("study-guide/http", Some("ttl")), "#/study-guide/http#ttl", None).await;
    case(to_chapter("/study-guide/intro/", None), "#/study-guide/intro", None).await;
    case(plain("#setup"), "#/study-guide/caching#setup", None).await;
    case(plain("https://example.com/a?b=c"), "https://example.com/a?b=c", NOOPENER).await;
    case(plain("http://example.com"), "http://example.com", NOOPENER).await;
    case(plain("mailto:team@example.com"), "mailto:team@example.com", None).await;
    case(plain("files/notes.pdf"), "files/notes.pdf", None).await;
}

#[tokio::test]
async fn chapter_links_under_history_routing() {
    let links = history("/docs");
    let dom = render_with(
        vec![Block::Paragraph {
            content: vec![
                link("x.md", Some("study-guide/http"), Some("ttl")),
                link("#a", None, None),
            ],
        }],
        links,
    )
    .await;
    let hrefs: Vec<_> = dom
        .all("a")
        .iter()
        .map(|a| a.attr("href").unwrap().to_string())
        .collect();
    assert_eq!(
        hrefs,
        ["/docs/study-guide/http#ttl", "/docs/study-guide/caching#a"]
    );
}

#[tokio::test]
async fn title_only_when_given() {
    let mut node = link("https://example.com", None, None);
    if let Inline::Link(link) = &mut node {
        link.title = "Example site".into();
    }
    let dom = render_inlines(vec![node, link("#a", None, None)]).await;
    let titles: Vec<_> = dom.all("a").iter().map(|a| a.attr("title")).collect();
    assert_eq!(titles, [Some("Example site"), None]);
}

#[tokio::test]
async fn a_tampered_javascript_link_is_not_followable() {
    let dom = render_inlines(vec![link("javascript:alert(document.domain)", None, None)]).await;
    for a in dom.all("a") {
        assert!(
            !a.attr("href")
                .unwrap_or("")
                .to_ascii_lowercase()
                .contains("javascript:"),
            "{dom}"
        );
    }
}
