//! A download link, or a note when the file is not part of the build.

use yew::prelude::*;

pub fn download(file: &str, href: Option<String>, label: String) -> Html {
    let name = file.rsplit('/').next().unwrap_or(file).to_string();
    match href {
        Some(href) => html! {
            <p class="download">
                <a {href} download={name}>
                    <span aria-hidden="true">{"⬇ "}</span>{label}
                </a>
            </p>
        },
        None => html! {
            <p class="download download-missing">{label}{" (file not available)"}</p>
        },
    }
}
