//! Tabs: the WAI-ARIA tabs pattern as served, before any script runs.

use primer_core::document::{Block, Tab};

use crate::support::{para, render};

fn tab(title: &str, id: &str, active: bool) -> Tab {
    Tab {
        title: title.into(),
        id: id.into(),
        active,
        children: vec![para(&format!("{title} body"))],
    }
}

fn tabs(tabs: Vec<Tab>) -> Block {
    Block::TabList { tabs }
}

#[tokio::test]
async fn tablist_tabs_and_panels_are_wired_together() {
    let dom = render(vec![tabs(vec![
        tab("Linux", "linux", false),
        tab("macOS", "macos", false),
    ])])
    .await;
    let list = dom.one("[role=tablist]");
    let buttons = list.all("button[role=tab]");
    assert_eq!(buttons.len(), 2);
    let panels = dom.all("[role=tabpanel]");
    assert_eq!(panels.len(), 2, "every panel stays in the page: {dom}");
    for (button, panel) in buttons.iter().zip(&panels) {
        assert_eq!(button.attr("type"), Some("button"));
        assert_eq!(button.attr("aria-controls"), panel.attr("id"));
        assert_eq!(panel.attr("aria-labelledby"), button.attr("id"));
    }
    assert_eq!(buttons[0].attr("id"), Some("tab-linux"));
    assert_eq!(panels[1].attr("id"), Some("tabpanel-macos"));
    assert_eq!(panels[1].text(), "macOS body");
}

#[tokio::test]
async fn first_tab_is_selected_without_an_active_one() {
    let dom = render(vec![tabs(vec![
        tab("A", "a", false),
        tab("B", "b", false),
        tab("C", "c", false),
    ])])
    .await;
    let selected: Vec<_> = dom
        .all("[role=tab]")
        .iter()
        .map(|t| t.attr("aria-selected").unwrap().to_string())
        .collect();
    assert_eq!(selected, ["true", "false", "false"]);
    let tabindex: Vec<_> = dom
        .all("[role=tab]")
        .iter()
        .map(|t| t.attr("tabindex").unwrap().to_string())
        .collect();
    assert_eq!(tabindex, ["0", "-1", "-1"], "roving tabindex: one tab stop");
    let hidden: Vec<_> = dom
        .all("[role=tabpanel]")
        .iter()
        .map(|p| p.has("hidden"))
        .collect();
    assert_eq!(hidden, [false, true, true]);
}

#[tokio::test]
async fn the_active_tab_starts_selected() {
    let dom = render(vec![tabs(vec![
        tab("A", "a", false),
        tab("B", "b", true),
        tab("C", "c", false),
    ])])
    .await;
    assert_eq!(dom.one("[role=tab][aria-selected=true]").text(), "B");
    assert_eq!(
        dom.one("[role=tab][tabindex=\"0\"]").attr("id"),
        Some("tab-b")
    );
    assert_eq!(dom.count("[role=tab][tabindex=-1]"), 2);
    let visible = dom
        .all("[role=tabpanel]")
        .into_iter()
        .filter(|p| !p.has("hidden"))
        .collect::<Vec<_>>();
    assert_eq!(visible.len(), 1);
    assert_eq!(visible[0].attr("id"), Some("tabpanel-b"));
    assert_eq!(
        visible[0].attr("tabindex"),
        Some("0"),
        "a panel is reachable by Tab"
    );
}

#[tokio::test]
async fn an_empty_tab_list_renders_nothing_selectable() {
    let dom = render(vec![tabs(vec![])]).await;
    assert_eq!(dom.count("[role=tab]"), 0);
    assert_eq!(dom.count("[role=tabpanel]"), 0);
}

// Tab ids unique across a chapter's TabLists is the compiler's job: see the
// fixture tests/fixtures/compile/tabs-unique-ids.
