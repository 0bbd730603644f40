//! An image, or its alt text in a box when the build could not find it.

use yew::prelude::*;

/// `inline`: inside a paragraph, so no `figure` wrapper.
pub fn figure(src: String, alt: String, title: &str, missing: bool, inline: bool) -> Html {
    if missing {
        return html! {
            <span class="image-missing" role="img" aria-label={alt.clone()}>
                <span aria-hidden="true">{"🖼 "}</span>{alt}
            </span>
        };
    }
    let title = (!title.is_empty()).then(|| title.to_string());
    let image = html! { <img {src} {alt} {title} loading="lazy" /> };
    if inline {
        image
    } else {
        html! { <figure class="image">{image}</figure> }
    }
}
