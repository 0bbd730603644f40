//! Theme toggle: a toggle button whose pressed state is the dark theme.

use primer::components::theme_toggle::theme_toggle;
use yew::Callback;

use crate::support::view;

async fn case(dark: bool, pressed: &str) {
    let dom = view(move || theme_toggle(dark, Callback::noop())).await;
    let button = dom.one("button.theme-toggle");
    assert_eq!(button.attr("type"), Some("button"));
    assert_eq!(button.attr("aria-pressed"), Some(pressed));
    assert_eq!(
        button.text_without("[aria-hidden=true]"),
        "Dark theme",
        "the name stays; the state changes"
    );
}

#[tokio::test]
async fn pressed_means_dark() {
    case(true, "true").await;
    case(false, "false").await;
}
