//! Chapter page before its bundle arrives (the server renderer runs no
//! effects, so nothing is fetched): a skeleton, or "not found" for a
//! permalink the guide does not have.

use primer::links::Links;
use primer::pages::chapter::{ChapterPage, ChapterPageProps};
use yew::Callback;

use crate::support::{component, manifest};

fn props(permalink: &str) -> ChapterPageProps {
    ChapterPageProps {
        manifest: manifest().into(),
        links: Links::default(),
        permalink: permalink.into(),
        heading: None,
        on_headings: Callback::noop(),
        embedded: false,
    }
}

#[tokio::test]
async fn a_known_chapter_starts_as_a_skeleton() {
    let dom = component::<ChapterPage>(props("study-guide/caching")).await;
    assert_eq!(dom.count("div.skeleton[role=status]"), 1, "{dom}");
    assert_eq!(dom.count("article"), 0);
}

#[tokio::test]
async fn an_unknown_chapter_says_so_and_links_to_the_first() {
    let dom = component::<ChapterPage>(props("no/such/chapter")).await;
    let alert = dom.one("div.load-error[role=alert]");
    assert_eq!(alert.one("h1").text(), "Chapter not found");
    assert!(alert.text().contains("\"no/such/chapter\""));
    assert_eq!(alert.one("a").attr("href"), Some("#/study-guide/intro"));
}
