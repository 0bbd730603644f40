//! Component tests: document trees and components rendered natively with
//! Yew's server renderer, asserting on the HTML a learner's browser (and
//! assistive technology) receives. One module per component or feature;
//! `support` renders and reads the HTML back.
//!
//! Run with `cargo test -p primer --test components`. What needs a real
//! browser (focus, storage, the address bar) is in `tests/browser/`.

mod support;

mod accordion;
mod alert;
mod card;
mod chapter_nav;
mod chapter_page;
mod check;
mod code_block;
mod download;
mod embed;
mod example;
mod footnotes;
mod headings;
mod icon;
mod image;
mod links;
mod load_error;
mod objectives;
mod popover;
mod progress_page;
mod prose;
mod quiz;
mod raw_html;
mod search;
mod sidebar;
mod skeleton;
mod table;
mod tabs;
mod theme_toggle;
mod unknown;
mod update_notice;
mod youtube;
