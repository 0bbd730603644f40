//! A card: a titled block, optionally a link.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub title: Option<String>,
    pub link: Option<String>,
    pub children: Html,
}

#[function_component]
pub fn Card(props: &CardProps) -> Html {
    let title = props.title.clone().map(|title| match &props.link {
        Some(link) => html! { <p class="card-title"><a href={link.clone()}>{title}</a></p> },
        None => html! { <p class="card-title">{title}</p> },
    });
    html! { <div class="card">{title}{props.children.clone()}</div> }
}
