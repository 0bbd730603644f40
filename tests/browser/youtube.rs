//! A YouTube embed in a real browser: nothing loads until play is pressed,
//! which creates the privacy-enhanced player.

use primer::components::youtube::{Youtube, YoutubeProps};
use wasm_bindgen_test::*;

use super::support::{click, find, get, mount_point, until};

#[wasm_bindgen_test]
async fn pressing_play_creates_the_privacy_enhanced_player() {
    let root = mount_point();
    let props = YoutubeProps {
        video: "dQw4w9WgXcQ".into(),
        title: Some("Caching in five minutes".into()),
    };
    let app = yew::Renderer::<Youtube>::with_root_and_props(root.clone(), props).render();
    until("the placeholder renders", || {
        find(&root, "button.youtube-play").is_some()
    })
    .await;
    assert!(find(&root, "iframe").is_none());

    click(&get(&root, "button.youtube-play"));
    until("the player is created", || find(&root, "iframe").is_some()).await;
    let frame = get(&root, "iframe");
    let src = frame.get_attribute("src").unwrap();
    assert!(
        src.starts_with("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        "{src}"
    );
    assert_eq!(
        frame.get_attribute("title").as_deref(),
        Some("Caching in five minutes")
    );

    app.destroy();
    root.remove();
}
