//! Browser tests: what only a real browser can show. Storage, the address
//! bar, focus moving between elements, and what a click creates.
//!
//! Run with `wasm-pack test --headless --chrome -- --test browser` (or
//! `--chromedriver /usr/bin/chromedriver`). Components are mounted into
//! their own element with `yew::Renderer::with_root_and_props`; waiting is
//! done by polling the DOM between macrotasks until a deadline, never by
//! sleeping for a fixed time.

#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use primer::components::load_error::load_error;
use primer::components::popover::{Popover, PopoverProps};
use primer::components::tabs::{Tabs, TabsProps};
use primer::components::youtube::{Youtube, YoutubeProps};
use primer::links::{Links, Routing};
use primer::render::{blocks, Context};
use primer::route::{self, Route};
use primer::theme;
use primer_core::document::{Block, Element as RawElement, Inline};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::js_sys::Promise;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Quizzes and progress with real localStorage.
#[path = "browser/progress.rs"]
mod progress;
/// What the progress tests share.
#[path = "browser/progress_support.rs"]
mod progress_support;
/// Every way localStorage fails.
#[path = "browser/storage_failures.rs"]
mod storage_failures;

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
    fn next_task() -> Promise;
    fn now() -> f64;
    fn press(target: &Element, key: &str) -> bool;
    fn protocol(anchor: &Element) -> String;
}

/// Poll `ready` between macrotasks until it holds; fail after two seconds.
async fn until(what: &str, mut ready: impl FnMut() -> bool) {
    let deadline = now() + 2000.0;
    while !ready() {
        assert!(now() < deadline, "timed out waiting until {what}");
        JsFuture::from(next_task()).await.unwrap();
    }
}

fn document() -> web_sys::Document {
    gloo::utils::document()
}

/// A fresh element in the page to mount one component into.
fn mount_point() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

fn get(root: &Element, selector: &str) -> Element {
    find(root, selector).unwrap_or_else(|| panic!("no `{selector}` in {}", root.inner_html()))
}

fn click(element: &Element) {
    element
        .dyn_ref::<HtmlElement>()
        .expect("an HTML element")
        .click();
}

fn is_focused(element: &Element) -> bool {
    document().active_element().as_ref() == Some(element)
}

// ------------------------------------------------------------------ theme

fn stored_theme() -> Option<String> {
    gloo::utils::window()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("primer:theme")
        .unwrap()
}

fn shown_theme() -> Option<String> {
    document()
        .document_element()
        .unwrap()
        .get_attribute("data-theme")
}

#[wasm_bindgen_test]
fn theme_is_shown_remembered_and_read_back() {
    theme::apply(true, true);
    assert_eq!(shown_theme().as_deref(), Some("dark"));
    assert_eq!(
        stored_theme().as_deref(),
        Some("\"dark\""),
        "stored as JSON, as www/theme.js reads it"
    );
    assert!(theme::initial_dark());

    theme::apply(false, true);
    assert_eq!(shown_theme().as_deref(), Some("light"));
    assert!(!theme::initial_dark());

    // Following the system theme shows it without remembering it.
    theme::apply(true, false);
    assert_eq!(shown_theme().as_deref(), Some("dark"));
    assert_eq!(stored_theme().as_deref(), Some("\"light\""));
    assert!(!theme::initial_dark(), "the remembered choice wins");

    gloo::utils::window()
        .local_storage()
        .unwrap()
        .unwrap()
        .remove_item("primer:theme")
        .unwrap();
}

// ------------------------------------------------------------------ routes

#[wasm_bindgen_test]
fn hash_route_is_read_from_the_address_bar() {
    let location = gloo::utils::window().location();
    let before = location.hash().unwrap();
    location
        .set_hash("/study-guide/caching#time-to-live")
        .unwrap();
    assert_eq!(
        route::current(&Routing::Hash),
        Route {
            permalink: Some("study-guide/caching".into()),
            heading: Some("time-to-live".into())
        }
    );
    location.set_hash("/study-guide/a%20b").unwrap();
    assert_eq!(
        route::current(&Routing::Hash).permalink.as_deref(),
        Some("study-guide/a b")
    );
    location.set_hash(&before).unwrap();
}

#[wasm_bindgen_test]
fn history_route_is_read_from_the_path() {
    let window = gloo::utils::window();
    let history = window.history().unwrap();
    let before = window.location().href().unwrap();
    history
        .replace_state_with_url(
            &JsValue::NULL,
            "",
            Some("/docs/guide/study-guide/caching#ttl"),
        )
        .unwrap();
    let routing = Routing::History {
        base: "/docs/guide/".into(),
    };
    let route = route::current(&routing);
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&before))
        .unwrap();
    assert_eq!(
        route,
        Route {
            permalink: Some("study-guide/caching".into()),
            heading: Some("ttl".into())
        }
    );
}

// ------------------------------------------------------------------ tabs

fn selected_tab(root: &Element) -> Option<String> {
    find(root, "[role=tab][aria-selected=true]").map(|tab| tab.id())
}

#[wasm_bindgen_test]
async fn arrow_keys_move_selection_and_focus_between_tabs() {
    let root = mount_point();
    let props = TabsProps {
        titles: vec!["Linux".into(), "macOS".into(), "Windows".into()],
        ids: vec!["linux".into(), "macos".into(), "windows".into()],
        active: 0,
        panels: vec![html! { "apt" }, html! { "brew" }, html! { "winget" }],
    };
    let app = yew::Renderer::<Tabs>::with_root_and_props(root.clone(), props).render();
    until("the tabs render", || {
        find(&root, "[role=tablist]").is_some()
    })
    .await;
    let list = get(&root, "[role=tablist]");
    let first = get(&root, "#tab-linux");
    first.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();

    for (key, expected) in [
        ("ArrowRight", "tab-macos"),
        ("End", "tab-windows"),
        ("ArrowRight", "tab-linux"),
        ("ArrowLeft", "tab-windows"),
        ("Home", "tab-linux"),
    ] {
        let focused = document().active_element().unwrap();
        assert!(press(&focused, key), "{key} is handled (default prevented)");
        until(&format!("{key} selects {expected}"), || {
            selected_tab(&root).as_deref() == Some(expected)
        })
        .await;
        let tab = get(&root, &format!("#{expected}"));
        until(&format!("{expected} has focus"), || is_focused(&tab)).await;
        assert_eq!(tab.get_attribute("tabindex").as_deref(), Some("0"));
        assert_eq!(
            root.query_selector_all("[role=tab][tabindex='0']")
                .unwrap()
                .length(),
            1
        );
        let panel = get(
            &root,
            &format!("#{}", expected.replace("tab-", "tabpanel-")),
        );
        assert!(!panel.has_attribute("hidden"));
        assert_eq!(
            root.query_selector_all("[role=tabpanel]:not([hidden])")
                .unwrap()
                .length(),
            1
        );
    }

    assert!(!press(&list, "a"), "other keys are left alone");
    click(&get(&root, "#tab-macos"));
    until("a click selects macOS", || {
        selected_tab(&root).as_deref() == Some("tab-macos")
    })
    .await;

    app.destroy();
    root.remove();
}

// ------------------------------------------------------------------ popover

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

// ------------------------------------------------------------------ youtube

#[wasm_bindgen_test]
async fn pressing_play_creates_the_privacy_enhanced_player() {
    let root = mount_point();
    let props = YoutubeProps {
        video: "dQw4w9WgXcQ".into(),
        title: Some("Caching in five minutes".into()),
    };
    let app = yew::Renderer::<Youtube>::with_root_and_props(root.clone(), props).render();
    until("the placeholder renders", || {
        find(&root, "button.youtube-play").is_some()
    })
    .await;
    assert!(find(&root, "iframe").is_none());

    click(&get(&root, "button.youtube-play"));
    until("the player is created", || find(&root, "iframe").is_some()).await;
    let frame = get(&root, "iframe");
    let src = frame.get_attribute("src").unwrap();
    assert!(
        src.starts_with("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        "{src}"
    );
    assert_eq!(
        frame.get_attribute("title").as_deref(),
        Some("Caching in five minutes")
    );

    app.destroy();
    root.remove();
}

// ------------------------------------------------------------------ load error

#[derive(Properties, PartialEq)]
struct RetryProps {
    onretry: Callback<()>,
}

/// The load error view (a function) mounted through a component.
#[function_component]
fn Retry(props: &RetryProps) -> Html {
    load_error(
        "Not loaded".into(),
        "Offline.".into(),
        props.onretry.clone(),
    )
}

#[wasm_bindgen_test]
async fn retry_button_calls_back() {
    let root = mount_point();
    let retries = Rc::new(Cell::new(0));
    let onretry = {
        let retries = retries.clone();
        Callback::from(move |()| retries.set(retries.get() + 1))
    };
    let app =
        yew::Renderer::<Retry>::with_root_and_props(root.clone(), RetryProps { onretry }).render();
    until("the message renders", || {
        find(&root, "button.retry").is_some()
    })
    .await;
    click(&get(&root, "button.retry"));
    until("the retry is asked for", || retries.get() == 1).await;
    app.destroy();
    root.remove();
}

// ------------------------------------------------------------------ raw HTML

#[derive(Properties, PartialEq)]
struct ChapterProps {
    blocks: Vec<Block>,
}

#[function_component]
fn Chapter(props: &ChapterProps) -> Html {
    let cx = Context::new(Links::default(), "study-guide/caching");
    blocks(&props.blocks, &cx)
}

#[wasm_bindgen_test]
async fn tampered_links_never_get_a_script_protocol() {
    let root = mount_point();
    let links = [
        "javascript:void(0)",
        "java\tscript:void(0)",
        "java\nscript:void(0)",
        "\u{1}javascript:void(0)",
    ];
    let blocks = links
        .iter()
        .map(|href| {
            let text = Inline::Text { text: "x".into() };
            Block::Html(RawElement {
                tag: "a".into(),
                attrs: vec![("href".into(), href.to_string())],
                children: vec![text],
            })
        })
        .collect();
    let app = yew::Renderer::<Chapter>::with_root_and_props(root.clone(), ChapterProps { blocks })
        .render();
    until("the links render", || {
        root.query_selector_all("a").unwrap().length() == 4
    })
    .await;
    let anchors = root.query_selector_all("a").unwrap();
    let protocols: Vec<_> = (0..anchors.length())
        .map(|i| anchors.item(i).unwrap().unchecked_into::<Element>())
        .filter(|a| a.has_attribute("href"))
        .map(|a| protocol(&a))
        .collect();
    app.destroy();
    root.remove();
    assert!(
        protocols.iter().all(|p| p != "javascript:"),
        "{protocols:?}"
    );
}
