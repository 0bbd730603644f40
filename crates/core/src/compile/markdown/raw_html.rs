//! Raw HTML in Markdown: inline tags go through the allow-list (kept
//! elements become frames, dropped ones swallow their text), raw `<img>`
//! sources are resolved, and an HTML block's nodes become blocks.

use super::frame::{Frame, Kind};
use super::paragraphs::paragraphs;
use super::placeholders::Segment;
use super::Converter;
use crate::compile::html::{self, Token, Verdict};
use crate::document::{Block, Element, Image, Inline};

impl Converter<'_, '_, '_> {
    pub(super) fn inline_html(&mut self, raw: &str, at: usize) {
        for token in html::tokens(raw) {
            match token {
                Token::Text(text) if self.dropping.is_empty() => self.push_text(&text),
                Token::Text(_) => {}
                Token::End(name) => {
                    if let Some(i) = self.dropping.iter().rposition(|n| *n == name) {
                        self.dropping.truncate(i);
                    } else if self.dropping.is_empty() {
                        self.close_html(&name);
                    }
                }
                Token::Start(_) if !self.dropping.is_empty() => {}
                Token::Start(tag) => {
                    let void = tag.self_closing || html::is_void(&tag.name.to_ascii_lowercase());
                    match html::verdict(&tag) {
                        Verdict::Keep(element) if void => {
                            let node = self.resolve_image(element, at);
                            self.push_inline(node)
                        }
                        Verdict::Keep(element) => {
                            self.stack.push(Frame::new(Kind::Html(element), at))
                        }
                        Verdict::Drop if !void => self.dropping.push(tag.name.to_ascii_lowercase()),
                        Verdict::Drop | Verdict::Unwrap => {}
                    }
                }
            }
        }
    }

    /// A raw `<img>`'s relative `src` is resolved and copied like a Markdown
    /// image's; when the file is missing it becomes a missing [`Image`], so
    /// the reader shows its alt text, as for a Markdown image.
    fn resolve_image(&mut self, mut element: Element, at: usize) -> Inline {
        if element.tag != "img" {
            return Inline::Html(element);
        }
        let origin = self.extracted.text.original(at);
        let Some((_, src)) = element.attrs.iter_mut().find(|(name, _)| name == "src") else {
            return Inline::Html(element);
        };
        let (resolved, missing) = self.compiler.image(self.unit, origin, src);
        *src = resolved;
        if !missing {
            return Inline::Html(element);
        }
        let attr = |name: &str| {
            let value = element.attrs.iter().find(|(n, _)| n == name);
            value.map(|(_, v)| v.clone()).unwrap_or_default()
        };
        Inline::Image(Image {
            src: attr("src"),
            alt: attr("alt"),
            title: attr("title"),
            missing: true,
        })
    }

    /// Resolve the raw `<img>`s among an HTML block's nodes.
    pub(super) fn resolve_images(&mut self, nodes: Vec<Inline>, at: usize) -> Vec<Inline> {
        nodes
            .into_iter()
            .map(|node| match node {
                Inline::Html(mut element) => {
                    let children = std::mem::take(&mut element.children);
                    element.children = self.resolve_images(children, at);
                    self.resolve_image(element, at)
                }
                other => other,
            })
            .collect()
    }

    /// Close kept inline elements up to the one named `name`, if it is open.
    fn close_html(&mut self, name: &str) {
        let open = self
            .stack
            .iter()
            .rev()
            .take_while(|f| matches!(f.kind, Kind::Html(_)))
            .any(|f| matches!(&f.kind, Kind::Html(e) if e.tag == name));
        if !open {
            return;
        }
        while let Some(Frame {
            kind: Kind::Html(e),
            ..
        }) = self.stack.last()
        {
            let done = e.tag == name;
            self.close();
            if done {
                break;
            }
        }
    }
}

/// An HTML block's nodes: kept elements become blocks, other runs paragraphs.
pub(super) fn html_blocks(segments: Vec<Segment>) -> Vec<Block> {
    let segments = segments
        .into_iter()
        .map(|segment| match segment {
            Segment::Inline(Inline::Html(element)) if !is_inline_tag(&element.tag) => {
                Segment::Block(Block::Html(element))
            }
            other => other,
        })
        .collect();
    paragraphs(segments)
}

/// Elements that sit inside a line of text (`span`, `kbd`, `img`...).
pub(super) fn is_inline_tag(tag: &str) -> bool {
    matches!(
        tag,
        "a" | "abbr"
            | "b"
            | "br"
            | "cite"
            | "code"
            | "del"
            | "dfn"
            | "em"
            | "i"
            | "img"
            | "ins"
            | "kbd"
            | "mark"
            | "q"
            | "s"
            | "samp"
            | "small"
            | "span"
            | "strong"
            | "sub"
            | "sup"
            | "time"
            | "u"
            | "var"
            | "wbr"
    )
}
