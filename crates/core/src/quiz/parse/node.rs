//! A TOML tree that remembers where each value sits in the file, and typed reads from it.
//!
//! `toml::Spanned<T>` fails on tables made by dotted keys (`prompt.prompt = ..`),
//! which carry no span, and that is how most mdbook-quiz files are written. So
//! [`Node`] speaks the same span protocol `Spanned` does (a struct with these
//! private field names, which toml 0.8 answers with a start, an end and the
//! value) but accepts a plain value when the deserializer has no span to give.
//! The tests in `parse` check that real line numbers come through.
//!
//! The reads ([`lookup`] of a dotted path, [`string`], [`strings`], ...) give
//! `None` for a value of the wrong type; `parse` turns that into a diagnostic.

use std::fmt;
use std::ops::Range;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::quiz::Rich;

// The span protocol of serde_spanned 0.6, which toml 0.8 implements.
const SPANNED: &str = "$__serde_spanned_private_Spanned";
const START: &str = "$__serde_spanned_private_start";
const END: &str = "$__serde_spanned_private_end";
const VALUE: &str = "$__serde_spanned_private_value";
const DATETIME: &str = "$__toml_private_datetime";

/// A TOML value and its byte span in the file, when the parser knows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub span: Option<Range<usize>>,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    String(String),
    Integer(i64),
    Float(f64),
    Boolean(bool),
    Datetime,
    Array(Vec<Node>),
    /// Entries in file order (TOML forbids duplicate keys).
    Table(Vec<(String, Node)>),
}

impl Node {
    /// The value at `key` of this table (`None` when absent or not a table).
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Table(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// What kind of value this is, in TOML's words, for messages.
    pub fn type_name(&self) -> &'static str {
        match self.value {
            Value::String(_) => "a string",
            Value::Integer(_) => "an integer",
            Value::Float(_) => "a float",
            Value::Boolean(_) => "a boolean",
            Value::Datetime => "a date-time",
            Value::Array(_) => "an array",
            Value::Table(_) => "a table",
        }
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_struct(SPANNED, &[START, END, VALUE], NodeVisitor)
    }
}

/// The value inside the span protocol: asked for without a span, or the
/// deserializer would wrap it in a span again.
struct Unspanned(Node);

impl<'de> Deserialize<'de> for Unspanned {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Unspanned, D::Error> {
        deserializer.deserialize_any(NodeVisitor).map(Unspanned)
    }
}

struct NodeVisitor;

fn bare(value: Value) -> Node {
    Node { span: None, value }
}

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any TOML value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(bare(Value::Boolean(v)))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(bare(Value::Integer(v)))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Node, E> {
        i64::try_from(v)
            .map(|v| bare(Value::Integer(v)))
            .map_err(E::custom)
    }

    fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
        Ok(bare(Value::Float(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(bare(Value::String(v.to_string())))
    }

    fn visit_string<E>(self, v: String) -> Result<Node, E> {
        Ok(bare(Value::String(v)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Node>()? {
            items.push(item);
        }
        Ok(bare(Value::Array(items)))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let Some(first) = map.next_key::<String>()? else {
            return Ok(bare(Value::Table(Vec::new())));
        };
        if first == START {
            let start: usize = map.next_value()?;
            let _end_key = map.next_key::<String>()?;
            let end: usize = map.next_value()?;
            let _value_key = map.next_key::<String>()?;
            let Unspanned(node) = map.next_value()?;
            return Ok(Node {
                span: Some(start..end),
                value: node.value,
            });
        }
        if first == DATETIME {
            let _text: String = map.next_value()?;
            return Ok(bare(Value::Datetime));
        }
        let mut entries = vec![(first, map.next_value::<Node>()?)];
        while let Some((key, value)) = map.next_entry::<String, Node>()? {
            entries.push((key, value));
        }
        Ok(bare(Value::Table(entries)))
    }
}

/// Where a dotted key path leads inside a question table.
pub enum Lookup<'n> {
    /// The value, and the span to point at (its own, or its nearest ancestor's).
    Found(&'n Node, Range<usize>),
    Missing(Range<usize>),
    /// A part of the path (`prompt` in `prompt.prompt`) is not a table.
    NotTable(String, &'n Node, Range<usize>),
}

pub fn lookup<'n>(question: &'n Node, path: &str) -> Lookup<'n> {
    let mut node = question;
    let mut anchor = question.span.clone().unwrap_or(0..0);
    let mut walked = Vec::new();
    for key in path.split('.') {
        if !matches!(node.value, Value::Table(_)) {
            return Lookup::NotTable(walked.join("."), node, anchor);
        }
        let Some(child) = node.get(key) else {
            return Lookup::Missing(anchor);
        };
        node = child;
        anchor = child.span.clone().unwrap_or(anchor);
        walked.push(key);
    }
    Lookup::Found(node, anchor)
}

/// What a value is, for "found ..." in messages; short strings are quoted.
pub fn describe(node: &Node) -> String {
    match &node.value {
        Value::String(s) if s.chars().count() <= 40 => format!("{s:?}"),
        Value::Array(items) => match items.iter().find(|i| !matches!(i.value, Value::String(_))) {
            Some(item) => format!("an array containing {}", item.type_name()),
            None => "an array".to_string(),
        },
        _ => node.type_name().to_string(),
    }
}

pub fn string(node: &Node) -> Option<String> {
    match &node.value {
        Value::String(s) => Some(s.clone()),
        _ => None,
    }
}

pub fn strings(node: &Node) -> Option<Vec<String>> {
    match &node.value {
        Value::Array(items) => items.iter().map(string).collect(),
        _ => None,
    }
}

pub fn rich(node: &Node) -> Option<Rich> {
    string(node).map(Rich::new)
}

pub fn boolean(node: &Node) -> Option<bool> {
    match node.value {
        Value::Boolean(b) => Some(b),
        _ => None,
    }
}

pub fn integer<T: TryFrom<i64>>(min: i64) -> impl Fn(&Node) -> Option<T> {
    move |node| match node.value {
        Value::Integer(i) if i >= min => T::try_from(i).ok(),
        _ => None,
    }
}
