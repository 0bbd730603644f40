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
//! Size: the helpers and the generated `decode` fns are `#[inline(never)]`;
//! inlined at every field they made the decoder ~4 KB bigger gzipped.

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

/// What went wrong, and the path to the value (empty at the top).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    pub path: String,
    pub message: String,
}

impl DecodeError {
    pub fn new(message: impl Into<String>) -> DecodeError {
        DecodeError {
            path: String::new(),
            message: message.into(),
        }
    }

    /// "expected a string, found a number".
    #[cold]
    pub fn expected(what: &str, found: &Json) -> DecodeError {
        DecodeError::new(format!("expected {what}, found {}", found.kind()))
    }

    /// The same error, one field further out.
    #[cold]
    pub fn in_field(mut self, name: &str) -> DecodeError {
        let sep = if self.path.is_empty() || self.path.starts_with('[') {
            ""
        } else {
            "."
        };
        self.path = format!("{name}{sep}{}", self.path);
        self
    }

    /// The same error, one array element further out.
    #[cold]
    pub fn in_index(mut self, index: usize) -> DecodeError {
        let sep = if self.path.is_empty() || self.path.starts_with('[') {
            ""
        } else {
            "."
        };
        self.path = format!("[{index}]{sep}{}", self.path);
        self
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "at {}: {}", self.path, self.message)
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
        None => Err(DecodeError::new(format!("missing field `{name}`"))),
    }
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

/// `impl Decode` for a struct, field by field: `Name { field: required, ... }`
/// where each rule is [`required`], [`optional`], [`or_default`] or [`skip`].
macro_rules! decode_struct {
    ($ty:ident { $($field:ident : $rule:ident),* $(,)? }) => {
        impl $crate::decode::Decode for $ty {
            #[inline(never)]
            fn decode(json: &$crate::json::Json) -> Result<Self, $crate::decode::DecodeError> {
                let obj = $crate::decode::object(json)?;
                Ok($ty { $($field: $crate::decode::$rule(obj, stringify!($field))?,)* })
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
        $crate::decode::payload($value)
            .and_then($crate::decode::object)
            .and_then(|obj| Ok($ty::$variant { $($field: $crate::decode::$rule(obj, stringify!($field))?,)* }))
    };
}

mod bundle;
mod document;
mod primitives;
mod quiz;

#[cfg(test)]
mod tests;
