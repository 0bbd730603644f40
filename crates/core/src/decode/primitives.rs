//! [`Decode`] for strings, booleans, unsigned integers and the containers
//! the bundle types use.

use std::collections::BTreeMap;

use super::{array, object, Decode, DecodeError};
use crate::json::Json;

impl Decode for String {
    fn decode(json: &Json) -> Result<Self, DecodeError> {
        match json {
            Json::String(s) => Ok(s.clone()),
            other => Err(DecodeError::expected("a string", other)),
        }
    }
}

impl Decode for bool {
    fn decode(json: &Json) -> Result<Self, DecodeError> {
        match json {
            Json::Bool(b) => Ok(*b),
            other => Err(DecodeError::expected("a boolean", other)),
        }
    }
}

/// A whole number in `0..=max`. (Messages leave the number out: formatting
/// an `f64` would link float printing into the wasm.)
fn unsigned(json: &Json, max: u64) -> Result<u64, DecodeError> {
    match json {
        // Below 2^64 (exact as f64), `as u64` is exact too.
        Json::Number(n) if *n >= 0.0 && n.fract() == 0.0 => {
            if *n < 18_446_744_073_709_551_616.0 && (*n as u64) <= max {
                Ok(*n as u64)
            } else {
                Err(DecodeError::new(format!(
                    "expected a number up to {max}, found a larger one"
                )))
            }
        }
        Json::Number(_) => Err(DecodeError::new(
            "expected a whole number, found a negative or a fraction",
        )),
        other => Err(DecodeError::expected("a number", other)),
    }
}

macro_rules! decode_unsigned {
    ($($ty:ty),*) => {$(
        impl Decode for $ty {
            fn decode(json: &Json) -> Result<Self, DecodeError> {
                unsigned(json, <$ty>::MAX as u64).map(|n| n as $ty)
            }
        }
    )*};
}

decode_unsigned!(u8, u32, u64, usize);

impl<T: Decode> Decode for Option<T> {
    fn decode(json: &Json) -> Result<Self, DecodeError> {
        match json {
            Json::Null => Ok(None),
            value => T::decode(value).map(Some),
        }
    }
}

impl<T: Decode> Decode for std::sync::Arc<T> {
    fn decode(json: &Json) -> Result<Self, DecodeError> {
        T::decode(json).map(std::sync::Arc::new)
    }
}

impl<T: Decode> Decode for Vec<T> {
    #[inline(never)]
    fn decode(json: &Json) -> Result<Self, DecodeError> {
        let items = array(json)?;
        // Growing by `push` rather than `with_capacity`: less code per `T`.
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            out.push(T::decode(item).map_err(|e| e.in_index(i))?);
        }
        Ok(out)
    }
}

/// Duplicate keys: the last one wins, as with serde_json.
impl<T: Decode> Decode for BTreeMap<String, T> {
    fn decode(json: &Json) -> Result<Self, DecodeError> {
        let mut out = BTreeMap::new();
        for (key, value) in object(json)? {
            out.insert(key.clone(), T::decode(value).map_err(|e| e.in_field(key))?);
        }
        Ok(out)
    }
}

impl Decode for (String, String) {
    fn decode(json: &Json) -> Result<Self, DecodeError> {
        match array(json)? {
            [a, b] => Ok((
                String::decode(a).map_err(|e| e.in_index(0))?,
                String::decode(b).map_err(|e| e.in_index(1))?,
            )),
            items => Err(DecodeError::new(format!(
                "expected a pair, found {} elements",
                items.len()
            ))),
        }
    }
}
