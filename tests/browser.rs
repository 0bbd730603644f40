//! Browser tests: what only a real browser can show. Storage, the address
//! bar, focus moving between elements, and what a click creates.
//!
//! Run with `wasm-pack test --headless --chrome -- --test browser` (or
//! `--chromedriver /usr/bin/chromedriver`). Components are mounted into
//! their own element with `yew::Renderer::with_root_and_props`; waiting is
//! done by polling the DOM between macrotasks until a deadline, never by
//! sleeping for a fixed time. One module per component or feature, in
//! `tests/browser/`.

#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounting, finding, clicking, pressing keys and waiting.
#[path = "browser/support.rs"]
mod support;

/// The load error's retry button.
#[path = "browser/load_error.rs"]
mod load_error;
/// The popover: opening, closing and focus.
#[path = "browser/popover.rs"]
mod popover;
/// Tampered raw HTML links.
#[path = "browser/raw_html.rs"]
mod raw_html;
/// Routes read from the address bar.
#[path = "browser/routes.rs"]
mod routes;
/// Tabs: keys, focus and clicks.
#[path = "browser/tabs.rs"]
mod tabs;
/// The theme on the page and in localStorage.
#[path = "browser/theme.rs"]
mod theme;
/// The YouTube player, created on play.
#[path = "browser/youtube.rs"]
mod youtube;

/// Quizzes and progress with real localStorage.
#[path = "browser/progress.rs"]
mod progress;
/// What the progress tests share.
#[path = "browser/progress_support.rs"]
mod progress_support;
/// Every way localStorage fails.
#[path = "browser/storage_failures.rs"]
mod storage_failures;
