//! A small JSON parser with no dependencies, for the reader's WebAssembly.
//!
//! It builds a [`Json`] tree that [`crate::decode`] turns into the bundle
//! types. Strict RFC 8259: full string escapes (surrogate pairs joined, lone
//! surrogates rejected), no trailing commas, nothing after the value. Nesting
//! deeper than [`MAX_DEPTH`] is an error, so hostile input cannot overflow
//! the stack; no input panics. Numbers are read without core's float parser
//! (see `number::decimal`): exact for integers and everyday decimals.

use std::fmt;

/// How deeply arrays and objects may nest.
pub const MAX_DEPTH: usize = 256;

/// A JSON value. Objects keep their keys in document order, duplicates included.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// What kind of value this is, for error messages ("a string").
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "a boolean",
            Json::Number(_) => "a number",
            Json::String(_) => "a string",
            Json::Array(_) => "an array",
            Json::Object(_) => "an object",
        }
    }

    /// The first value under `key` when this is an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Why parsing failed, and at which byte of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    pub offset: usize,
    pub message: &'static str,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at byte {}", self.message, self.offset)
    }
}

impl std::error::Error for JsonError {}

/// Parse one JSON value; whitespace may surround it, nothing else may follow.
pub fn parse(text: &str) -> Result<Json, JsonError> {
    let bytes = text.as_bytes();
    let mut parser = Parser {
        text,
        bytes,
        pos: 0,
        depth: 0,
    };
    let value = parser.value()?;
    parser.skip_ws();
    if parser.pos < bytes.len() {
        return error(parser.pos, "trailing characters after the value");
    }
    Ok(value)
}

fn error<T>(offset: usize, message: &'static str) -> Result<T, JsonError> {
    Err(JsonError { offset, message })
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    // `get` rather than indexing: no panic paths (and their messages) in the wasm.
    fn rest_starts_with(&self, prefix: &[u8]) -> bool {
        self.bytes
            .get(self.pos..)
            .is_some_and(|rest| rest.starts_with(prefix))
    }

    /// The text from `start` to `pos`.
    fn since(&self, start: usize) -> &str {
        self.text.get(start..self.pos).unwrap_or_default()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn value(&mut self) -> Result<Json, JsonError> {
        self.skip_ws();
        match self.peek() {
            None => error(self.pos, "unexpected end of input"),
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => error(self.pos, "expected a value"),
        }
    }

    fn literal(&mut self, word: &'static str, value: Json) -> Result<Json, JsonError> {
        if !self.rest_starts_with(word.as_bytes()) {
            return error(self.pos, "expected a value");
        }
        self.pos += word.len();
        Ok(value)
    }

    /// The comma-separated items of an array or object, one level deeper
    /// (within [`MAX_DEPTH`]); `pos` is at the opening bracket.
    fn items<F>(&mut self, close: u8, mut item: F) -> Result<(), JsonError>
    where
        F: FnMut(&mut Self) -> Result<(), JsonError>,
    {
        if self.depth >= MAX_DEPTH {
            return error(self.pos, "nesting too deep");
        }
        self.depth += 1;
        self.pos += 1;
        self.skip_ws();
        if self.peek() != Some(close) {
            loop {
                item(self)?;
                self.skip_ws();
                match self.peek() {
                    Some(b',') => self.pos += 1,
                    Some(c) if c == close => break,
                    _ if close == b']' => return error(self.pos, "expected `,` or `]`"),
                    _ => return error(self.pos, "expected `,` or `}`"),
                }
            }
        }
        self.pos += 1;
        self.depth -= 1;
        Ok(())
    }

    fn array(&mut self) -> Result<Json, JsonError> {
        let mut items = Vec::new();
        self.items(b']', |p| {
            items.push(p.value()?);
            Ok(())
        })?;
        Ok(Json::Array(items))
    }

    fn object(&mut self) -> Result<Json, JsonError> {
        let mut entries = Vec::new();
        self.items(b'}', |p| {
            p.skip_ws();
            if p.peek() != Some(b'"') {
                return error(p.pos, "expected a string key");
            }
            let key = p.string()?;
            p.skip_ws();
            if p.peek() != Some(b':') {
                return error(p.pos, "expected `:`");
            }
            p.pos += 1;
            entries.push((key, p.value()?));
            Ok(())
        })?;
        Ok(Json::Object(entries))
    }

    /// A string; `pos` is at its opening quote.
    fn string(&mut self) -> Result<String, JsonError> {
        self.pos += 1;
        let mut out = String::new();
        let mut start = self.pos;
        loop {
            match self.peek() {
                None => return error(self.pos, "unterminated string"),
                // Runs end at ASCII bytes, so they are whole UTF-8 characters.
                Some(b'"') => {
                    out.push_str(self.since(start));
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(self.since(start));
                    self.pos += 1;
                    out.push(self.escape()?);
                    start = self.pos;
                }
                Some(0..=0x1f) => return error(self.pos, "control character in string"),
                Some(_) => self.pos += 1,
            }
        }
    }

    /// The character of an escape; `pos` is just after the backslash.
    fn escape(&mut self) -> Result<char, JsonError> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => return self.unicode_escape(),
            _ => return error(self.pos, "invalid escape"),
        };
        self.pos += 1;
        Ok(c)
    }

    /// `\uXXXX`, joining a surrogate pair; `pos` is at the `u`.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let start = self.pos;
        let mut code = self.hex4()?;
        if (0xd800..0xdc00).contains(&code) && self.rest_starts_with(b"\\u") {
            self.pos += 1;
            let low = self.hex4()?;
            if (0xdc00..0xe000).contains(&low) {
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
            }
        }
        // Only a surrogate left unpaired is not a `char`.
        char::from_u32(code).map_or_else(|| error(start, "unpaired surrogate"), Ok)
    }

    /// `uXXXX`: four hex digits after the `u` at `pos`.
    fn hex4(&mut self) -> Result<u32, JsonError> {
        self.pos += 1;
        let mut code = 0;
        for _ in 0..4 {
            let Some(digit) = self.peek().and_then(|b| (b as char).to_digit(16)) else {
                return error(self.pos, "expected four hex digits");
            };
            code = code * 16 + digit;
            self.pos += 1;
        }
        Ok(code)
    }

    /// Skip digits; how many there were.
    fn digits(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.pos;
        let negative = self.peek() == Some(b'-');
        self.pos += usize::from(negative);
        let int_start = self.pos;
        let int_digits = self.digits();
        if int_digits == 0 || (int_digits > 1 && self.bytes.get(int_start) == Some(&b'0')) {
            return error(int_start, "invalid number");
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return error(self.pos, "expected a digit after `.`");
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return error(self.pos, "expected a digit in the exponent");
            }
        }
        let n = number::decimal(self.since(int_start));
        if n.is_infinite() {
            return error(start, "number out of range");
        }
        Ok(Json::Number(if negative { -n } else { n }))
    }
}

mod number;
#[cfg(test)]
mod tests;
