//! Small CSS-like selectors: `tag#id.class[attr][attr=value]`, `^=` for a
//! prefix, and descendant or child (`>`) combinators, parsed and matched
//! against an [`Element`] and its ancestors.

use super::dom::Element;

#[derive(Debug)]
pub(super) enum Simple {
    Tag(String),
    /// Name, value, and whether the value is a prefix (`^=`).
    Attr(String, Option<String>, bool),
    Class(String),
}

/// One compound selector and whether it must be the child (`>`) of the
/// previous one rather than any descendant.
pub(super) struct Step {
    simples: Vec<Simple>,
    child: bool,
}

pub(super) fn parse_selector(selector: &str) -> Vec<Step> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut in_brackets = false;
    for c in selector.chars() {
        match c {
            '[' => in_brackets = true,
            ']' => in_brackets = false,
            _ => {}
        }
        if (c.is_whitespace() || c == '>') && !in_brackets {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            if c == '>' {
                words.push(">".to_string());
            }
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    let mut steps = Vec::new();
    let mut child = false;
    for word in words {
        if word == ">" {
            child = true;
        } else {
            steps.push(Step {
                simples: parse_compound(&word),
                child,
            });
            child = false;
        }
    }
    steps
}

pub(super) fn parse_compound(text: &str) -> Vec<Simple> {
    let mut simples = Vec::new();
    let name_end = text.find(['#', '.', '[']).unwrap_or(text.len());
    if name_end > 0 && &text[..name_end] != "*" {
        simples.push(Simple::Tag(text[..name_end].to_string()));
    }
    let mut rest = &text[name_end..];
    while !rest.is_empty() {
        let kind = rest.as_bytes()[0];
        if kind == b'[' {
            let (inside, after) = rest[1..].split_once(']').expect("unclosed [");
            rest = after;
            simples.push(match inside.split_once('=') {
                Some((name, value)) => Simple::Attr(
                    name.trim_end_matches('^').to_string(),
                    Some(value.trim_matches('"').to_string()),
                    name.ends_with('^'),
                ),
                None => Simple::Attr(inside.to_string(), None, false),
            });
        } else {
            let end = rest[1..]
                .find(['#', '.', '['])
                .map_or(rest.len(), |e| e + 1);
            let name = rest[1..end].to_string();
            simples.push(if kind == b'#' {
                Simple::Attr("id".into(), Some(name), false)
            } else {
                Simple::Class(name)
            });
            rest = &rest[end..];
        }
    }
    simples
}

pub(super) fn matches(element: &Element, simples: &[Simple]) -> bool {
    simples.iter().all(|simple| match simple {
        Simple::Tag(name) => element.name == *name,
        Simple::Class(class) => element.has_class(class),
        Simple::Attr(name, None, _) => element.has(name),
        Simple::Attr(name, Some(value), false) => element.attr(name) == Some(value.as_str()),
        Simple::Attr(name, Some(value), true) => element
            .attr(name)
            .is_some_and(|v| v.starts_with(value.as_str())),
    })
}

/// Whether `element`, under `ancestors` (outermost first), matches `steps`.
fn matches_steps(element: &Element, ancestors: &[&Element], steps: &[Step]) -> bool {
    let Some((last, earlier)) = steps.split_last() else {
        return true;
    };
    if !matches(element, &last.simples) {
        return false;
    }
    if earlier.is_empty() {
        return true;
    }
    if last.child {
        ancestors
            .split_last()
            .is_some_and(|(parent, up)| matches_steps(parent, up, earlier))
    } else {
        (0..ancestors.len())
            .rev()
            .any(|i| matches_steps(ancestors[i], &ancestors[..i], earlier))
    }
}

pub(super) fn collect<'e>(
    element: &'e Element,
    steps: &[Step],
    ancestors: &mut Vec<&'e Element>,
    found: &mut Vec<&'e Element>,
) {
    for child in element.elements() {
        if matches_steps(child, ancestors, steps) {
            found.push(child);
        }
        ancestors.push(child);
        collect(child, steps, ancestors, found);
        ancestors.pop();
    }
}
