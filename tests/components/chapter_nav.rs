//! Chapter navigation: previous and next in manifest order.

use primer::components::chapter_nav::chapter_nav;
use primer::links::Links;

use crate::support::{history, manifest, view, Dom};

async fn nav(current: &str, links: Links) -> Dom {
    let current = current.to_string();
    view(move || chapter_nav(&manifest(), &links, &current)).await
}

#[tokio::test]
async fn middle_chapter_has_both_neighbours() {
    let dom = nav("study-guide/caching", Links::default()).await;
    let nav = dom.one("nav.chapter-nav");
    assert_eq!(nav.attr("aria-label"), Some("Previous and next chapter"));
    let previous = nav.one("a.previous");
    assert_eq!(previous.attr("rel"), Some("prev"));
    assert_eq!(previous.attr("href"), Some("#/study-guide/intro"));
    assert_eq!(previous.one(".direction").text(), "← Previous");
    assert_eq!(previous.one(".chapter-name").text(), "Introduction");
    let next = nav.one("a.next");
    assert_eq!(next.attr("rel"), Some("next"));
    assert_eq!(next.attr("href"), Some("#/study-guide/invalidation"));
    assert_eq!(next.one(".direction").text(), "Next →");
    assert_eq!(next.one(".chapter-name").text(), "Invalidation");
}

#[tokio::test]
async fn ends_have_one_neighbour() {
    let first = nav("study-guide/intro", Links::default()).await;
    assert_eq!(first.count("a.previous"), 0);
    assert_eq!(
        first.one("a.next .chapter-name").text(),
        "Caching",
        "title when there is no subtitle"
    );
    let last = nav("study-guide/invalidation", Links::default()).await;
    assert_eq!(last.count("a.next"), 0);
    assert_eq!(
        last.one("a.previous").attr("href"),
        Some("#/study-guide/caching")
    );
}

#[tokio::test]
async fn unknown_chapter_has_no_links() {
    let dom = nav("nowhere", Links::default()).await;
    assert_eq!(dom.count("a"), 0);
}

#[tokio::test]
async fn history_routing_hrefs() {
    let links = history("/docs/");
    let dom = nav("study-guide/caching", links).await;
    assert_eq!(
        dom.one("a.next").attr("href"),
        Some("/docs/study-guide/invalidation")
    );
}
