//! Plain state hooks shared by several components. A hook is compiled once
//! per initialiser closure, so each `use_state(|| 0)` in a component would
//! be a copy of its own in the wasm; these are compiled once for all.

use yew::prelude::*;

/// A `u32` state (attempt counters, the selected tab, small status codes)
/// starting at `initial`, which is read on the first render only.
#[hook]
pub fn use_count(initial: u32) -> UseStateHandle<u32> {
    use_state(move || initial)
}

/// A `bool` state starting false (a menu or popover open).
#[hook]
pub fn use_flag() -> UseStateHandle<bool> {
    use_state(|| false)
}

/// A `bool` state starting false, re-rendering only on a change (a panel
/// open).
#[hook]
pub fn use_flag_eq() -> UseStateHandle<bool> {
    use_state_eq(|| false)
}
