//! Scroll positions per history entry, so back and forward return the
//! learner to where they were, while a new visit (a link, an address typed
//! in) starts at its heading or the top.
//!
//! Each entry gets a key in `history.state` on its first visit. Arriving at
//! an entry that already has one is a traversal (back, forward); arriving
//! at one without is a new visit.

use std::cell::{Cell, RefCell};
use wasm_bindgen::JsValue;

thread_local! {
    /// Key and position, one pair per entry left so far (a few dozen at most).
    static SAVED: RefCell<Vec<(u64, f64)>> = RefCell::default();
    static CURRENT: Cell<Option<u64>> = const { Cell::new(None) };
    static PENDING: Cell<Option<f64>> = const { Cell::new(None) };
}

/// What to do on arriving at an entry, given the key it carries and the
/// scroll positions saved so far; the key to give it if it has none.
pub fn on_arrival(key: Option<u64>, saved: &[(u64, f64)], fresh: u64) -> (u64, Option<f64>) {
    match key {
        Some(key) => (key, saved.iter().find(|(k, _)| *k == key).map(|(_, y)| *y)),
        None => (fresh, None),
    }
}

/// Remember how far down the entry being left was scrolled.
pub fn leaving(y: f64) {
    if let Some(key) = CURRENT.get() {
        SAVED.with(|saved| {
            let mut saved = saved.borrow_mut();
            match saved.iter_mut().find(|(k, _)| *k == key) {
                Some(entry) => entry.1 = y,
                None => saved.push((key, y)),
            }
        });
    }
}

/// The address changed (or the page loaded): decide whether to restore.
pub fn arrived() {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let state = history.state().unwrap_or(JsValue::NULL);
    let key = state.as_f64().map(|k| k as u64);
    let fresh = js_sys::Date::now() as u64;
    let (key, restore) = SAVED.with(|saved| on_arrival(key, &saved.borrow(), fresh));
    if state.is_null() || state.is_undefined() {
        let _ = history.replace_state(&JsValue::from_f64(key as f64), "");
    }
    CURRENT.set(Some(key));
    PENDING.set(restore);
}

/// The position to restore for the page being shown, if any (taken once).
pub fn take_pending() -> Option<f64> {
    PENDING.take()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traversal_restores_new_visit_does_not() {
        let saved = [(7, 300.0)];
        assert_eq!(on_arrival(Some(7), &saved, 9), (7, Some(300.0)));
        assert_eq!(on_arrival(Some(8), &saved, 9), (8, None));
        assert_eq!(on_arrival(None, &saved, 9), (9, None));
    }
}
