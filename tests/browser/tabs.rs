//! Tabs in a real browser: arrow keys, Home and End move the selection and
//! the focus, one tab is in the tab order, and a click selects.

use primer::components::tabs::{Tabs, TabsProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::support::{click, document, find, get, is_focused, mount_point, press, until};

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
