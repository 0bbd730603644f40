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

use crate::links::Links;

/// What rendering a chapter needs besides the tree.
#[derive(Debug, Clone, PartialEq)]
pub struct Context {
    pub links: Links,
    /// The permalink of the chapter being rendered (for heading anchors).
    pub permalink: String,
    /// How often each footnote was cited so far in this rendering (a few
    /// labels per chapter: a list, not a map, keeps hashing out of the wasm).
    pub citations: RefCell<Vec<(String, usize)>>,
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
        if let Some((_, n)) = citations.iter_mut().find(|(l, _)| l == label) {
            *n += 1;
            return *n;
        }
        citations.push((label.to_string(), 1));
        1
    }
}
