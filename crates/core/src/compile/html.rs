//! The raw-HTML allow-list: which tags, attributes and URLs content may use.
//!
//! Raw HTML is read into tokens, then each tag gets a [`Verdict`]: kept (with
//! vetted attributes), unwrapped (its children stay, the tag goes), or dropped
//! with everything inside it. No `<script>`, no `on*` attributes, no
//! `javascript:` or `data:` URLs (except `data:image/` in `img`), and `style`
//! keeps only properties that cannot escape the box (see [`crate::safety`]).
//!
//! Dropping is of two kinds. The raw text of `<script>`-like elements is
//! code, never content: it is skipped up to the end tag, or to the end of
//! the fragment when there is none (and that is reported). Other dropped
//! elements (`<button>`, `<video>`, `<svg>`...) hold ordinary nodes, which
//! cannot run anything once the element is gone: they are dropped with the
//! element when its end tag comes, and kept (the element unwrapped) when it
//! never does, so a missing end tag hides nothing.

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

/// Is `name` a dropped element whose content is raw text (`<script>`,
/// `<style>`...), skipped whole?
pub fn is_raw_text(name: &str) -> bool {
    RAW_TEXT.contains(&name)
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

/// Split raw HTML into tokens, each with the offset it starts at. Comments,
/// doctypes and processing instructions vanish; the raw text of
/// `<script>`-like elements is skipped.
pub fn tokens(html: &str) -> Vec<(usize, Token)> {
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
        push_text(&mut out, html, text_start, start);
        at = match (skip_to, tag) {
            (Some(end), _) => end,
            (None, Some(tag)) => {
                let end = tag.end;
                let name = tag.name.to_ascii_lowercase();
                if tag.closing {
                    out.push((start, Token::End(name)));
                    end
                } else if is_raw_text(&name) && !tag.self_closing {
                    // The raw text is skipped; the end tag is emitted only when
                    // it is in this fragment (inline HTML arrives tag by tag).
                    out.push((start, Token::Start(tag)));
                    let (skipped_to, closed) = skip_raw_text(html, end, &name);
                    if let Some(close) = closed {
                        out.push((close, Token::End(name)));
                    }
                    skipped_to
                } else {
                    out.push((start, Token::Start(tag)));
                    end
                }
            }
            (None, None) => unreachable!("handled above"),
        };
        text_start = at;
    }
    push_text(&mut out, html, text_start, html.len());
    out
}

fn push_text(out: &mut Vec<(usize, Token)>, html: &str, start: usize, end: usize) {
    if start < end {
        out.push((start, Token::Text(entities::decode(&html[start..end]))));
    }
}

/// The offset just past `</name ...>` after `from` and where that end tag
/// starts, or the end of the text and `None` when there is no end tag.
fn skip_raw_text(html: &str, from: usize, name: &str) -> (usize, Option<usize>) {
    let lower = html[from..].to_ascii_lowercase();
    let close = format!("</{name}");
    match lower.find(&close) {
        Some(i) => (
            html[from + i..]
                .find('>')
                .map_or(html.len(), |e| from + i + e + 1),
            Some(from + i),
        ),
        None => (html.len(), None),
    }
}

/// A fragment of raw HTML built into nodes, with the offsets (in the
/// fragment) a caller needs to resolve images and report problems.
#[derive(Debug, Default)]
pub struct Fragment {
    pub nodes: Vec<Inline>,
    /// Where each kept `<img>` tag starts, in the order they occur in `nodes`
    /// (depth first).
    pub images: Vec<usize>,
    /// Raw-text elements (`<script>`...) with no end tag: the name and where
    /// the tag starts. Everything after such a tag was skipped.
    pub unclosed: Vec<(String, usize)>,
    /// Elements dropped with their content: the name, where the tag starts,
    /// and what was inside (a raw-text element's skipped text as one text
    /// node), for a caller to find what it must not lose silently.
    pub dropped: Vec<(String, usize, Vec<Inline>)>,
}

/// Build a fragment of raw HTML (an HTML block, a Popover's `content`):
/// sanitised nodes. Unclosed elements are closed at the end.
pub fn parse(html: &str) -> Fragment {
    let mut builder = FragmentBuilder::default();
    let mut tokens = tokens(html).into_iter().peekable();
    while let Some((at, token)) = tokens.next() {
        if let Token::Start(tag) = &token {
            let name = tag.name.to_ascii_lowercase();
            let next = tokens.peek();
            let closed = matches!(next, Some((_, Token::End(end))) if *end == name);
            if is_raw_text(&name) && !tag.self_closing {
                let skipped_to = next.map_or(html.len(), |(next_at, _)| *next_at);
                let skipped = html.get(tag.end..skipped_to).unwrap_or_default();
                let content = vec![Inline::text(skipped)];
                builder.fragment.dropped.push((name.clone(), at, content));
                if !closed {
                    builder.fragment.unclosed.push((name, at));
                }
            }
        }
        builder.push(at, token);
    }
    builder.finish()
}

/// An element open while a fragment is built.
struct Open {
    element: Element,
    /// A dropped element: discarded with its children at its end tag, and
    /// unwrapped (children kept) if closed any other way.
    dropped: bool,
    /// How many images were found before it opened.
    images: usize,
    /// Where its start tag is.
    at: usize,
}

/// Builds a tree from tokens.
#[derive(Default)]
struct FragmentBuilder {
    /// Open elements, innermost last; the root is `fragment.nodes`.
    open: Vec<Open>,
    fragment: Fragment,
}

impl FragmentBuilder {
    fn children(&mut self) -> &mut Vec<Inline> {
        match self.open.last_mut() {
            Some(open) => &mut open.element.children,
            None => &mut self.fragment.nodes,
        }
    }

    fn push(&mut self, at: usize, token: Token) {
        match token {
            Token::End(name) => {
                if !self.open.iter().any(|open| open.element.tag == name) {
                    return;
                }
                while let Some(open) = self.open.pop() {
                    let done = open.element.tag == name;
                    if done && open.dropped {
                        self.fragment.images.truncate(open.images);
                        let dropped = (open.element.tag, open.at, open.element.children);
                        self.fragment.dropped.push(dropped);
                    } else {
                        self.close(open);
                    }
                    if done {
                        break;
                    }
                }
            }
            Token::Text(text) => self.children().push(Inline::text(text)),
            Token::Start(tag) => {
                let name = tag.name.to_ascii_lowercase();
                let void = tag.self_closing || is_void(&name);
                let images = self.fragment.images.len();
                match verdict(&tag) {
                    Verdict::Keep(element) if void => {
                        if element.tag == "img" {
                            self.fragment.images.push(at);
                        }
                        self.children().push(Inline::Html(element))
                    }
                    Verdict::Keep(element) => self.open.push(Open {
                        element,
                        dropped: false,
                        images,
                        at,
                    }),
                    Verdict::Unwrap => {}
                    // Raw text was skipped by `tokens`; its end tag is ignored.
                    Verdict::Drop if void || is_raw_text(&name) => {}
                    Verdict::Drop => self.open.push(Open {
                        element: Element {
                            tag: name,
                            attrs: Vec::new(),
                            children: Vec::new(),
                        },
                        dropped: true,
                        images,
                        at,
                    }),
                }
            }
        }
    }

    /// An element closed other than by a dropped element's own end tag: kept
    /// ones become nodes, dropped ones leave their children.
    fn close(&mut self, open: Open) {
        if open.dropped {
            self.children().extend(open.element.children);
        } else {
            self.children().push(Inline::Html(open.element));
        }
    }

    fn finish(mut self) -> Fragment {
        while let Some(open) = self.open.pop() {
            self.close(open);
        }
        self.fragment
    }
}

#[cfg(test)]
mod tests;
