//! Tabs with the WAI-ARIA tabs pattern: roles, roving focus, and Left/Right/
//! Home/End to move between tabs. Every panel stays in the page (hidden when
//! not selected) so print, search and no-script readers see all of them.

use yew::prelude::*;

use crate::hooks::use_count;

#[derive(Properties, PartialEq)]
pub struct TabsProps {
    pub titles: Vec<String>,
    pub ids: Vec<String>,
    pub active: usize,
    pub panels: Vec<Html>,
}

/// The tab a key moves to from `current` among `count`, if the key moves.
pub fn next_tab(key: &str, current: usize, count: usize) -> Option<usize> {
    if count == 0 {
        return None;
    }
    match key {
        "ArrowRight" | "ArrowDown" => Some((current + 1) % count),
        "ArrowLeft" | "ArrowUp" => Some((current + count - 1) % count),
        "Home" => Some(0),
        "End" => Some(count - 1),
        _ => None,
    }
}

/// Focus the tab at `index` in the tab list around `target` (the focused
/// tab: Yew delegates events, so there is no `currentTarget` to use).
fn focus_tab(target: Option<web_sys::EventTarget>, index: u32) {
    use wasm_bindgen::JsCast;
    let tab = target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest("[role=tablist]").ok().flatten())
        .and_then(|list| list.children().item(index))
        .and_then(|tab| tab.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(tab) = tab {
        let _ = tab.focus();
    }
}

#[function_component]
pub fn Tabs(props: &TabsProps) -> Html {
    let count = props.titles.len();
    // `u32`, the type the app's other counters use: one `use_state` less in the wasm.
    let selected = use_count(props.active.min(count.saturating_sub(1)) as u32);
    let onkeydown = {
        let selected = selected.clone();
        Callback::from(move |event: KeyboardEvent| {
            if let Some(next) = next_tab(&event.key(), *selected as usize, count) {
                event.prevent_default();
                selected.set(next as u32);
                focus_tab(event.target(), next as u32);
            }
        })
    };
    let tabs = props.ids.iter().zip(&props.titles);
    html! {
        <div class="tabs">
            <div role="tablist" class="tab-list" {onkeydown}>
                {for tabs.enumerate().map(|(i, (id, title))| {
                    let is_selected = i as u32 == *selected;
                    let onclick = {
                        let selected = selected.clone();
                        Callback::from(move |_| selected.set(i as u32))
                    };
                    html! {
                        <button type="button" role="tab" id={format!("tab-{id}")}
                            aria-selected={if is_selected { "true" } else { "false" }} aria-controls={format!("tabpanel-{id}")}
                            tabindex={if is_selected { "0" } else { "-1" }} {onclick}>
                            {title.clone()}
                        </button>
                    }
                })}
            </div>
            {for props.ids.iter().zip(&props.panels).enumerate().map(|(i, (id, panel))| html! {
                <div role="tabpanel" class="tab-panel" id={format!("tabpanel-{id}")} aria-labelledby={format!("tab-{id}")}
                    tabindex="0" hidden={i as u32 != *selected}>
                    {panel.clone()}
                </div>
            })}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::next_tab;

    #[test]
    fn keys_move_and_wrap() {
        assert_eq!(next_tab("ArrowRight", 2, 3), Some(0));
        assert_eq!(next_tab("ArrowLeft", 0, 3), Some(2));
        assert_eq!(next_tab("Home", 2, 3), Some(0));
        assert_eq!(next_tab("End", 0, 3), Some(2));
        assert_eq!(next_tab("a", 0, 3), None);
        assert_eq!(next_tab("End", 0, 0), None);
    }
}
