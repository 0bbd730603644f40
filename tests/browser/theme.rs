//! The theme: shown on the page, remembered in localStorage as JSON (as
//! `www/theme.js` reads it), and read back.

use primer::theme;
use wasm_bindgen_test::*;

use super::support::document;

fn stored_theme() -> Option<String> {
    gloo::utils::window()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("primer:theme")
        .unwrap()
}

fn shown_theme() -> Option<String> {
    document()
        .document_element()
        .unwrap()
        .get_attribute("data-theme")
}

#[wasm_bindgen_test]
fn theme_is_shown_remembered_and_read_back() {
    theme::apply(true, true);
    assert_eq!(shown_theme().as_deref(), Some("dark"));
    assert_eq!(
        stored_theme().as_deref(),
        Some("\"dark\""),
        "stored as JSON, as www/theme.js reads it"
    );
    assert!(theme::initial_dark());

    theme::apply(false, true);
    assert_eq!(shown_theme().as_deref(), Some("light"));
    assert!(!theme::initial_dark());

    // Following the system theme shows it without remembering it.
    theme::apply(true, false);
    assert_eq!(shown_theme().as_deref(), Some("dark"));
    assert_eq!(stored_theme().as_deref(), Some("\"light\""));
    assert!(!theme::initial_dark(), "the remembered choice wins");

    gloo::utils::window()
        .local_storage()
        .unwrap()
        .unwrap()
        .remove_item("primer:theme")
        .unwrap();
}
