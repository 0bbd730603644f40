//! What content may point at and how it may be styled: the URL and style
//! checks shared by the compiler's HTML allow-list and the reader, which
//! applies them again to whatever a bundle contains.

/// Raw-HTML elements content may use; anything else is unwrapped or dropped.
pub const ALLOWED_TAGS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "dd",
    "del",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "samp",
    "small",
    "span",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "u",
    "ul",
    "var",
    "wbr",
];

/// Attributes kept as written on allowed elements. `href` (on `a`), `src`
/// (on `img`) and `style` are kept too, after [`safe_url`] and [`safe_style`].
pub const PLAIN_ATTRIBUTES: &[&str] = &[
    "class",
    "id",
    "title",
    "lang",
    "dir",
    "colspan",
    "rowspan",
    "width",
    "height",
    "align",
    "alt",
    "open",
    "start",
    "reversed",
    "datetime",
    "cite",
    "scope",
    "headers",
    "role",
    "aria-label",
    "aria-hidden",
];

const STYLE_PROPERTIES: &[&str] = &[
    "color",
    "background-color",
    "font-weight",
    "font-style",
    "text-align",
    "text-decoration",
    "vertical-align",
    "white-space",
];

/// `url` if it is safe to follow: relative, `#...`, http(s), mailto, tel;
/// for images also `data:image/...`. `None` for `javascript:` and the like.
pub fn safe_url(url: &str, image: bool) -> Option<String> {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect();
    let lower = cleaned.to_ascii_lowercase();
    let scheme_end =
        lower.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')));
    let has_scheme = scheme_end.is_some_and(|end| end > 0 && lower[end..].starts_with(':'));
    if !has_scheme {
        return Some(url.trim().to_string());
    }
    let allowed = ["http:", "https:", "mailto:", "tel:"]
        .iter()
        .any(|s| lower.starts_with(s))
        || (image && lower.starts_with("data:image/"));
    allowed.then(|| url.trim().to_string())
}

/// Keep only harmless `property: value` pairs of an inline style.
pub fn safe_style(style: &str) -> Option<String> {
    let kept: Vec<String> = style
        .split(';')
        .filter_map(|decl| {
            let (property, value) = decl.split_once(':')?;
            let property = property.trim().to_ascii_lowercase();
            let value = value.trim();
            let value_lower = value.to_ascii_lowercase();
            let harmful = ["url(", "expression", "\\", "@", "<", "javascript", "var("]
                .iter()
                .any(|bad| value_lower.contains(bad));
            (STYLE_PROPERTIES.contains(&property.as_str()) && !harmful && !value.is_empty())
                .then(|| format!("{property}: {value}"))
        })
        .collect();
    (!kept.is_empty()).then(|| kept.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        for (url, image, safe) in [
            ("/docs/x", false, true),
            ("#h", false, true),
            ("https://e.x", false, true),
            ("mailto:a@b", false, true),
            ("javascript:alert(1)", false, false),
            (" JaVa\tScript:alert(1)", false, false),
            ("java\nscript:x", false, false),
            ("\u{1}javascript:x", false, false),
            ("vbscript:x", false, false),
            ("data:text/html,x", false, false),
            ("data:image/png;base64,AA", true, true),
            ("data:image/png;base64,AA", false, false),
        ] {
            assert_eq!(safe_url(url, image).is_some(), safe, "{url:?}");
        }
    }

    #[test]
    fn styles() {
        assert_eq!(safe_style("color:green").as_deref(), Some("color: green"));
        assert_eq!(safe_style("position: fixed; top: 0"), None);
        assert_eq!(
            safe_style("color: red; background: url(x)").as_deref(),
            Some("color: red")
        );
    }
}
