//! Decoding the bundle types from a [`Json`] tree, without serde.
//!
//! The reader's WebAssembly cannot afford serde_json's per-type generated
//! code, so it decodes with the plain [`Decode`] impls here. The format is
//! still the one serde's `Serialize` derives write (the CLI writes bundles
//! that way): enums externally tagged (`"rule"`, `{"paragraph":{...}}`),
//! fields skipped when empty decode to their default, unknown fields are
//! ignored. A round-trip test checks every impl against serde on real guides.
//!
//! Errors say what was expected and where: `blocks[3].alert.children[0]`.
//!
//! Size: the generated impls read fields through a [`FieldReader`], which
//! keeps the first error and hands later fields a [`Placeholder`]: a field
//! costs one call, with no branch and no clean-up path of its own (a failed
//! value is dropped once, at the end). The helpers are `#[inline(never)]`.

use std::fmt;

use crate::json::{self, Json, JsonError};

/// A type that can be read from a [`Json`] value.
pub trait Decode: Sized {
    fn decode(json: &Json) -> Result<Self, DecodeError>;
}

/// Parse `text` as JSON and decode it.
pub fn decode_str<T: Decode>(text: &str) -> Result<T, DecodeError> {
    T::decode(&json::parse(text)?)
}

/// What went wrong, and the path to the value (empty at the top). Boxed: a
/// one-word error keeps every `Result` small and every `?` cheap in the wasm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError(Box<Detail>);

#[derive(Debug, Clone, PartialEq, Eq)]
struct Detail {
    path: String,
    message: String,
}

impl DecodeError {
    #[cold]
    #[inline(never)]
    pub fn new(message: impl Into<String>) -> DecodeError {
        DecodeError(Box::new(Detail {
            path: String::new(),
            message: message.into(),
        }))
    }

    /// Where the error is, as `blocks[3].alert.children` (empty at the top).
    pub fn path(&self) -> &str {
        &self.0.path
    }

    /// What was expected and found.
    pub fn message(&self) -> &str {
        &self.0.message
    }

    /// "expected a string, found a number".
    #[cold]
    pub fn expected(what: &str, found: &Json) -> DecodeError {
        DecodeError::new(format!("expected {what}, found {}", found.kind()))
    }

    /// The same error, one field further out.
    #[cold]
    pub fn in_field(self, name: &str) -> DecodeError {
        self.prefix(name)
    }

    /// The same error, one array element further out.
    #[cold]
    pub fn in_index(self, index: usize) -> DecodeError {
        self.prefix(&format!("[{index}]"))
    }

    #[cold]
    fn prefix(mut self, step: &str) -> DecodeError {
        let path = &mut self.0.path;
        let sep = if path.is_empty() || path.starts_with('[') {
            ""
        } else {
            "."
        };
        *path = format!("{step}{sep}{path}");
        self
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.path.is_empty() {
            f.write_str(&self.0.message)
        } else {
            write!(f, "at {}: {}", self.0.path, self.0.message)
        }
    }
}

impl std::error::Error for DecodeError {}

impl From<JsonError> for DecodeError {
    fn from(error: JsonError) -> DecodeError {
        DecodeError::new(format!("invalid JSON: {error}"))
    }
}

/// An object's entries.
pub type Fields = [(String, Json)];

/// The entries of an object, or an error.
#[inline(never)]
pub fn object(json: &Json) -> Result<&Fields, DecodeError> {
    match json {
        Json::Object(entries) => Ok(entries),
        other => Err(DecodeError::expected("an object", other)),
    }
}

/// The elements of an array, or an error.
#[inline(never)]
pub fn array(json: &Json) -> Result<&[Json], DecodeError> {
    match json {
        Json::Array(items) => Ok(items),
        other => Err(DecodeError::expected("an array", other)),
    }
}

/// The first value under `name`.
#[inline(never)]
pub fn field<'a>(obj: &'a Fields, name: &str) -> Option<&'a Json> {
    obj.iter().find(|(k, _)| k == name).map(|(_, v)| v)
}

/// A field that must be there.
#[inline(never)]
pub fn required<T: Decode>(obj: &Fields, name: &str) -> Result<T, DecodeError> {
    match field(obj, name) {
        Some(value) => T::decode(value).map_err(|e| e.in_field(name)),
        None => Err(missing(name)),
    }
}

#[cold]
#[inline(never)]
fn missing(name: &str) -> DecodeError {
    DecodeError::new(format!("missing field `{name}`"))
}

/// An `Option` field: absent and `null` are both `None`.
#[inline(never)]
pub fn optional<T: Decode>(obj: &Fields, name: &str) -> Result<Option<T>, DecodeError> {
    match field(obj, name) {
        None | Some(Json::Null) => Ok(None),
        Some(value) => T::decode(value).map(Some).map_err(|e| e.in_field(name)),
    }
}

/// A `#[serde(default)]` field: absent is the default.
#[inline(never)]
pub fn or_default<T: Decode + Default>(obj: &Fields, name: &str) -> Result<T, DecodeError> {
    match field(obj, name) {
        None => Ok(T::default()),
        Some(value) => T::decode(value).map_err(|e| e.in_field(name)),
    }
}

/// A field the reader does not read (`meta`): always the default.
pub fn skip<T: Default>(_obj: &Fields, _name: &str) -> Result<T, DecodeError> {
    Ok(T::default())
}

/// How a field is read: [`required`], [`optional`] (absent or `null` is
/// `None`), [`or_default`] (absent is the default).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    Required,
    Optional,
    OrDefault,
}

/// A value to stand in for a field that could not be decoded (the whole
/// value is then dropped and the error returned): cheap, never read.
pub trait Placeholder {
    fn placeholder() -> Self;
}

macro_rules! placeholder_default {
    ($($ty:ty),* $(,)?) => {$(
        impl Placeholder for $ty {
            fn placeholder() -> Self {
                Default::default()
            }
        }
    )*};
}

placeholder_default!(String, bool, u8, u32, u64, usize);

impl<T> Placeholder for Option<T> {
    fn placeholder() -> Self {
        None
    }
}

impl<T> Placeholder for Vec<T> {
    fn placeholder() -> Self {
        Vec::new()
    }
}

impl<K, V> Placeholder for std::collections::BTreeMap<K, V> {
    fn placeholder() -> Self {
        std::collections::BTreeMap::new()
    }
}

/// The fields of one object, read in order by the generated impls. After
/// the first error, fields are not looked at and get a placeholder;
/// [`finish`](FieldReader::finish) returns the error.
pub struct FieldReader<'a> {
    fields: &'a Fields,
    error: Option<DecodeError>,
}

impl<'a> FieldReader<'a> {
    /// A reader of `json`, which must be an object.
    pub fn new(json: &'a Json) -> Result<FieldReader<'a>, DecodeError> {
        Ok(FieldReader {
            fields: object(json)?,
            error: None,
        })
    }

    /// The value to decode for `name`, if there is one and nothing failed
    /// yet; a missing required field is the error.
    #[inline(never)]
    fn lookup(&mut self, name: &str, rule: Rule) -> Option<&'a Json> {
        if self.error.is_some() {
            return None;
        }
        match field(self.fields, name) {
            None if rule == Rule::Required => {
                self.error = Some(missing(name));
                None
            }
            Some(Json::Null) if rule == Rule::Optional => None,
            value => value,
        }
    }

    /// Keep the first error, one field further in.
    #[cold]
    #[inline(never)]
    fn fail(&mut self, error: DecodeError, name: &str) {
        self.error = Some(error.in_field(name));
    }

    /// Field `name` by `rule`; a placeholder when absent (`None` or the
    /// default, for optional and defaulted fields) or after an error.
    #[inline(never)]
    pub fn read<T: Decode + Placeholder>(&mut self, name: &str, rule: Rule) -> T {
        if let Some(value) = self.lookup(name, rule) {
            match T::decode(value) {
                Ok(value) => return value,
                Err(error) => self.fail(error, name),
            }
        }
        T::placeholder()
    }

    /// The value built from the fields, or the first error.
    pub fn finish<T>(self, value: T) -> Result<T, DecodeError> {
        match self.error {
            None => Ok(value),
            Some(error) => Err(error),
        }
    }
}

/// An externally tagged enum value: a bare string for a unit variant, or a
/// one-entry object `{"tag": payload}`. A `null` payload counts as none.
#[inline(never)]
pub fn variant(json: &Json) -> Result<(&str, Option<&Json>), DecodeError> {
    match json {
        Json::String(tag) => Ok((tag, None)),
        Json::Object(entries) if entries.len() == 1 => {
            let (tag, payload) = &entries[0];
            Ok((tag, (!matches!(payload, Json::Null)).then_some(payload)))
        }
        Json::Object(_) => Err(DecodeError::new(
            "expected an object with exactly one key (an enum variant)",
        )),
        other => Err(DecodeError::expected(
            "a string or an object (an enum variant)",
            other,
        )),
    }
}

/// A variant's payload, which must be there.
pub fn payload(payload: Option<&Json>) -> Result<&Json, DecodeError> {
    payload.ok_or_else(|| DecodeError::new("expected the variant's content, found none"))
}

/// The error for a tag no variant has.
#[cold]
pub fn unknown_variant(tag: &str) -> DecodeError {
    DecodeError::new(format!("unknown variant `{tag}`"))
}

/// One field's value in a generated impl: `skip` is the default, without
/// reading; other rules go through the [`FieldReader`].
macro_rules! decode_field {
    ($reader:ident, $field:ident, skip) => {
        Default::default()
    };
    ($reader:ident, $field:ident, required) => {
        $reader.read(stringify!($field), $crate::decode::Rule::Required)
    };
    ($reader:ident, $field:ident, optional) => {
        $reader.read(stringify!($field), $crate::decode::Rule::Optional)
    };
    ($reader:ident, $field:ident, or_default) => {
        $reader.read(stringify!($field), $crate::decode::Rule::OrDefault)
    };
}

/// `impl Decode` for a struct, field by field: `Name { field: required, ... }`
/// where each rule is [`required`], [`optional`], [`or_default`] or [`skip`].
macro_rules! decode_struct {
    ($ty:ident { $($field:ident : $rule:ident),* $(,)? }) => {
        impl $crate::decode::Decode for $ty {
            #[inline(never)]
            fn decode(json: &$crate::json::Json) -> Result<Self, $crate::decode::DecodeError> {
                let mut reader = $crate::decode::FieldReader::new(json)?;
                let value = $ty { $($field: decode_field!(reader, $field, $rule),)* };
                reader.finish(value)
            }
        }
    };
}

/// `impl Decode` for an externally tagged enum. Arms: `"tag" => Unit`,
/// `"tag" => Newtype(_)`, `"tag" => Struct { field: rule, ... }`.
macro_rules! decode_enum {
    ($ty:ident { $($tag:literal => $variant:ident $(($new:tt))? $({ $($field:ident : $rule:ident),* $(,)? })?),* $(,)? }) => {
        impl $crate::decode::Decode for $ty {
            #[inline(never)]
            fn decode(json: &$crate::json::Json) -> Result<Self, $crate::decode::DecodeError> {
                let (tag, value) = $crate::decode::variant(json)?;
                let decoded: Result<Self, $crate::decode::DecodeError> = match tag {
                    $($tag => decode_enum!(@arm $ty $variant value $(($new))? $({ $($field : $rule),* })?),)*
                    _ => return Err($crate::decode::unknown_variant(tag)),
                };
                decoded.map_err(|e| e.in_field(tag))
            }
        }
    };
    (@arm $ty:ident $variant:ident $value:ident) => {{
        let _ = $value;
        Ok($ty::$variant)
    }};
    (@arm $ty:ident $variant:ident $value:ident (_)) => {
        $crate::decode::payload($value).and_then(|v| Ok($ty::$variant($crate::decode::Decode::decode(v)?)))
    };
    (@arm $ty:ident $variant:ident $value:ident { $($field:ident : $rule:ident),* }) => {
        match $crate::decode::payload($value).and_then($crate::decode::FieldReader::new) {
            Ok(mut reader) => {
                let value = $ty::$variant { $($field: decode_field!(reader, $field, $rule),)* };
                reader.finish(value)
            }
            Err(error) => Err(error),
        }
    };
}

mod bundle;
mod document;
mod primitives;
mod quiz;
mod search;

#[cfg(test)]
mod tests;
