//! The load error's retry button, clicked in a real browser, calls back.

use std::cell::Cell;
use std::rc::Rc;

use primer::components::load_error::load_error;
use wasm_bindgen_test::*;
use yew::prelude::*;

use super::support::{click, find, get, mount_point, until};

#[derive(Properties, PartialEq)]
struct RetryProps {
    onretry: Callback<()>,
}

/// The load error view (a function) mounted through a component.
#[function_component]
fn Retry(props: &RetryProps) -> Html {
    load_error(
        "Not loaded".into(),
        "Offline.".into(),
        props.onretry.clone(),
    )
}

#[wasm_bindgen_test]
async fn retry_button_calls_back() {
    let root = mount_point();
    let retries = Rc::new(Cell::new(0));
    let onretry = {
        let retries = retries.clone();
        Callback::from(move |()| retries.set(retries.get() + 1))
    };
    let app =
        yew::Renderer::<Retry>::with_root_and_props(root.clone(), RetryProps { onretry }).render();
    until("the message renders", || {
        find(&root, "button.retry").is_some()
    })
    .await;
    click(&get(&root, "button.retry"));
    until("the retry is asked for", || retries.get() == 1).await;
    app.destroy();
    root.remove();
}
