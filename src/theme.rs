//! Light and dark themes: the learner's choice, remembered in localStorage,
//! else the system's `prefers-color-scheme`.

const KEY: &str = "primer:theme";

/// Whether to start dark.
pub fn initial_dark() -> bool {
    // Outside a browser (the server renderer): light.
    let Some(window) = web_sys::window() else {
        return false;
    };
    match stored().as_deref() {
        Some("dark") => true,
        Some("light") => false,
        _ => window
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
            .is_some_and(|query| query.matches()),
    }
}

/// The remembered choice, stored as a JSON string (`"dark"`) that
/// `www/theme.js` reads before the first paint. Raw storage access keeps a
/// JSON library out of the wasm.
fn stored() -> Option<String> {
    let raw = storage()?.get_item(KEY).ok().flatten()?;
    Some(raw.trim_matches('"').to_string())
}

/// localStorage, when this page may use it (it can be missing or refused).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Show and remember a theme. A storage failure only means it is not remembered.
pub fn apply(dark: bool, remember: bool) {
    let name = if dark { "dark" } else { "light" };
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("data-theme", name);
    }
    if remember {
        if let Some(storage) = storage() {
            let _ = storage.set_item(KEY, &format!("\"{name}\""));
        }
    }
}
