//! A YouTube video behind a click: nothing is requested from the video host
//! until the learner presses play; offline, it says so instead.

use yew::prelude::*;

use crate::hooks::use_count;

#[derive(Properties, PartialEq)]
pub struct YoutubeProps {
    pub video: String,
    pub title: Option<String>,
}

/// A video id is letters, digits, `-` and `_`; anything else is refused.
pub fn valid_video_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 32
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn online() -> bool {
    web_sys::window()
        .map(|w| w.navigator().on_line())
        .unwrap_or(true)
}

/// What the placeholder shows (`u32`, the type the app's other states use:
/// no `use_state` of its own in the wasm).
const WAITING: u32 = 0;
const PLAYING: u32 = 1;
const OFFLINE: u32 = 2;

#[function_component]
pub fn Youtube(props: &YoutubeProps) -> Html {
    let state = use_count(WAITING);
    let title = props.title.clone().unwrap_or_else(|| "Video".to_string());
    if !valid_video_id(&props.video) {
        return html! { <p class="youtube youtube-invalid">{title}{" (video unavailable)"}</p> };
    }
    if *state == PLAYING {
        let src = format!(
            "https://www.youtube-nocookie.com/embed/{}?autoplay=1",
            props.video
        );
        return html! {
            <div class="youtube">
                <iframe {src} title={title} allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
                    referrerpolicy="strict-origin-when-cross-origin" />
            </div>
        };
    }
    let onclick = {
        let state = state.clone();
        Callback::from(move |_| state.set(if online() { PLAYING } else { OFFLINE }))
    };
    html! {
        <div class="youtube youtube-placeholder" data-url={format!("https://www.youtube.com/watch?v={}", props.video)}>
            <button type="button" class="youtube-play" {onclick}>
                <span class="youtube-icon" aria-hidden="true">{"▶"}</span>
                <span class="youtube-label"><span class="youtube-action">{"Play video: "}</span>{title}</span>
            </button>
            <p class="youtube-note" role="status">
                if *state == OFFLINE {
                    {"You are offline: this video needs a connection."}
                } else {
                    {"The player loads from YouTube when you press play."}
                }
            </p>
        </div>
    }
}
