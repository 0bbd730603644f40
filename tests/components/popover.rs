//! Popover: a disclosure button controlling hidden content, whose sanitised
//! markup arrives as elements, never as escaped text.

use primer_core::document::Inline;

use crate::support::{raw, render_inlines, text};

fn popover(title: &str, content: Vec<Inline>) -> Inline {
    Inline::Popover {
        title: title.into(),
        content,
    }
}

#[tokio::test]
async fn trigger_is_a_collapsed_button_controlling_hidden_content() {
    let dom = render_inlines(vec![
        text("A "),
        popover("TTL", vec![text("Time to live.")]),
        text(" expires."),
    ])
    .await;
    let trigger = dom.one("button.popover-trigger");
    assert_eq!(trigger.attr("type"), Some("button"));
    assert_eq!(trigger.attr("aria-expanded"), Some("false"));
    assert_eq!(trigger.text(), "TTL");
    let controls = trigger.attr("aria-controls").expect("aria-controls");
    let content = dom.one(&format!("#{controls}"));
    assert!(content.has_class("popover-content"));
    assert!(content.has("hidden"), "closed content is hidden: {dom}");
    assert_eq!(content.attr("role"), Some("group"));
    assert_eq!(content.attr("aria-label"), Some("TTL"));
    assert_eq!(content.one(".popover-body").text(), "Time to live.");
    assert_eq!(
        content.one("button.popover-close").attr("aria-label"),
        Some("Close")
    );
    assert_eq!(
        dom.one("p").text_without(".popover-content"),
        "A TTL expires."
    );
}

#[tokio::test]
async fn content_markup_is_elements_not_text() {
    let content = vec![
        Inline::Strong {
            content: vec![text("Bold")],
        },
        text(" then "),
        Inline::Html(raw("kbd", &[], vec![text("Ctrl")])),
        Inline::Code {
            code: "x < y".into(),
        },
    ];
    let dom = render_inlines(vec![popover("Term", content)]).await;
    let body = dom.one(".popover-body");
    assert_eq!(body.one("strong").text(), "Bold");
    assert_eq!(body.one("kbd").text(), "Ctrl");
    assert_eq!(body.one("code").text(), "x < y");
    assert_eq!(body.text(), "Bold then Ctrlx < y");
    assert!(
        !dom.html.contains("&lt;strong"),
        "markup escaped into text: {dom}"
    );
}

#[tokio::test]
async fn content_goes_through_the_readers_allow_list() {
    let content = vec![
        Inline::Html(raw("script", &[], vec![text("alert(1)")])),
        text("safe"),
    ];
    let dom = render_inlines(vec![popover("Term", content)]).await;
    assert_eq!(dom.count("script"), 0, "{dom}");
}

#[tokio::test]
async fn two_popovers_control_distinct_contents() {
    let dom = render_inlines(vec![
        popover("One", vec![text("1")]),
        popover("Two", vec![text("2")]),
    ])
    .await;
    let controls: Vec<_> = dom
        .all("button.popover-trigger")
        .iter()
        .map(|b| b.attr("aria-controls").unwrap().to_string())
        .collect();
    assert_eq!(controls.len(), 2);
    assert_ne!(controls[0], controls[1]);
    for (id, body) in controls.iter().zip(["1", "2"]) {
        assert_eq!(dom.one(&format!("#{id}")).one(".popover-body").text(), body);
    }
}
