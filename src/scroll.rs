//! Scroll positions per address, so back and forward return the learner to
//! where they were; links start at the top or at their heading.

use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    static SAVED: RefCell<HashMap<String, f64>> = RefCell::default();
    static PENDING: RefCell<Option<f64>> = const { RefCell::new(None) };
    static LINK_CLICKED: RefCell<bool> = const { RefCell::new(false) };
}

/// Remember how far down `url` was scrolled.
pub fn save(url: &str, y: f64) {
    SAVED.with(|saved| saved.borrow_mut().insert(url.to_string(), y));
}

/// A link inside the page was followed: the next address change is a new visit.
pub fn link_clicked() {
    LINK_CLICKED.with(|clicked| *clicked.borrow_mut() = true);
}

/// The address changed to `url`: after back/forward, restore its position
/// once the chapter is shown.
pub fn arrived(url: &str) {
    let by_link = LINK_CLICKED.with(|clicked| std::mem::take(&mut *clicked.borrow_mut()));
    let restore = if by_link {
        None
    } else {
        SAVED.with(|saved| saved.borrow().get(url).copied())
    };
    PENDING.with(|pending| *pending.borrow_mut() = restore);
}

/// The position to restore for the page being shown, if any (taken once).
pub fn take_pending() -> Option<f64> {
    PENDING.with(|pending| pending.borrow_mut().take())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traversal_restores_link_does_not() {
        save("a", 300.0);
        arrived("a");
        assert_eq!(take_pending(), Some(300.0));
        assert_eq!(take_pending(), None);
        link_clicked();
        arrived("a");
        assert_eq!(take_pending(), None);
    }
}
