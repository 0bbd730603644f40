//! Components the reader does not know, and partials: their content still
//! renders, marked with where it came from.

use primer_core::document::Block;

use crate::support::{para, render};

#[tokio::test]
async fn unknown_component_renders_its_children() {
    let dom = render(vec![Block::Unknown {
        name: "Mermaid".into(),
        children: vec![para("graph TD")],
    }])
    .await;
    let wrapper = dom.one("div.unknown-component");
    assert_eq!(wrapper.attr("data-component"), Some("Mermaid"));
    assert_eq!(wrapper.one("p").text(), "graph TD");
}

#[tokio::test]
async fn partial_renders_its_children() {
    let dom = render(vec![Block::Partial {
        file: "partials/setup.md".into(),
        children: vec![para("Install it.")],
    }])
    .await;
    let partial = dom.one("div.partial");
    assert_eq!(partial.attr("data-partial"), Some("partials/setup.md"));
    assert_eq!(partial.one("p").text(), "Install it.");
}
