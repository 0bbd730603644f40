//! What a learner sees when a chapter cannot be loaded, with a way to retry.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadErrorProps {
    pub title: String,
    pub reason: String,
    pub onretry: Callback<()>,
}

#[function_component]
pub fn LoadError(props: &LoadErrorProps) -> Html {
    let onclick = props.onretry.reform(|_| ());
    html! {
        <div class="load-error" role="alert">
            <h1>{props.title.clone()}</h1>
            <p>{props.reason.clone()}</p>
            <button type="button" class="retry" {onclick}>{"Try again"}</button>
        </div>
    }
}
