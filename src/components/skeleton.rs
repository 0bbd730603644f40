//! A placeholder while a chapter loads.

use yew::prelude::*;

#[function_component]
pub fn Skeleton() -> Html {
    html! {
        <div class="skeleton" role="status" aria-live="polite">
            <span class="visually-hidden">{"Loading chapter…"}</span>
            <div class="skeleton-line skeleton-title" aria-hidden="true"></div>
            {for (0..6).map(|i| html! { <div class={classes!("skeleton-line", (i % 3 == 2).then_some("short"))} aria-hidden="true"></div> })}
        </div>
    }
}
