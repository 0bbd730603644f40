//! A disclosure: native `details`/`summary`, so it is keyboard-operable and
//! announced as expandable without script.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AccordionProps {
    pub title: String,
    pub id: Option<String>,
    pub icon: Option<String>,
    pub open: bool,
    pub children: Html,
}

#[function_component]
pub fn Accordion(props: &AccordionProps) -> Html {
    html! {
        <details class="accordion" id={props.id.clone()} open={props.open}>
            <summary>
                if props.icon.is_some() {
                    <span class="accordion-icon" aria-hidden="true">{"▸"}</span>
                }
                {props.title.clone()}
            </summary>
            <div class="accordion-body">{props.children.clone()}</div>
        </details>
    }
}
