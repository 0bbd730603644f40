//! Youtube: nothing is requested from the video host before the learner
//! presses play, and an id that is not a video id is refused.

use primer_core::document::Block;

use crate::support::render;

fn video(src: &str, title: Option<&str>) -> Block {
    Block::Youtube {
        src: src.into(),
        title: title.map(String::from),
    }
}

/// No frame and no other element that fetches: nothing loads.
fn assert_nothing_loads(html: &str) {
    let lower = html.to_ascii_lowercase();
    for tag in ["<iframe", "<img", "<script", "<object", "<embed", "<link"] {
        assert!(!lower.contains(tag), "{tag} in {html}");
    }
}

/// No URL of the video host anywhere in the served HTML.
fn assert_no_video_host(html: &str) {
    let lower = html.to_ascii_lowercase();
    for host in [
        "youtube.com",
        "youtube-nocookie.com",
        "youtu.be",
        "ytimg.com",
    ] {
        assert!(!lower.contains(host), "{host} in {html}");
    }
}

#[tokio::test]
async fn placeholder_button_and_no_request_before_the_click() {
    let dom = render(vec![video("dQw4w9WgXcQ", Some("Caching in five minutes"))]).await;
    assert_nothing_loads(&dom.html);
    let placeholder = dom.one(".youtube.youtube-placeholder");
    let play = placeholder.one("button.youtube-play");
    assert_eq!(play.attr("type"), Some("button"));
    assert_eq!(
        play.text_without(".youtube-icon"),
        "Play video: Caching in five minutes"
    );
    assert_eq!(play.one(".youtube-icon").attr("aria-hidden"), Some("true"));
    let note = placeholder.one(".youtube-note");
    assert_eq!(note.attr("role"), Some("status"));
    assert_eq!(
        note.text(),
        "The player loads from YouTube when you press play."
    );
}

// The placeholder may carry the video's address as text (`data-url`, for
// print); what must not happen before play is a request: `assert_nothing_loads`.

#[tokio::test]
async fn untitled_video_is_called_video() {
    let dom = render(vec![video("abc_DEF-123", None)]).await;
    assert_nothing_loads(&dom.html);
    assert_eq!(
        dom.one("button.youtube-play").text_without(".youtube-icon"),
        "Play video: Video"
    );
}

async fn refused(src: &str) {
    let dom = render(vec![video(src, Some("Talk"))]).await;
    assert_nothing_loads(&dom.html);
    assert_no_video_host(&dom.html);
    assert_eq!(dom.count("button"), 0, "{src:?}: {dom}");
    assert_eq!(
        dom.one("p.youtube.youtube-invalid").text(),
        "Talk (video unavailable)",
        "{src:?}"
    );
}

#[tokio::test]
async fn an_invalid_id_is_refused() {
    refused("").await;
    refused("https://www.youtube.com/watch?v=dQw4w9WgXcQ").await;
    refused("abc\"><script>alert(1)</script>").await;
    refused("../../evil").await;
    refused("id with spaces").await;
    refused(&"a".repeat(33)).await;
}
