//! A popover in a real browser: a click opens it, and Escape, a click
//! elsewhere or its close button close it, giving focus back to the term.

use primer::components::popover::{Popover, PopoverProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::support::{click, document, find, get, is_focused, mount_point, press, until};

fn popover_parts(root: &Element) -> (Element, Element) {
    let trigger = get(root, "button.popover-trigger");
    let content = get(
        root,
        &format!("#{}", trigger.get_attribute("aria-controls").unwrap()),
    );
    (trigger, content)
}

fn is_open(root: &Element) -> bool {
    let (trigger, content) = popover_parts(root);
    trigger.get_attribute("aria-expanded").as_deref() == Some("true")
        && !content.has_attribute("hidden")
}

fn is_closed(root: &Element) -> bool {
    let (trigger, content) = popover_parts(root);
    trigger.get_attribute("aria-expanded").as_deref() == Some("false")
        && content.has_attribute("hidden")
}

#[wasm_bindgen_test]
async fn popover_opens_on_click_and_escape_returns_focus() {
    let root = mount_point();
    let props = PopoverProps {
        title: "TTL".into(),
        content: html! { <><strong>{"Time"}</strong>{" to live."}</> },
    };
    let app = yew::Renderer::<Popover>::with_root_and_props(root.clone(), props).render();
    until("the popover renders", || {
        find(&root, "button.popover-trigger").is_some()
    })
    .await;
    assert!(is_closed(&root));

    let (trigger, content) = popover_parts(&root);
    click(&trigger);
    until("a click opens it", || is_open(&root)).await;
    assert_eq!(
        get(&content, "strong").text_content().as_deref(),
        Some("Time")
    );

    let close = get(&content, "button.popover-close");
    close.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    assert!(press(&close, "Escape"), "Escape is handled");
    until("Escape closes it", || is_closed(&root)).await;
    until("focus returns to the term", || is_focused(&trigger)).await;

    click(&trigger);
    until("it opens again", || is_open(&root)).await;
    click(&document().body().unwrap());
    until("a click elsewhere closes it", || is_closed(&root)).await;

    click(&trigger);
    until("it opens once more", || is_open(&root)).await;
    click(&get(&content, "button.popover-close"));
    until("the close button closes it", || is_closed(&root)).await;
    until("focus returns to the term", || is_focused(&trigger)).await;

    app.destroy();
    root.remove();
}
