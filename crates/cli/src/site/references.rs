//! Finding and rewriting references to site files inside the shell's text
//! files (HTML, JavaScript, CSS, web app manifest).
//!
//! A reference is a file's site path written literally between delimiters:
//! after a quote, a backtick or `(` (CSS `url(...)`), optionally behind
//! `./`, and followed by a quote, a backtick, `)`, `?` or `#`. So
//! `"primer.js"`, `'./primer_bg.wasm'`, `url(primer.css)` and
//! `"primer.css?v=2"` are references to their files; `primer.json`,
//! `"./primer_bg.js"` and `primer:theme` are not references to `primer.js`.

use std::collections::{BTreeMap, BTreeSet};

/// Characters that may open a reference.
const OPENERS: [char; 4] = ['"', '\'', '`', '('];
/// Characters that may close one.
const CLOSERS: [char; 6] = ['"', '\'', '`', ')', '?', '#'];

/// One reference found in a text.
struct Found<'a> {
    /// Where the reference starts (after the opener, at `./` if any).
    start: usize,
    /// Where it ends (at the closer).
    end: usize,
    name: &'a str,
    dot_slash: bool,
}

/// Every reference in `text` to one of `names`, in order. At each opener
/// the longest name that fits wins.
fn scan<'a, I>(text: &str, names: I) -> Vec<Found<'a>>
where
    I: IntoIterator<Item = &'a str> + Clone,
{
    let mut found = Vec::new();
    for (at, opener) in text.char_indices() {
        if !OPENERS.contains(&opener) {
            continue;
        }
        let start = at + opener.len_utf8();
        let rest = &text[start..];
        let (dot_slash, body) = match rest.strip_prefix("./") {
            Some(body) => (true, body),
            None => (false, rest),
        };
        let best = names
            .clone()
            .into_iter()
            .filter(|name| {
                body.strip_prefix(name)
                    .and_then(|after| after.chars().next())
                    .is_some_and(|c| CLOSERS.contains(&c))
            })
            .max_by_key(|name| name.len());
        if let Some(name) = best {
            let end = start + if dot_slash { 2 } else { 0 } + name.len();
            found.push(Found {
                start,
                end,
                name,
                dot_slash,
            });
        }
    }
    found
}

/// The names in `names` that `text` refers to.
pub fn referenced<'a>(text: &str, names: &BTreeSet<&'a str>) -> BTreeSet<&'a str> {
    scan(text, names.iter().copied())
        .into_iter()
        .map(|f| f.name)
        .collect()
}

/// `text` with each reference to a key of `urls` replaced by its value. A
/// `./` in front stays when the new URL is relative too (an ES module
/// import needs it) and goes when the new URL is absolute (`/docs/...`).
pub fn rewrite(text: &str, urls: &BTreeMap<&str, String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for found in scan(text, urls.keys().copied()) {
        let url = &urls[found.name];
        out.push_str(&text[copied..found.start]);
        if found.dot_slash && !url.starts_with('/') {
            out.push_str("./");
        }
        out.push_str(url);
        copied = found.end;
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(text: &str, expected: &str) {
        let urls = BTreeMap::from([
            ("primer.js", "primer.0123456789.js".to_string()),
            ("primer_bg.wasm", "primer_bg.abcdef0123.wasm".to_string()),
            ("primer.css", "primer.fedcba9876.css".to_string()),
            ("icons/icon.svg", "/docs/guide/icons/icon.svg".to_string()),
        ]);
        assert_eq!(rewrite(text, &urls), expected, "rewriting {text:?}");
    }

    #[test]
    fn references_are_rewritten() {
        case(
            r#"<link rel="stylesheet" href="primer.css">"#,
            r#"<link rel="stylesheet" href="primer.fedcba9876.css">"#,
        );
        case(
            r#"import init from "./primer.js";"#,
            r#"import init from "./primer.0123456789.js";"#,
        );
        case(
            "new URL('primer_bg.wasm', import.meta.url)",
            "new URL('primer_bg.abcdef0123.wasm', import.meta.url)",
        );
        case(
            "new URL('./primer_bg.wasm', import.meta.url)",
            "new URL('./primer_bg.abcdef0123.wasm', import.meta.url)",
        );
        case("`primer.css`", "`primer.fedcba9876.css`");
        case("url(primer.css)", "url(primer.fedcba9876.css)");
        case("'primer.css?v=1'", "'primer.fedcba9876.css?v=1'");
        case("'primer.css#x'", "'primer.fedcba9876.css#x'");
        case(
            r#"<link rel="icon" href="./icons/icon.svg">"#,
            r#"<link rel="icon" href="/docs/guide/icons/icon.svg">"#,
        );
        case(
            r#"a("primer.js") + b('primer.css')"#,
            r#"a("primer.0123456789.js") + b('primer.fedcba9876.css')"#,
        );
    }

    #[test]
    fn look_alikes_are_left_alone() {
        for text in [
            r#""./primer_bg.js": import0"#,
            r#""primer.json""#,
            "primer.js",
            r#""xprimer.js""#,
            r#""../primer.js""#,
            r#""lib/primer.js""#,
            r#"localStorage.getItem("primer:theme")"#,
            r#""primer.js"#,
            "",
            "\"",
            "é'ü(",
        ] {
            case(text, text);
        }
    }

    #[test]
    fn referenced_names() {
        let names = BTreeSet::from(["primer.js", "primer.css", "theme.js"]);
        let found = referenced(
            r#"<script src="theme.js"></script><link href="primer.css">"#,
            &names,
        );
        assert_eq!(found, BTreeSet::from(["primer.css", "theme.js"]));
        assert!(referenced("no references", &names).is_empty());
    }
}
