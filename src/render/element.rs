//! Rebuilding an allowed raw-HTML element as a Yew node. Tag and attribute
//! names are matched against core's allow-lists (the compiler's own), so
//! only known names are ever set, even if a bundle was tampered with.

use primer_core::document::Element;
use primer_core::safety::{safe_style, safe_url, ALLOWED_TAGS, PLAIN_ATTRIBUTES};
use yew::virtual_dom::{VNode, VTag};

use super::{inlines, Context};

/// Attributes that need a check of their value before they are set.
const CHECKED_ATTRIBUTES: &[&str] = &["href", "src", "style"];

fn static_name(list: &'static [&'static str], name: &str) -> Option<&'static str> {
    list.iter().copied().find(|known| *known == name)
}

/// The element as a node; an unknown tag renders its children only.
pub fn element(element: &Element, cx: &Context) -> VNode {
    let children = inlines(&element.children, cx);
    let Some(tag) = static_name(ALLOWED_TAGS, &element.tag) else {
        return children;
    };
    let mut node = VTag::new(tag);
    for (name, value) in &element.attrs {
        let Some(name) =
            static_name(PLAIN_ATTRIBUTES, name).or_else(|| static_name(CHECKED_ATTRIBUTES, name))
        else {
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
