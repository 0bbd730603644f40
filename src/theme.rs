//! Light and dark themes: the learner's choice, remembered in localStorage,
//! else the system's `prefers-color-scheme`.

use gloo::storage::{LocalStorage, Storage};

const KEY: &str = "primer:theme";

/// Whether to start dark.
pub fn initial_dark() -> bool {
    match LocalStorage::get::<String>(KEY).ok().as_deref() {
        Some("dark") => true,
        Some("light") => false,
        _ => gloo::utils::window()
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
            .is_some_and(|query| query.matches()),
    }
}

/// Show and remember a theme. A storage failure only means it is not remembered.
pub fn apply(dark: bool, remember: bool) {
    let name = if dark { "dark" } else { "light" };
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("data-theme", name);
    }
    if remember {
        let _ = LocalStorage::set(KEY, name);
    }
}
