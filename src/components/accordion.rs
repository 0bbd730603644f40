//! A disclosure: native `details`/`summary`, so it is keyboard-operable and
//! announced as expandable without script.

use yew::prelude::*;

/// `icon`: whether the accordion has an icon (shown as a marker).
pub fn accordion(
    title: String,
    id: Option<String>,
    icon: bool,
    open: bool,
    children: Html,
) -> Html {
    html! {
        <details class="accordion" {id} {open}>
            <summary>
                if icon {
                    <span class="accordion-icon" aria-hidden="true">{"▸"}</span>
                }
                {title}
            </summary>
            <div class="accordion-body">{children}</div>
        </details>
    }
}
