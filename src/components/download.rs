//! A download link, or a note when the file is not part of the build.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DownloadProps {
    pub file: String,
    pub href: Option<String>,
    pub label: String,
}

#[function_component]
pub fn Download(props: &DownloadProps) -> Html {
    let name = props
        .file
        .rsplit('/')
        .next()
        .unwrap_or(&props.file)
        .to_string();
    match &props.href {
        Some(href) => html! {
            <p class="download">
                <a href={href.clone()} download={name}>
                    <span aria-hidden="true">{"⬇ "}</span>{props.label.clone()}
                </a>
            </p>
        },
        None => html! {
            <p class="download download-missing">{props.label.clone()}{" (file not available)"}</p>
        },
    }
}
