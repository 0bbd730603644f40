//! Sidebar: every chapter in order, the current one marked for assistive
//! technology and opened into its outline.

use primer::components::sidebar::sidebar;
use primer::links::Links;
use primer_core::bundle::{HeadingEntry, Manifest};

use crate::support::{history, manifest, view, Dom};

fn heading(level: u8, id: &str, text: &str) -> HeadingEntry {
    HeadingEntry {
        level,
        id: id.into(),
        text: text.into(),
    }
}

/// What the sidebar is given.
struct Props {
    manifest: Manifest,
    links: Links,
    current: Option<String>,
    headings: Vec<HeadingEntry>,
}

fn props(current: Option<&str>, headings: Vec<HeadingEntry>) -> Props {
    Props {
        manifest: manifest(),
        links: Links::default(),
        current: current.map(String::from),
        headings,
    }
}

async fn render(props: Props) -> Dom {
    view(move || {
        sidebar(
            &props.manifest,
            &props.links,
            props.current.as_deref(),
            &props.headings,
        )
    })
    .await
}

#[tokio::test]
async fn every_chapter_in_order_with_its_route() {
    let dom = render(props(None, vec![])).await;
    let nav = dom.one("nav.sidebar");
    assert_eq!(nav.attr("aria-label"), Some("Chapters"));
    let links = nav.all("ol.chapter-list > li.chapter-link > a");
    let hrefs: Vec<_> = links.iter().map(|a| a.attr("href").unwrap()).collect();
    assert_eq!(
        hrefs,
        [
            "#/study-guide/intro",
            "#/study-guide/caching",
            "#/study-guide/invalidation"
        ]
    );
    let names: Vec<_> = links.iter().map(|a| a.text()).collect();
    assert_eq!(
        names,
        ["Introduction", "Caching", "Invalidation"],
        "subtitle first, else title"
    );
    assert_eq!(dom.count("[aria-current]"), 0);
    assert_eq!(dom.count(".outline"), 0);
}

#[tokio::test]
async fn current_chapter_is_marked_and_shows_its_outline() {
    let headings = vec![
        heading(2, "ttl", "Time to live"),
        heading(3, "stale", "Stale data"),
        heading(4, "deep", "Too deep"),
    ];
    let dom = render(props(Some("study-guide/caching"), headings)).await;
    let current = dom.one("a[aria-current=page]");
    assert_eq!(current.attr("href"), Some("#/study-guide/caching"));
    assert_eq!(
        dom.one("li.chapter-link.current")
            .one("a[aria-current]")
            .text(),
        "Caching"
    );
    let outline = dom.one("li.current ul.outline");
    assert_eq!(outline.attr("aria-label"), Some("In this chapter"));
    let entries: Vec<_> = outline
        .all("li a")
        .iter()
        .map(|a| (a.attr("href").unwrap().to_string(), a.text()))
        .collect();
    assert_eq!(
        entries,
        [
            (
                "#/study-guide/caching#ttl".to_string(),
                "Time to live".to_string()
            ),
            (
                "#/study-guide/caching#stale".to_string(),
                "Stale data".to_string()
            ),
        ],
        "levels deeper than 3 stay out"
    );
    assert_eq!(outline.all("li")[1].attr("class"), Some("outline-level-3"));
    assert_eq!(dom.count(".outline"), 1);
}

#[tokio::test]
async fn history_routing_hrefs() {
    let mut props = props(Some("study-guide/intro"), vec![heading(2, "why", "Why")]);
    props.links = history("/docs/");
    let dom = render(props).await;
    assert_eq!(
        dom.one("a[aria-current=page]").attr("href"),
        Some("/docs/study-guide/intro")
    );
    assert_eq!(
        dom.one(".outline a").attr("href"),
        Some("/docs/study-guide/intro#why")
    );
}
