//! Chapter page before its bundle arrives (the server renderer runs no
//! effects, so nothing is fetched): a skeleton, "not found" for a permalink
//! the guide does not have, or "no longer in the guide" for a chapter an
//! update of the guide took out while the page was open.

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
        manifest_url: "manifest.json".into(),
        on_rebuilt: Callback::noop(),
        removed: false,
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

#[tokio::test]
async fn a_chapter_an_update_removed_says_so_and_links_to_the_start() {
    let dom = component::<ChapterPage>(ChapterPageProps {
        removed: true,
        ..props("study-guide/retired")
    })
    .await;
    let alert = dom.one("div.load-error[role=alert]");
    assert_eq!(
        alert.one("h1").text(),
        "This chapter is no longer in the guide"
    );
    assert!(alert
        .text()
        .contains("The guide has been updated, and its new version does not have this chapter."));
    let start = alert.one("a");
    assert_eq!(start.attr("href"), Some("#/study-guide/intro"));
    assert_eq!(start.text(), "Go to the start of the guide");
    assert_eq!(dom.count("button"), 0, "no Try again that could never work");
}
