//! Raw HTML in Markdown: inline tags go through the allow-list (kept and
//! dropped elements become frames; the content of `<script>`-like ones is
//! skipped), raw `<img>` sources are resolved, and an HTML block's nodes
//! become blocks.

use super::frame::{Frame, Kind};
use super::paragraphs::paragraphs;
use super::placeholders::Segment;
use super::Converter;
use crate::compile::html::{self, Token, Verdict};
use crate::document::{Block, Inline};

impl Converter<'_, '_, '_> {
    pub(super) fn inline_html(&mut self, raw: &str, at: usize) {
        for (_, token) in html::tokens(raw) {
            if let Some((name, _)) = &self.raw_text {
                if token == Token::End(name.clone()) {
                    self.raw_text = None;
                }
                continue;
            }
            match token {
                Token::Text(text) => self.push_text(&text),
                Token::End(name) => self.close_html(&name),
                Token::Start(tag) => {
                    let name = tag.name.to_ascii_lowercase();
                    let void = tag.self_closing || html::is_void(&name);
                    match html::verdict(&tag) {
                        Verdict::Keep(element) if void => {
                            let origin = self.extracted.text.original(at);
                            let node = self.compiler.resolve_image(self.unit, element, origin);
                            self.push_inline(node)
                        }
                        Verdict::Keep(element) => {
                            self.stack.push(Frame::new(Kind::Html(element), at))
                        }
                        Verdict::Unwrap => {}
                        Verdict::Drop if void => {}
                        Verdict::Drop if html::is_raw_text(&name) => {
                            self.raw_text = Some((name, at));
                        }
                        Verdict::Drop => {
                            let kind = Kind::Dropped {
                                name,
                                diagnostics: self.compiler.diagnostics.len(),
                                expanded: self.expanded.len(),
                            };
                            self.stack.push(Frame::new(kind, at));
                        }
                    }
                }
            }
        }
    }

    /// Stop skipping a raw-text element whose end tag did not come before
    /// the end of its block, and report it: the rest of the block is gone.
    pub(super) fn end_raw_text(&mut self) {
        let Some((name, at)) = self.raw_text.take() else {
            return;
        };
        let block = self
            .stack
            .iter()
            .rev()
            .find_map(|frame| match frame.kind {
                Kind::Paragraph => Some("paragraph"),
                Kind::Heading { .. } => Some("heading"),
                Kind::TableCell => Some("table cell"),
                Kind::Item { .. } => Some("list item"),
                _ => None,
            })
            .unwrap_or("block");
        let message = format!(
            "<{name}> is not closed with </{name}>: everything after it in this {block} is left out"
        );
        let origin = self.extracted.text.original(at);
        self.compiler
            .diagnostics
            .push(self.unit.warning(origin, message));
    }

    /// An HTML block's nodes, its raw `<img>`s resolved (each reported at
    /// its own tag) and raw text left unclosed reported.
    pub(super) fn html_block(&mut self, frame: &Frame) -> Vec<Inline> {
        let fragment = html::parse(&frame.raw);
        for (name, _, content) in &fragment.dropped {
            self.lose(name, content);
        }
        for (name, offset) in fragment.unclosed {
            let origin = self.extracted.text.original(frame.raw_origin(offset));
            let message = format!(
                "<{name}> is not closed with </{name}>: everything after it in this HTML block is left out"
            );
            self.compiler
                .diagnostics
                .push(self.unit.warning(origin, message));
        }
        let mut images = fragment
            .images
            .iter()
            .map(|&offset| self.extracted.text.original(frame.raw_origin(offset)))
            .collect::<Vec<_>>()
            .into_iter();
        self.compiler
            .resolve_images(self.unit, fragment.nodes, &mut images)
    }

    /// Close inline elements up to the one named `name`, if it is open. A
    /// dropped element closed by its own end tag goes with its content.
    fn close_html(&mut self, name: &str) {
        let open = self
            .stack
            .iter()
            .rev()
            .take_while(|f| is_html(&f.kind))
            .any(|f| html_name(&f.kind) == Some(name));
        if !open {
            return;
        }
        while let Some(frame) = self.stack.last().filter(|f| is_html(&f.kind)) {
            if html_name(&frame.kind) != Some(name) {
                self.close();
                continue;
            }
            match &frame.kind {
                Kind::Dropped {
                    name,
                    diagnostics,
                    expanded,
                } => {
                    let (name, diagnostics, expanded) = (name.clone(), *diagnostics, *expanded);
                    let frame = self.stack.pop().expect("the frame looked at");
                    self.compiler.diagnostics.truncate(diagnostics);
                    for index in self.expanded.split_off(expanded) {
                        self.lost.entry(index).or_insert_with(|| name.clone());
                    }
                    self.lose(&name, &frame.inlines);
                }
                _ => self.close(),
            }
            break;
        }
    }
}

/// Kept or dropped inline HTML elements.
pub(super) fn is_html(kind: &Kind) -> bool {
    matches!(kind, Kind::Html(_) | Kind::Dropped { .. })
}

fn html_name(kind: &Kind) -> Option<&str> {
    match kind {
        Kind::Html(element) => Some(&element.tag),
        Kind::Dropped { name, .. } => Some(name),
        _ => None,
    }
}

/// An HTML block's nodes: kept elements become blocks, other runs paragraphs.
pub(super) fn html_blocks(segments: Vec<Segment>) -> Vec<Block> {
    let segments = segments
        .into_iter()
        .map(|segment| match segment {
            Segment::Inline(Inline::Html(element)) if !is_inline_tag(&element.tag) => {
                Segment::Block {
                    block: Block::Html(element),
                    piece: None,
                }
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
