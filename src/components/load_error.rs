//! What a learner sees when a chapter or the guide cannot be loaded, and
//! the way out: "Try again", or "Reload" when the guide was updated to a
//! version only a new page can read.

use yew::prelude::*;

use crate::loader::LoadError;

pub fn load_error(title: String, reason: String, onretry: Callback<()>) -> Html {
    alert(title, reason, "retry", "Try again", onretry.reform(|_| ()))
}

/// The message for `error`: a Reload button (the whole page) when only a
/// new page can read what the server has now, else "Try again".
pub fn load_failure(title: String, error: &LoadError, onretry: Callback<()>) -> Html {
    if !error.needs_reload() {
        return load_error(title, error.to_string(), onretry);
    }
    let reload = Callback::from(|_| {
        let _ = gloo::utils::window().location().reload();
    });
    alert(title, error.to_string(), "retry reload", "Reload", reload)
}

fn alert(
    title: String,
    reason: String,
    class: &'static str,
    label: &'static str,
    onclick: Callback<MouseEvent>,
) -> Html {
    html! {
        <div class="load-error" role="alert">
            <h1>{title}</h1>
            <p>{reason}</p>
            <button type="button" {class} {onclick}>{label}</button>
        </div>
    }
}
