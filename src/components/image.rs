//! An image, or its alt text in a box when the build could not find it.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FigureProps {
    pub src: String,
    pub alt: String,
    #[prop_or_default]
    pub title: String,
    pub missing: bool,
    /// Inside a paragraph: no `figure` wrapper.
    pub inline: bool,
}

#[function_component]
pub fn Figure(props: &FigureProps) -> Html {
    let title = (!props.title.is_empty()).then(|| props.title.clone());
    if props.missing {
        return html! {
            <span class="image-missing" role="img" aria-label={props.alt.clone()}>
                <span aria-hidden="true">{"🖼 "}</span>{props.alt.clone()}
            </span>
        };
    }
    let image =
        html! { <img src={props.src.clone()} alt={props.alt.clone()} {title} loading="lazy" /> };
    if props.inline {
        image
    } else {
        html! { <figure class="image">{image}</figure> }
    }
}
