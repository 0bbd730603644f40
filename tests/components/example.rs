//! Example: a labelled group, one `example-*` class per author class.

use primer_core::document::Block;

use crate::support::{para, render};

#[tokio::test]
async fn labelled_group_with_author_classes() {
    let block = Block::Example {
        class: Some("wide  dark".into()),
        children: vec![para("Try it.")],
    };
    let dom = render(vec![block]).await;
    let example = dom.one("div.example");
    assert_eq!(example.attr("role"), Some("group"));
    assert_eq!(example.attr("aria-label"), Some("Example"));
    assert!(
        example.has_class("example-wide") && example.has_class("example-dark"),
        "{dom}"
    );
    assert_eq!(example.one("p").text(), "Try it.");
}

#[tokio::test]
async fn without_class_only_the_base_class() {
    let dom = render(vec![Block::Example {
        class: None,
        children: vec![],
    }])
    .await;
    assert_eq!(dom.one("div.example").attr("class"), Some("example"));
}
