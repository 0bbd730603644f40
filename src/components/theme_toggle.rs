//! The light/dark switch. Its state lives in the app (see `theme`).

use yew::prelude::*;

pub fn theme_toggle(dark: bool, ontoggle: Callback<()>) -> Html {
    let onclick = ontoggle.reform(|_| ());
    html! {
        <button type="button" class="theme-toggle" aria-pressed={if dark { "true" } else { "false" }} {onclick}>
            <span aria-hidden="true">{if dark { "☾ " } else { "☀ " }}</span>
            <span class="theme-toggle-label">{"Dark theme"}</span>
        </button>
    }
}
