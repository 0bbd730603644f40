//! Accordion: a native disclosure, open when the author marked it active.

use primer_core::document::Block;

use crate::support::{para, render};

fn accordion(active: bool, icon: Option<&str>, id: Option<&str>) -> Block {
    Block::Accordion {
        title: "Why hash routing?".into(),
        id: id.map(String::from),
        icon: icon.map(String::from),
        active,
        children: vec![para("Static hosts.")],
    }
}

#[tokio::test]
async fn details_with_a_summary_closed_by_default() {
    let dom = render(vec![accordion(false, None, None)]).await;
    let details = dom.one("details.accordion");
    assert!(!details.has("open"));
    assert!(!details.has("id"));
    assert_eq!(details.one("summary").text(), "Why hash routing?");
    assert_eq!(details.one(".accordion-body").text(), "Static hosts.");
}

#[tokio::test]
async fn active_opens_it_and_id_is_kept() {
    let dom = render(vec![accordion(true, None, Some("routing"))]).await;
    let details = dom.one("details#routing");
    assert!(details.has("open"), "{dom}");
}

#[tokio::test]
async fn icon_is_decorative() {
    let dom = render(vec![accordion(false, Some("info"), None)]).await;
    let icon = dom.one("summary .accordion-icon");
    assert_eq!(icon.attr("aria-hidden"), Some("true"));
    assert_eq!(
        dom.one("summary").text_without(".accordion-icon"),
        "Why hash routing?"
    );
}
