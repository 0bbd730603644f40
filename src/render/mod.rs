//! From the typed document tree to Yew nodes. Plain functions walk the tree;
//! interactive parts (tabs, popovers, code copy...) are components in
//! `crate::components` that receive already-rendered children.
//!
//! Raw HTML from content arrives as vetted [`Element`](primer_core::document::Element)s
//! and is rebuilt node by node here: no string ever reaches `innerHTML`.

mod blocks;
mod element;
mod inlines;

pub use blocks::{block, blocks};
pub use inlines::inlines;

use crate::links::Links;

/// What rendering a chapter needs besides the tree.
#[derive(Debug, Clone, PartialEq)]
pub struct Context {
    pub links: Links,
    /// The permalink of the chapter being rendered (for heading anchors).
    pub permalink: String,
}
