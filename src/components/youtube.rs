//! A YouTube video behind a click: nothing is requested from the video host
//! until the learner presses play; offline, it says so instead.

use yew::prelude::*;

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

#[function_component]
pub fn Youtube(props: &YoutubeProps) -> Html {
    let playing = use_state(|| false);
    let offline = use_state(|| false);
    let title = props.title.clone().unwrap_or_else(|| "Video".to_string());
    if !valid_video_id(&props.video) {
        return html! { <p class="youtube youtube-invalid">{title}{" (video unavailable)"}</p> };
    }
    if *playing {
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
        let playing = playing.clone();
        let offline = offline.clone();
        Callback::from(move |_| {
            if online() {
                playing.set(true);
            } else {
                offline.set(true);
            }
        })
    };
    html! {
        <div class="youtube youtube-placeholder" data-url={format!("https://www.youtube.com/watch?v={}", props.video)}>
            <button type="button" class="youtube-play" {onclick}>
                <span class="youtube-icon" aria-hidden="true">{"▶"}</span>
                <span class="youtube-label"><span class="youtube-action">{"Play video: "}</span>{title}</span>
            </button>
            <p class="youtube-note" role="status">
                if *offline {
                    {"You are offline: this video needs a connection."}
                } else {
                    {"The player loads from YouTube when you press play."}
                }
            </p>
        </div>
    }
}
