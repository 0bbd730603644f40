//! Prose: paragraphs, inline formatting, lists, task lists, quotes, rules.

use primer_core::document::{Block, Inline, ListItem};

use crate::support::{para, render, render_inlines, text};

#[tokio::test]
async fn inline_formatting_is_elements_and_text_is_escaped() {
    let dom = render_inlines(vec![
        text("a <b> & "),
        Inline::Emphasis {
            content: vec![text("em")],
        },
        Inline::Strong {
            content: vec![text("strong")],
        },
        Inline::Strikethrough {
            content: vec![text("old")],
        },
        Inline::Code { code: "<T>".into() },
        Inline::SoftBreak,
        text("line"),
        Inline::HardBreak,
        text("next"),
    ])
    .await;
    let p = dom.one("p");
    assert_eq!(p.count("b"), 0, "text must not become markup: {dom}");
    assert_eq!(p.one("em").text(), "em");
    assert_eq!(p.one("strong").text(), "strong");
    assert_eq!(p.one("del").text(), "old");
    assert_eq!(p.one("code").text(), "<T>");
    assert_eq!(p.count("br"), 1);
    assert_eq!(p.text(), "a <b> & emstrongold<T> linenext");
}

fn item(words: &str, checked: Option<bool>) -> ListItem {
    ListItem {
        checked,
        children: vec![para(words)],
    }
}

#[tokio::test]
async fn lists_bullets_and_numbers() {
    let dom = render(vec![
        Block::List {
            start: None,
            items: vec![item("a", None), item("b", None)],
        },
        Block::List {
            start: Some(1),
            items: vec![item("one", None)],
        },
        Block::List {
            start: Some(4),
            items: vec![item("four", None)],
        },
    ])
    .await;
    assert_eq!(dom.count("ul li"), 2);
    let ordered = dom.all("ol");
    assert!(!ordered[0].has("start"));
    assert_eq!(ordered[1].attr("start"), Some("4"));
}

#[tokio::test]
async fn task_items_have_labelled_read_only_checkboxes() {
    let dom = render(vec![Block::List {
        start: None,
        items: vec![item("done", Some(true)), item("todo", Some(false))],
    }])
    .await;
    let items = dom.all("li.task");
    assert_eq!(items.len(), 2);
    let done = items[0].one("input[type=checkbox]");
    assert!(done.has("checked") && done.has("disabled"));
    assert_eq!(done.attr("aria-label"), Some("Done"));
    let todo = items[1].one("input[type=checkbox]");
    assert!(!todo.has("checked") && todo.has("disabled"));
    assert_eq!(todo.attr("aria-label"), Some("Not done"));
}

#[tokio::test]
async fn quotes_and_rules() {
    let dom = render(vec![
        Block::Quote {
            children: vec![para("Cache invalidation.")],
        },
        Block::Rule,
    ])
    .await;
    assert_eq!(dom.one("blockquote p").text(), "Cache invalidation.");
    assert_eq!(dom.count("hr"), 1);
}
