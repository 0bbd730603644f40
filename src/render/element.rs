//! Rebuilding an allowed raw-HTML element as a Yew node. Tag and attribute
//! names are matched against fixed lists, so only known names are ever set,
//! even if a bundle was tampered with.

use primer_core::document::Element;
use yew::virtual_dom::{VNode, VTag};

use super::{inlines, Context};

const TAGS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "dd",
    "del",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "samp",
    "small",
    "span",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "u",
    "ul",
    "var",
    "wbr",
];

const ATTRIBUTES: &[&str] = &[
    "class",
    "id",
    "title",
    "lang",
    "dir",
    "colspan",
    "rowspan",
    "width",
    "height",
    "align",
    "alt",
    "open",
    "start",
    "reversed",
    "datetime",
    "cite",
    "scope",
    "headers",
    "role",
    "aria-label",
    "aria-hidden",
    "href",
    "src",
    "style",
];

fn static_name(list: &'static [&'static str], name: &str) -> Option<&'static str> {
    list.iter().copied().find(|known| *known == name)
}

/// The element as a node; an unknown tag renders its children only.
pub fn element(element: &Element, cx: &Context) -> VNode {
    let children = inlines(&element.children, cx);
    let Some(tag) = static_name(TAGS, &element.tag) else {
        return children;
    };
    let mut node = VTag::new(tag);
    for (name, value) in &element.attrs {
        let Some(name) = static_name(ATTRIBUTES, name) else {
            continue;
        };
        let lower = value.trim().to_ascii_lowercase();
        if matches!(name, "href" | "src")
            && (lower.starts_with("javascript:") || lower.starts_with("vbscript:"))
        {
            continue;
        }
        let value = if name == "src" {
            cx.links.content(value)
        } else {
            value.clone()
        };
        node.add_attribute(name, value);
    }
    if !matches!(tag, "br" | "hr" | "img" | "wbr") {
        node.add_child(children);
    }
    node.into()
}
