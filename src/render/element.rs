//! Rebuilding an allowed raw-HTML element as a Yew node. Tag and attribute
//! names are matched against fixed lists, so only known names are ever set,
//! even if a bundle was tampered with.

use primer_core::document::Element;
use primer_core::safety::{safe_style, safe_url};
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
        // The compiler vetted these; a tampered bundle gets the same checks.
        let value = match name {
            "href" => match safe_url(value, false) {
                Some(href) if href.starts_with('#') => cx.links.heading(&cx.permalink, &href[1..]),
                Some(href) => href,
                None => continue,
            },
            "src" => match safe_url(value, true) {
                Some(src) => cx.links.content(&src),
                None => continue,
            },
            "style" => match safe_style(value) {
                Some(style) => style,
                None => continue,
            },
            _ => value.clone(),
        };
        node.add_attribute(name, value);
    }
    if !matches!(tag, "br" | "hr" | "img" | "wbr") {
        node.add_child(children);
    }
    node.into()
}
