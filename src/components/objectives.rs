//! The learning objectives a chapter opens with.

use primer_core::bundle::Objective;
use yew::prelude::*;

pub fn objectives(objectives: &[Objective]) -> Html {
    if objectives.is_empty() {
        return html! {};
    }
    html! {
        <section class="objectives" aria-labelledby="objectives-title">
            <h2 id="objectives-title">{"Learning objectives"}</h2>
            <ul>
                {for objectives.iter().map(|o| html! { <li id={format!("objective-{}", o.id)}>{o.text.clone()}</li> })}
            </ul>
        </section>
    }
}
