//! Raw HTML in Markdown: inline tags go through the allow-list (kept
//! elements become frames, dropped ones swallow their text), raw `<img>`
//! sources are resolved, and an HTML block's nodes become blocks.

use super::frame::{Frame, Kind};
use super::paragraphs::paragraphs;
use super::placeholders::Segment;
use super::Converter;
use crate::compile::html::{self, Token, Verdict};
use crate::document::{Block, Element, Inline};

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
                        Verdict::Keep(mut element) if void => {
                            self.resolve_image(&mut element, at);
                            self.push_inline(Inline::Html(element))
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

    /// A raw `<img>`'s relative `src` is resolved and copied like a Markdown image's.
    fn resolve_image(&mut self, element: &mut Element, at: usize) {
        if element.tag != "img" {
            return;
        }
        let origin = self.extracted.text.original(at);
        if let Some((_, src)) = element.attrs.iter_mut().find(|(name, _)| name == "src") {
            let (resolved, _) = self.compiler.image(self.unit, origin, src);
            *src = resolved;
        }
    }

    pub(super) fn resolve_images(&mut self, nodes: &mut [Inline], at: usize) {
        for node in nodes {
            if let Inline::Html(element) = node {
                self.resolve_image(element, at);
                self.resolve_images(&mut element.children, at);
            }
        }
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

fn is_inline_tag(tag: &str) -> bool {
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
