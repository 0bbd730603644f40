//! The parsed HTML and its queries: a [`Dom`] for a whole rendered fragment,
//! [`Element`]s with their attributes, classes and decoded text, and
//! selector lookups that fail with the HTML when the count is wrong.

use std::fmt;

use super::parse;
use super::selector::{collect, matches, parse_compound, parse_selector, Simple};

/// A node of the rendered HTML.
#[derive(Debug, Clone)]
pub enum Node {
    Element(Element),
    Text(String),
}

#[derive(Debug, Clone)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Node>,
}

/// A rendered fragment: the raw HTML and its parsed root.
pub struct Dom {
    pub html: String,
    pub root: Element,
}

impl Dom {
    pub fn parse(html: &str) -> Dom {
        Dom {
            html: html.to_string(),
            root: parse::fragment(html),
        }
    }

    /// Every element matching `selector`, in document order.
    pub fn all(&self, selector: &str) -> Vec<&Element> {
        self.root.all(selector)
    }

    /// The one element matching `selector`; fails with the HTML otherwise.
    pub fn one(&self, selector: &str) -> &Element {
        match self.all(selector).as_slice() {
            [only] => only,
            found => panic!(
                "expected one `{selector}`, found {} in:\n{}",
                found.len(),
                self.html
            ),
        }
    }

    pub fn count(&self, selector: &str) -> usize {
        self.all(selector).len()
    }

    /// Everything a reader would see as text, concatenated.
    pub fn text(&self) -> String {
        self.root.text()
    }
}

impl fmt::Display for Dom {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.html)
    }
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn has(&self, name: &str) -> bool {
        self.attr(name).is_some()
    }

    pub fn has_class(&self, class: &str) -> bool {
        self.attr("class")
            .is_some_and(|c| c.split_whitespace().any(|c| c == class))
    }

    /// The text of every descendant, as a reader would see it.
    pub fn text(&self) -> String {
        self.children
            .iter()
            .map(|child| match child {
                Node::Text(text) => text.clone(),
                Node::Element(element) => element.text(),
            })
            .collect()
    }

    /// The text of descendants, skipping elements that match `skip` (one
    /// compound selector, such as `.prompt`).
    pub fn text_without(&self, skip: &str) -> String {
        let skip = parse_compound(skip);
        self.text_skipping(&skip)
    }

    fn text_skipping(&self, skip: &[Simple]) -> String {
        self.children
            .iter()
            .map(|child| match child {
                Node::Text(text) => text.clone(),
                Node::Element(element) if matches(element, skip) => String::new(),
                Node::Element(element) => element.text_skipping(skip),
            })
            .collect()
    }

    /// Child elements, skipping text.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|child| match child {
            Node::Element(element) => Some(element),
            Node::Text(_) => None,
        })
    }

    /// Descendants matching `selector`, in document order.
    pub fn all(&self, selector: &str) -> Vec<&Element> {
        let steps = parse_selector(selector);
        assert!(!steps.is_empty(), "empty selector");
        let mut found = Vec::new();
        collect(self, &steps, &mut Vec::new(), &mut found);
        found
    }

    pub fn one(&self, selector: &str) -> &Element {
        match self.all(selector).as_slice() {
            [only] => only,
            found => panic!(
                "expected one `{selector}` in <{}>, found {}",
                self.name,
                found.len()
            ),
        }
    }

    pub fn count(&self, selector: &str) -> usize {
        self.all(selector).len()
    }
}
