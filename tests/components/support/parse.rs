//! Parsing the server renderer's HTML into an [`Element`] tree: start and
//! end tags, void elements, quoted attributes, comments skipped and the
//! entities it writes decoded.

use super::dom::{Element, Node};

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr",
];

/// The fragment's top-level nodes, as children of a `#root` element.
pub(super) fn fragment(html: &str) -> Element {
    let mut stack = vec![Element {
        name: "#root".into(),
        attrs: vec![],
        children: vec![],
    }];
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.split_once("-->").map_or("", |(_, after)| after);
        } else if let Some(close) = rest.strip_prefix("</") {
            let (name, after) = close.split_once('>').expect("unclosed end tag");
            rest = after;
            while let Some(open) = stack.pop() {
                let done = open.name == name;
                stack
                    .last_mut()
                    .expect("end tag without start")
                    .children
                    .push(Node::Element(open));
                if done {
                    break;
                }
            }
        } else if rest.starts_with('<') {
            let (element, after) = start_tag(&rest[1..]);
            rest = after;
            if VOID.contains(&element.name.as_str()) {
                stack
                    .last_mut()
                    .unwrap()
                    .children
                    .push(Node::Element(element));
            } else {
                stack.push(element);
            }
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            stack
                .last_mut()
                .unwrap()
                .children
                .push(Node::Text(decode(&rest[..end])));
            rest = &rest[end..];
        }
    }
    while stack.len() > 1 {
        let open = stack.pop().unwrap();
        stack.last_mut().unwrap().children.push(Node::Element(open));
    }
    stack.pop().unwrap()
}

fn start_tag(input: &str) -> (Element, &str) {
    let name_end = input
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .unwrap();
    let mut element = Element {
        name: input[..name_end].to_string(),
        attrs: vec![],
        children: vec![],
    };
    let mut rest = &input[name_end..];
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("/>").or_else(|| rest.strip_prefix('>')) {
            return (element, after);
        }
        let name_end = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '>' || c == '/')
            .unwrap();
        let name = rest[..name_end].to_string();
        rest = &rest[name_end..];
        let value = match rest.strip_prefix("=\"") {
            Some(quoted) => {
                let (value, after) = quoted.split_once('"').expect("unclosed attribute value");
                rest = after;
                decode(value)
            }
            None => String::new(),
        };
        element.attrs.push((name, value));
    }
}

fn decode(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}
