//! Theme toggle: a toggle button whose pressed state is the dark theme.

use primer::components::theme_toggle::{ThemeToggle, ThemeToggleProps};
use yew::Callback;

use crate::support::component;

async fn case(dark: bool, pressed: &str) {
    let dom = component::<ThemeToggle>(ThemeToggleProps {
        dark,
        ontoggle: Callback::noop(),
    })
    .await;
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
