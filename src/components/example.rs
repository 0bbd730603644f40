//! A styled example block (`<Example class="...">`).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExampleProps {
    pub class: Option<String>,
    pub children: Html,
}

#[function_component]
pub fn Example(props: &ExampleProps) -> Html {
    let extra = props.class.as_deref().map(|c| {
        c.split_whitespace()
            .map(|c| format!("example-{c}"))
            .collect::<Vec<_>>()
    });
    html! {
        <div class={classes!("example", extra)} role="group" aria-label="Example">{props.children.clone()}</div>
    }
}
