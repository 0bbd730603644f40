//! The learning objectives a chapter opens with.

use primer_core::bundle::Objective;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ObjectivesProps {
    pub objectives: Vec<Objective>,
}

#[function_component]
pub fn Objectives(props: &ObjectivesProps) -> Html {
    if props.objectives.is_empty() {
        return html! {};
    }
    html! {
        <section class="objectives" aria-labelledby="objectives-title">
            <h2 id="objectives-title">{"Learning objectives"}</h2>
            <ul>
                {for props.objectives.iter().map(|o| html! { <li id={format!("objective-{}", o.id)}>{o.text.clone()}</li> })}
            </ul>
        </section>
    }
}
