//! What every browser test shares: a fresh element to mount a component
//! into, finding and clicking elements, key presses, focus, and waiting by
//! polling between macrotasks until a deadline, never by sleeping.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::js_sys::Promise;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement};

#[wasm_bindgen(inline_js = r#"
export function next_task() { return new Promise((resolve) => setTimeout(resolve, 5)); }
export function now() { return performance.now(); }
export function press(target, key) {
    const event = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true });
    target.dispatchEvent(event);
    return event.defaultPrevented;
}
export function protocol(anchor) { return anchor.protocol; }
"#)]
extern "C" {
    /// A promise that settles on a later macrotask (a 5 ms timeout).
    pub fn next_task() -> Promise;
    fn now() -> f64;
    /// Dispatch a keydown of `key` on `target`; whether it was handled
    /// (its default prevented).
    pub fn press(target: &Element, key: &str) -> bool;
    /// The protocol the browser resolves an anchor's `href` to.
    pub fn protocol(anchor: &Element) -> String;
}

/// Poll `ready` between macrotasks until it holds; fail after two seconds.
pub async fn until(what: &str, mut ready: impl FnMut() -> bool) {
    let deadline = now() + 2000.0;
    while !ready() {
        assert!(now() < deadline, "timed out waiting until {what}");
        JsFuture::from(next_task()).await.unwrap();
    }
}

pub fn document() -> web_sys::Document {
    gloo::utils::document()
}

/// A fresh element in the page to mount one component into.
pub fn mount_point() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

pub fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

pub fn get(root: &Element, selector: &str) -> Element {
    find(root, selector).unwrap_or_else(|| panic!("no `{selector}` in {}", describe(root)))
}

pub fn click(element: &Element) {
    element
        .dyn_ref::<HtmlElement>()
        .expect("an HTML element")
        .click();
}

pub fn is_focused(element: &Element) -> bool {
    document().active_element().as_ref() == Some(element)
}

/// How much of an element's text a failure message shows.
const TEXT_SHOWN: usize = 200;

/// An element for a failure message, read without its markup: its tag, id
/// and classes, those of its child elements, and the start of its text.
fn describe(element: &Element) -> String {
    let children = element.children();
    let children: Vec<String> = (0..children.length())
        .filter_map(|i| children.item(i))
        .map(|child| label(&child))
        .collect();
    let text = element.text_content().unwrap_or_default();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut shown: String = text.chars().take(TEXT_SHOWN).collect();
    if shown.len() < text.len() {
        shown.push('…');
    }
    format!(
        "<{}> holding [{}], with the text {shown:?}",
        label(element),
        children.join(", ")
    )
}

/// `tag#id.class.class`, as a selector would name the element.
fn label(element: &Element) -> String {
    let mut label = element.tag_name().to_lowercase();
    let id = element.id();
    if !id.is_empty() {
        label.push('#');
        label.push_str(&id);
    }
    let classes = element.get_attribute("class").unwrap_or_default();
    for class in classes.split_whitespace() {
        label.push('.');
        label.push_str(class);
    }
    label
}
