//! What a learner sees when a chapter cannot be loaded, with a way to retry.

use yew::prelude::*;

pub fn load_error(title: String, reason: String, onretry: Callback<()>) -> Html {
    let onclick = onretry.reform(|_| ());
    html! {
        <div class="load-error" role="alert">
            <h1>{title}</h1>
            <p>{reason}</p>
            <button type="button" class="retry" {onclick}>{"Try again"}</button>
        </div>
    }
}
