//! Reading one tag: `<Alert title="Note" type='info' open={true}>`,
//! `<Partial file="x.md" />`, `</Alert>`, or an HTML tag such as `<br/>`.
//!
//! Used by the component pass (capitalised names, JSX attribute values) and
//! by the raw-HTML allow-list (lowercase names, unquoted values).

/// An attribute value as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AttrValue {
    /// `name` alone.
    Flag,
    /// `"..."`, `'...'` or unquoted: the text (entities not yet decoded).
    Text(String),
    /// `{...}`: the JSX expression inside the braces.
    Expr(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attr {
    pub name: String,
    pub value: AttrValue,
}

/// A tag read from text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub name: String,
    pub attrs: Vec<Attr>,
    /// `</Name>`.
    pub closing: bool,
    /// `<Name ... />`.
    pub self_closing: bool,
    /// Byte offset just past the `>`.
    pub end: usize,
}

impl Tag {
    /// The value of attribute `name` as a string: text as written, JSX
    /// string and number literals unwrapped, `true` for a flag.
    pub fn attr(&self, name: &str) -> Option<String> {
        let attr = self.attrs.iter().find(|a| a.name == name)?;
        Some(match &attr.value {
            AttrValue::Flag => "true".to_string(),
            AttrValue::Text(text) => super::entities::decode(text),
            AttrValue::Expr(expr) => unwrap_expression(expr),
        })
    }

    /// A boolean attribute: `active`, `active={true}`, `active="true"`.
    pub fn flag(&self, name: &str) -> bool {
        self.attr(name).is_some_and(|v| v.trim() == "true")
    }
}

/// `{"Note"}` -> `Note`, `{'a'}` -> `a`, `` {`x`} `` -> `x`, `{42}` -> `42`.
fn unwrap_expression(expr: &str) -> String {
    let expr = expr.trim();
    for quote in ['"', '\'', '`'] {
        if expr.len() >= 2 && expr.starts_with(quote) && expr.ends_with(quote) {
            return expr[1..expr.len() - 1].to_string();
        }
    }
    expr.to_string()
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':')
}

/// Read the tag starting at byte `start` of `text` (which must be `<`).
/// `None` when the text there is not a well-formed tag.
pub fn read_tag(text: &str, start: usize) -> Option<Tag> {
    let mut cursor = Cursor {
        text,
        at: start + 1,
    };
    let closing = cursor.eat('/');
    let name = cursor.take_while(is_name_char);
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut attrs = Vec::new();
    loop {
        cursor.skip_space();
        match cursor.peek()? {
            '>' => {
                cursor.at += 1;
                return Some(Tag {
                    name,
                    attrs,
                    closing,
                    self_closing: false,
                    end: cursor.at,
                });
            }
            '/' => {
                cursor.at += 1;
                cursor.skip_space();
                if !cursor.eat('>') {
                    return None;
                }
                return Some(Tag {
                    name,
                    attrs,
                    closing,
                    self_closing: true,
                    end: cursor.at,
                });
            }
            _ if closing => return None,
            _ => attrs.push(cursor.attr()?),
        }
    }
}

struct Cursor<'a> {
    text: &'a str,
    at: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.text.get(self.at..)?.chars().next()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.at += c.len_utf8();
            true
        } else {
            false
        }
    }

    fn take_while(&mut self, keep: impl Fn(char) -> bool) -> String {
        let rest = &self.text[self.at..];
        let len = rest.find(|c: char| !keep(c)).unwrap_or(rest.len());
        self.at += len;
        rest[..len].to_string()
    }

    fn skip_space(&mut self) {
        self.take_while(char::is_whitespace);
    }

    fn attr(&mut self) -> Option<Attr> {
        let name = self.take_while(is_name_char);
        if name.is_empty() {
            return None;
        }
        self.skip_space();
        if !self.eat('=') {
            return Some(Attr {
                name,
                value: AttrValue::Flag,
            });
        }
        self.skip_space();
        let value = match self.peek()? {
            quote @ ('"' | '\'') => {
                self.at += 1;
                let rest = &self.text[self.at..];
                let len = rest.find(quote)?;
                self.at += len + 1;
                AttrValue::Text(rest[..len].to_string())
            }
            '{' => AttrValue::Expr(self.expression()?),
            _ => {
                let value = self.take_while(|c| {
                    !c.is_whitespace() && !matches!(c, '>' | '"' | '\'' | '`' | '=')
                });
                let value = value.strip_suffix('/').map_or(value.clone(), |v| {
                    self.at -= 1;
                    v.to_string()
                });
                if value.is_empty() {
                    return None;
                }
                AttrValue::Text(value)
            }
        };
        Some(Attr { name, value })
    }

    /// `{ ... }` with nested braces and quoted strings; returns the inside.
    fn expression(&mut self) -> Option<String> {
        let open = self.at;
        let mut depth = 0usize;
        let mut quote: Option<char> = None;
        for (i, c) in self.text[open..].char_indices() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'' | '`') => quote = Some(c),
                (None, '{') => depth += 1,
                (None, '}') => {
                    depth -= 1;
                    if depth == 0 {
                        self.at = open + i + 1;
                        return Some(self.text[open + 1..open + i].to_string());
                    }
                }
                _ => {}
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, attributes as strings, closing, self-closing).
    type Read = (String, Vec<(String, String)>, bool, bool);

    fn case(text: &str) -> Option<Read> {
        read_tag(text, 0).map(|tag| {
            let attrs = tag
                .attrs
                .iter()
                .map(|a| (a.name.clone(), tag.attr(&a.name).unwrap()))
                .collect();
            (tag.name, attrs, tag.closing, tag.self_closing)
        })
    }

    fn attrs(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn attribute_forms() {
        assert_eq!(
            case(r#"<Alert title="Note"  type='info' >"#),
            Some((
                "Alert".into(),
                attrs(&[("title", "Note"), ("type", "info")]),
                false,
                false
            ))
        );
        assert_eq!(
            case(r#"<Tab title={"To a Site"} id=x active={true} n={42}/>"#),
            Some((
                "Tab".into(),
                attrs(&[
                    ("title", "To a Site"),
                    ("id", "x"),
                    ("active", "true"),
                    ("n", "42")
                ]),
                false,
                true
            ))
        );
        assert_eq!(
            case("</Alert >"),
            Some(("Alert".into(), vec![], true, false))
        );
        assert_eq!(case("<br/>"), Some(("br".into(), vec![], false, true)));
        assert_eq!(
            case("<Popover title=\"A\" content=\"x > y, {z}\n more\" />"),
            Some((
                "Popover".into(),
                attrs(&[("title", "A"), ("content", "x > y, {z}\n more")]),
                false,
                true
            ))
        );
        assert_eq!(
            case("<Expr v={{a: \"}\"}} />").unwrap().1,
            attrs(&[("v", "{a: \"}\"}")])
        );
        assert_eq!(
            case("<details open>").unwrap().1,
            attrs(&[("open", "true")])
        );
        assert_eq!(case("<a href=/x/>").unwrap().1, attrs(&[("href", "/x")]));
    }

    #[test]
    fn not_tags() {
        for text in [
            "< Alert>",
            "<1>",
            "<Alert title=\"unterminated>",
            "<Alert",
            "</Alert x>",
            "<a b={>",
        ] {
            assert_eq!(case(text), None, "{text}");
        }
    }
}
