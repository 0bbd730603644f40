//! A placeholder while a chapter loads.

use yew::prelude::*;

pub fn skeleton() -> Html {
    html! {
        <div class="skeleton" role="status" aria-live="polite">
            <span class="visually-hidden">{"Loading chapter…"}</span>
            <div class="skeleton-line skeleton-title" aria-hidden="true"></div>
            {for (0..6).map(|i| html! { <div class={if i % 3 == 2 { "skeleton-line short" } else { "skeleton-line" }} aria-hidden="true"></div> })}
        </div>
    }
}
