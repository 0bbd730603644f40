//! The raw-HTML allow-list: which tags, attributes and URLs content may use.
//!
//! Raw HTML is read into tokens, then each tag gets a [`Verdict`]: kept (with
//! vetted attributes), unwrapped (its children stay, the tag goes), or dropped
//! with everything inside it. No `<script>`, no `on*` attributes, no
//! `javascript:` or `data:` URLs (except `data:image/` in `img`), and `style`
//! keeps only properties that cannot escape the box (see [`crate::safety`]).

use super::entities;
use super::tag::{read_tag, Tag};
use crate::document::{Element, Inline};
use crate::safety::{safe_style, safe_url, ALLOWED_TAGS, PLAIN_ATTRIBUTES};

/// One piece of raw HTML.
#[derive(Debug, Clone, PartialEq)]
pub enum Token {
    Start(Tag),
    End(String),
    Text(String),
}

/// What happens to a tag.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// Kept as an element with these vetted attributes.
    Keep(Element),
    /// The tag goes; what is inside stays.
    Unwrap,
    /// The tag and everything inside it go.
    Drop,
}

const DROPPED: &[&str] = &[
    "applet", "audio", "base", "button", "embed", "form", "frame", "frameset", "head", "iframe",
    "input", "link", "math", "meta", "noscript", "object", "param", "script", "select", "source",
    "style", "svg", "template", "textarea", "title", "video", "xmp",
];

/// Elements whose content is raw text, skipped whole when dropped.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noscript", "template",
];

const VOID: &[&str] = &[
    "br", "hr", "img", "wbr", "input", "meta", "link", "base", "source", "param", "embed",
];

/// Is `name` an element with no content (`<br>`, `<img>`)?
pub fn is_void(name: &str) -> bool {
    VOID.contains(&name)
}

/// The verdict for a start tag.
pub fn verdict(tag: &Tag) -> Verdict {
    let name = tag.name.to_ascii_lowercase();
    if DROPPED.contains(&name.as_str()) {
        return Verdict::Drop;
    }
    if !ALLOWED_TAGS.contains(&name.as_str()) {
        return Verdict::Unwrap;
    }
    let mut attrs: Vec<(String, String)> = Vec::new();
    for attr in &tag.attrs {
        let key = match attr.name.to_ascii_lowercase().as_str() {
            "classname" => "class".to_string(),
            other => other.to_string(),
        };
        let value = tag.attr(&attr.name).unwrap_or_default();
        let kept = match key.as_str() {
            "href" if name == "a" => safe_url(&value, false),
            "src" if name == "img" => safe_url(&value, true),
            "style" => safe_style(&value),
            key if PLAIN_ATTRIBUTES.contains(&key) => Some(value),
            _ => None,
        };
        if let Some(value) = kept {
            if !attrs.iter().any(|(k, _)| *k == key) {
                attrs.push((key, value));
            }
        }
    }
    Verdict::Keep(Element {
        tag: name,
        attrs,
        children: Vec::new(),
    })
}

/// Split raw HTML into tokens. Comments, doctypes and processing
/// instructions vanish; the raw text of `<script>`-like elements is skipped.
pub fn tokens(html: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut text_start = 0;
    let mut at = 0;
    while let Some(found) = html[at..].find('<') {
        let start = at + found;
        let rest = &html[start..];
        let skip_to = if rest.starts_with("<!--") {
            Some(rest.find("-->").map_or(html.len(), |e| start + e + 3))
        } else if rest.starts_with("<!") || rest.starts_with("<?") {
            Some(rest.find('>').map_or(html.len(), |e| start + e + 1))
        } else {
            None
        };
        let tag = if skip_to.is_none() {
            read_tag(html, start)
        } else {
            None
        };
        if skip_to.is_none() && tag.is_none() {
            at = start + 1;
            continue;
        }
        push_text(&mut out, &html[text_start..start]);
        at = match (skip_to, tag) {
            (Some(end), _) => end,
            (None, Some(tag)) => {
                let end = tag.end;
                let name = tag.name.to_ascii_lowercase();
                if tag.closing {
                    out.push(Token::End(name));
                    end
                } else if RAW_TEXT.contains(&name.as_str()) && !tag.self_closing {
                    // The raw text is skipped; the end tag is emitted only when
                    // it is in this fragment (inline HTML arrives tag by tag).
                    out.push(Token::Start(tag));
                    let (skipped_to, closed) = skip_raw_text(html, end, &name);
                    if closed {
                        out.push(Token::End(name));
                    }
                    skipped_to
                } else {
                    out.push(Token::Start(tag));
                    end
                }
            }
            (None, None) => unreachable!("handled above"),
        };
        text_start = at;
    }
    push_text(&mut out, &html[text_start..]);
    out
}

fn push_text(out: &mut Vec<Token>, text: &str) {
    if !text.is_empty() {
        out.push(Token::Text(entities::decode(text)));
    }
}

/// The offset just past `</name ...>` after `from` and true, or the end of
/// the text and false when there is no end tag.
fn skip_raw_text(html: &str, from: usize, name: &str) -> (usize, bool) {
    let lower = html[from..].to_ascii_lowercase();
    let close = format!("</{name}");
    match lower.find(&close) {
        Some(i) => (
            html[from + i..]
                .find('>')
                .map_or(html.len(), |e| from + i + e + 1),
            true,
        ),
        None => (html.len(), false),
    }
}

/// Build sanitised inline nodes from a fragment of raw HTML (an HTML block,
/// a Popover's `content`). Unclosed elements are closed at the end.
pub fn fragment(html: &str) -> Vec<Inline> {
    let mut builder = FragmentBuilder::default();
    for token in tokens(html) {
        builder.push(token);
    }
    builder.finish()
}

/// Builds a tree from tokens; also used for inline HTML inside Markdown.
#[derive(Default)]
struct FragmentBuilder {
    /// Open kept elements, innermost last; the root is `roots`.
    open: Vec<Element>,
    roots: Vec<Inline>,
    /// Names of dropped elements we are inside of.
    dropping: Vec<String>,
}

impl FragmentBuilder {
    fn children(&mut self) -> &mut Vec<Inline> {
        match self.open.last_mut() {
            Some(element) => &mut element.children,
            None => &mut self.roots,
        }
    }

    fn push(&mut self, token: Token) {
        match token {
            Token::End(name) => {
                if let Some(i) = self.dropping.iter().rposition(|n| *n == name) {
                    self.dropping.truncate(i);
                } else if self.dropping.is_empty() && self.open.iter().any(|e| e.tag == name) {
                    while let Some(element) = self.open.pop() {
                        let done = element.tag == name;
                        self.children().push(Inline::Html(element));
                        if done {
                            break;
                        }
                    }
                }
            }
            _ if !self.dropping.is_empty() => {
                if let Token::Start(tag) = token {
                    if !tag.self_closing && !is_void(&tag.name.to_ascii_lowercase()) {
                        self.dropping.push(tag.name.to_ascii_lowercase());
                    }
                }
            }
            Token::Text(text) => self.children().push(Inline::text(text)),
            Token::Start(tag) => match verdict(&tag) {
                Verdict::Keep(element) if tag.self_closing || is_void(&element.tag) => {
                    self.children().push(Inline::Html(element))
                }
                Verdict::Keep(element) => self.open.push(element),
                Verdict::Unwrap => {}
                Verdict::Drop if tag.self_closing || is_void(&tag.name.to_ascii_lowercase()) => {}
                Verdict::Drop => self.dropping.push(tag.name.to_ascii_lowercase()),
            },
        }
    }

    fn finish(mut self) -> Vec<Inline> {
        while let Some(element) = self.open.pop() {
            self.children().push(Inline::Html(element));
        }
        self.roots
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(nodes: &[Inline]) -> String {
        nodes
            .iter()
            .map(|node| match node {
                Inline::Text { text } => text.clone(),
                Inline::Html(e) => {
                    let attrs: String = e
                        .attrs
                        .iter()
                        .map(|(k, v)| format!(" {k}=\"{v}\""))
                        .collect();
                    format!("<{}{attrs}>{}</{}>", e.tag, render(&e.children), e.tag)
                }
                other => format!("{other:?}"),
            })
            .collect()
    }

    fn case(html: &str, expected: &str) {
        assert_eq!(render(&fragment(html)), expected, "for {html}");
    }

    #[test]
    fn allowed_markup_stays() {
        case(
            "<span style=\"color:green\">✔</span>",
            "<span style=\"color: green\">✔</span>",
        );
        case("<hr className=\"x\">", "<hr class=\"x\"></hr>");
        case("a<br/>b", "a<br></br>b");
        case(
            "<dl><dt>T</dt><dd>D &amp; more</dd></dl>",
            "<dl><dt>T</dt><dd>D & more</dd></dl>",
        );
        case(
            "<img src=\"data:image/png;base64,AA\" alt=x>",
            "<img src=\"data:image/png;base64,AA\" alt=\"x\"></img>",
        );
    }

    #[test]
    fn script_never_survives() {
        case("<script>alert(1)</script>ok", "ok");
        case("<SCRIPT>if (a<b) x()</SCRIPT>ok", "ok");
        case("<img src=x onerror=\"alert(1)\">", "<img src=\"x\"></img>");
        case("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>");
        case("<a href=\" JaVa\tScript:alert(1)\">x</a>", "<a>x</a>");
        case("<a href=\"data:text/html,<script>\">x</a>", "<a>x</a>");
        case(
            "<iframe src=\"https://e.x\"><p>in</p></iframe>after",
            "after",
        );
        case("<svg><script>x</script><p>in</p></svg>after", "after");
        case(
            "<span style=\"position:fixed; color: red; background: url(x)\">s</span>",
            "<span style=\"color: red\">s</span>",
        );
        case("<!-- <script>x</script> -->ok", "ok");
    }

    #[test]
    fn unknown_tags_keep_their_text() {
        case("<center>mid</center>", "mid");
        case("<span>open", "<span>open</span>");
        case("stray</div>", "stray");
    }
}
