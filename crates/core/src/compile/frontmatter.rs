//! The YAML header of a chapter or partial: known fields pulled out, every
//! key kept as metadata, and malformed YAML reported at its line and column.

use std::collections::BTreeMap;

use super::slug::slugify;
use crate::bundle::{Meta, Objective};
use crate::diagnostic::{Diagnostic, Position};

/// What a chapter's header says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Frontmatter {
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub description: Option<String>,
    pub permalink: Option<String>,
    pub previousurl: Option<String>,
    pub nexturl: Option<String>,
    /// `objectives:` as a list of `{id, text}` maps or of plain strings.
    pub objectives: Vec<Objective>,
    /// Every key, as written (Jekyll fields included).
    pub meta: BTreeMap<String, Meta>,
}

/// A file split into its header and body.
#[derive(Debug, Clone, Default)]
pub struct Split {
    pub frontmatter: Frontmatter,
    /// Byte offset where the Markdown body starts.
    pub body_start: usize,
}

/// Split `text` (the whole file) into frontmatter and body. Problems are
/// pushed to `diagnostics`; the body is always usable.
pub fn split(file: &str, text: &str, diagnostics: &mut Vec<Diagnostic>) -> Split {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let rest = &text[bom..];
    let first_line_end = rest.find('\n').map_or(rest.len(), |i| i + 1);
    if rest[..first_line_end].trim_end() != "---" {
        return Split {
            body_start: bom,
            ..Split::default()
        };
    }
    let yaml_start = bom + first_line_end;
    let Some((yaml_end, body_start)) = closing_fence(text, yaml_start) else {
        diagnostics.push(Diagnostic::error(
            file,
            Position::of_offset(text, bom),
            "frontmatter starts with `---` but has no closing `---` line",
        ));
        return Split {
            body_start: text.len(),
            ..Split::default()
        };
    };
    let yaml = &text[yaml_start..yaml_end];
    let frontmatter = parse_yaml(file, text, yaml_start, yaml, diagnostics);
    Split {
        frontmatter,
        body_start,
    }
}

/// The `---` line that ends the header: (end of YAML, start of body).
fn closing_fence(text: &str, from: usize) -> Option<(usize, usize)> {
    let mut at = from;
    while at < text.len() {
        let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i + 1);
        if matches!(text[at..line_end].trim_end(), "---" | "...") {
            return Some((at, line_end));
        }
        at = line_end;
    }
    None
}

fn parse_yaml(
    file: &str,
    text: &str,
    yaml_start: usize,
    yaml: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Frontmatter {
    if yaml.trim().is_empty() {
        return Frontmatter::default();
    }
    let value: serde_yaml::Value = match serde_yaml::from_str(yaml) {
        Ok(value) => value,
        Err(error) => {
            let offset = error.location().map_or(0, |l| l.index());
            let message = error.to_string();
            let message = message.split(" at line ").next().unwrap_or(&message);
            diagnostics.push(Diagnostic::error(
                file,
                Position::of_offset(text, yaml_start + offset),
                format!("malformed YAML frontmatter: {message}"),
            ));
            return Frontmatter::default();
        }
    };
    let meta = match to_meta(value) {
        Meta::Map(map) => map,
        Meta::Null => BTreeMap::new(),
        _ => {
            diagnostics.push(Diagnostic::error(
                file,
                Position::of_offset(text, yaml_start),
                "frontmatter must be a map of `key: value` lines",
            ));
            return Frontmatter::default();
        }
    };
    let text_field = |key: &str| match meta.get(key) {
        Some(Meta::Text(s)) => Some(s.clone()),
        Some(Meta::Number(n)) => Some(n.to_string()),
        Some(Meta::Bool(b)) => Some(b.to_string()),
        _ => None,
    };
    let mut frontmatter = Frontmatter {
        title: text_field("title"),
        subtitle: text_field("subtitle"),
        description: text_field("description"),
        permalink: text_field("permalink"),
        previousurl: text_field("previousurl"),
        nexturl: text_field("nexturl"),
        objectives: Vec::new(),
        meta: BTreeMap::new(),
    };
    if let Some(Meta::List(items)) = meta.get("objectives") {
        frontmatter.objectives = items.iter().filter_map(objective).collect();
    }
    frontmatter.meta = meta;
    frontmatter
}

fn objective(item: &Meta) -> Option<Objective> {
    match item {
        Meta::Text(text) => Some(Objective {
            id: slugify(text),
            text: text.clone(),
        }),
        Meta::Map(map) => {
            let text = match map.get("text") {
                Some(Meta::Text(t)) => t.clone(),
                _ => return None,
            };
            let id = match map.get("id") {
                Some(Meta::Text(id)) => id.clone(),
                _ => slugify(&text),
            };
            Some(Objective { id, text })
        }
        _ => None,
    }
}

fn to_meta(value: serde_yaml::Value) -> Meta {
    use serde_yaml::Value;
    match value {
        Value::Null => Meta::Null,
        Value::Bool(b) => Meta::Bool(b),
        Value::Number(n) => n.as_f64().map_or(Meta::Null, Meta::Number),
        Value::String(s) => Meta::Text(s),
        Value::Sequence(items) => Meta::List(items.into_iter().map(to_meta).collect()),
        Value::Mapping(map) => Meta::Map(
            map.into_iter()
                .map(|(k, v)| (key_text(k), to_meta(v)))
                .collect(),
        ),
        Value::Tagged(tagged) => to_meta(tagged.value),
    }
}

fn key_text(key: serde_yaml::Value) -> String {
    match key {
        serde_yaml::Value::String(s) => s,
        other => serde_yaml::to_string(&other)
            .unwrap_or_default()
            .trim()
            .to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_and_metadata() {
        let text = "---\ntitle: T\nsubtitle: \"S\"\naudience:\n  primary: service manager\nphases:\n  - discovery\nobjectives:\n  - id: a\n    text: Do A\n  - Do B\n---\nBody";
        let mut diagnostics = Vec::new();
        let split = split("f.md", text, &mut diagnostics);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(&text[split.body_start..], "Body");
        let fm = split.frontmatter;
        assert_eq!(fm.title.as_deref(), Some("T"));
        assert_eq!(fm.subtitle.as_deref(), Some("S"));
        assert_eq!(fm.objectives[1].id, "do-b");
        assert!(matches!(fm.meta.get("audience"), Some(Meta::Map(m)) if m.contains_key("primary")));
        assert!(matches!(fm.meta.get("phases"), Some(Meta::List(l)) if l.len() == 1));
    }

    #[test]
    fn malformed_yaml_points_at_the_line() {
        let text = "---\ntitle: ok\nbad: [unclosed\nnext: 1\n---\nBody";
        let mut diagnostics = Vec::new();
        split("f.md", text, &mut diagnostics);
        assert_eq!(diagnostics.len(), 1);
        assert!(diagnostics[0].line >= 3, "{:?}", diagnostics[0]);
        assert!(diagnostics[0].message.contains("malformed YAML"));
    }

    #[test]
    fn unclosed_header_is_an_error() {
        let mut diagnostics = Vec::new();
        split("f.md", "---\ntitle: x\n", &mut diagnostics);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!((diagnostics[0].line, diagnostics[0].column), (1, 1));
    }
}
