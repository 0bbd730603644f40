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

use std::cell::RefCell;
use std::collections::HashMap;

use crate::links::Links;

/// What rendering a chapter needs besides the tree.
#[derive(Debug, Clone, PartialEq)]
pub struct Context {
    pub links: Links,
    /// The permalink of the chapter being rendered (for heading anchors).
    pub permalink: String,
    /// How often each footnote was cited so far in this rendering.
    pub citations: RefCell<HashMap<String, usize>>,
}

impl Context {
    pub fn new(links: Links, permalink: impl Into<String>) -> Context {
        Context {
            links,
            permalink: permalink.into(),
            citations: RefCell::default(),
        }
    }

    /// Count one more citation of footnote `label`; returns its number (1 = first).
    pub fn cite(&self, label: &str) -> usize {
        let mut citations = self.citations.borrow_mut();
        let n = citations.entry(label.to_string()).or_default();
        *n += 1;
        *n
    }
}
