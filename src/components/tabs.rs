//! Tabs with the WAI-ARIA tabs pattern: roles, roving focus, and Left/Right/
//! Home/End to move between tabs. Every panel stays in the page (hidden when
//! not selected) so print, search and no-script readers see all of them.

use yew::prelude::*;

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

#[function_component]
pub fn Tabs(props: &TabsProps) -> Html {
    let count = props.titles.len();
    let selected = use_state(|| props.active.min(count.saturating_sub(1)));
    let buttons = use_memo(count, |count| {
        (0..*count).map(|_| NodeRef::default()).collect::<Vec<_>>()
    });
    let onkeydown = {
        let selected = selected.clone();
        let buttons = buttons.clone();
        Callback::from(move |event: KeyboardEvent| {
            if let Some(next) = next_tab(&event.key(), *selected, count) {
                event.prevent_default();
                selected.set(next);
                if let Some(button) = buttons[next].cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        })
    };
    let tab_id = |i: usize| format!("tab-{}", props.ids[i]);
    let panel_id = |i: usize| format!("tabpanel-{}", props.ids[i]);
    html! {
        <div class="tabs">
            <div role="tablist" class="tab-list" {onkeydown}>
                {for (0..count).map(|i| {
                    let is_selected = i == *selected;
                    let onclick = {
                        let selected = selected.clone();
                        Callback::from(move |_| selected.set(i))
                    };
                    html! {
                        <button type="button" role="tab" id={tab_id(i)} ref={buttons[i].clone()}
                            aria-selected={is_selected.to_string()} aria-controls={panel_id(i)}
                            tabindex={if is_selected { "0" } else { "-1" }} {onclick}>
                            {props.titles[i].clone()}
                        </button>
                    }
                })}
            </div>
            {for (0..count).map(|i| html! {
                <div role="tabpanel" class="tab-panel" id={panel_id(i)} aria-labelledby={tab_id(i)}
                    tabindex="0" hidden={i != *selected}>
                    {props.panels[i].clone()}
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
