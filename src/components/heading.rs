//! A heading with an anchor link, so every section can be linked to.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    pub level: u8,
    pub id: String,
    pub href: String,
    pub children: Html,
}

#[function_component]
pub fn Heading(props: &HeadingProps) -> Html {
    // The chapter title is the page's h1; content headings start below it.
    let tag = match props.level {
        0..=2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    };
    html! {
        <@{tag} id={props.id.clone()} class="heading" tabindex="-1">
            {props.children.clone()}
            <a class="anchor" href={props.href.clone()} aria-label="Link to this section">{"#"}</a>
        </@>
    }
}
