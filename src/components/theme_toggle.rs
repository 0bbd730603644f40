//! The light/dark switch. Its state lives in the app (see `theme`).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ThemeToggleProps {
    pub dark: bool,
    pub ontoggle: Callback<()>,
}

#[function_component]
pub fn ThemeToggle(props: &ThemeToggleProps) -> Html {
    let onclick = props.ontoggle.reform(|_| ());
    html! {
        <button type="button" class="theme-toggle" aria-pressed={props.dark.to_string()} {onclick}>
            <span aria-hidden="true">{if props.dark { "☾ " } else { "☀ " }}</span>
            <span class="theme-toggle-label">{"Dark theme"}</span>
        </button>
    }
}
