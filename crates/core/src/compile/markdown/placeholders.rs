//! Component placeholders in Markdown text: in prose they become the
//! components they stand for; in code they turn back into their source.

use super::paragraphs::trim_edges;
use super::raw_html::is_inline_tag;
use super::Converter;
use crate::compile::components::{placeholder, CLOSE, OPEN};
use crate::compile::flatten::flatten;
use crate::document::{Block, Element, Inline};

/// A piece of an expanded inline run: inline, or a block (a block component,
/// or a kept HTML element in an HTML block) that splits the paragraph it
/// stood in.
pub(super) enum Segment {
    Inline(Inline),
    Block {
        block: Block,
        /// The index of the component piece it was built from, if any.
        piece: Option<usize>,
    },
}

impl Converter<'_, '_, '_> {
    /// Replace placeholders in text nodes (and inside kept HTML) by components.
    pub(super) fn expand(&mut self, inlines: Vec<Inline>) -> Vec<Segment> {
        let mut out = Vec::new();
        for inline in inlines {
            match inline {
                Inline::Text { text } if text.contains(OPEN) => self.expand_text(&text, &mut out),
                Inline::Html(element) if is_inline_tag(&element.tag) => {
                    self.expand_element(element, &mut out)
                }
                Inline::Html(mut element) => {
                    let place = format!("a <{}> element", element.tag);
                    element.children = self.inline_only(element.children, &place);
                    out.push(Segment::Inline(Inline::Html(element)));
                }
                other => out.push(Segment::Inline(other)),
            }
        }
        out
    }

    /// An inline element's children expanded. It holds only inlines, so a
    /// block component inside it splits it, as it splits a paragraph: the
    /// element before the block, the block, the element after (pieces with
    /// only white space left are dropped). Other elements (`div`, `td`...)
    /// are not split, which would break their structure: a block component
    /// in them is kept as its text.
    fn expand_element(&mut self, mut element: Element, out: &mut Vec<Segment>) {
        let children = std::mem::take(&mut element.children);
        let mut run = Vec::new();
        let mut split = false;
        for segment in self.expand(children) {
            match segment {
                Segment::Inline(inline) => run.push(inline),
                block @ Segment::Block { .. } => {
                    let mut children = std::mem::take(&mut run);
                    trim_edges(&mut children);
                    if !children.is_empty() {
                        out.push(Segment::Inline(Inline::Html(Element {
                            children,
                            ..element.clone()
                        })));
                    }
                    out.push(block);
                    split = true;
                }
            }
        }
        if split {
            trim_edges(&mut run);
        }
        if !split || !run.is_empty() {
            element.children = run;
            out.push(Segment::Inline(Inline::Html(element)));
        }
    }

    fn expand_text(&mut self, text: &str, out: &mut Vec<Segment>) {
        let mut rest = text;
        while let Some(open) = rest.find(OPEN) {
            let after = &rest[open + OPEN.len_utf8()..];
            let Some(close) = after.find(CLOSE) else {
                break;
            };
            let Ok(index) = after[..close].parse::<usize>() else {
                break;
            };
            let Some(piece) = self.extracted.pieces.get(index) else {
                break;
            };
            if open > 0 {
                out.push(Segment::Inline(Inline::text(&rest[..open])));
            }
            self.expanded.push(index);
            if piece.block {
                let block = self.compiler.block_component(self.unit, piece);
                let piece = Some(index);
                out.push(Segment::Block { block, piece });
            } else {
                let inlines = self.compiler.inline_component(self.unit, piece);
                out.extend(inlines.into_iter().map(Segment::Inline));
            }
            rest = &after[close + CLOSE.len_utf8()..];
        }
        if !rest.is_empty() {
            out.push(Segment::Inline(Inline::text(rest)));
        }
    }

    /// Expand where only inlines can go (`place`: "a heading", "a table
    /// cell"...): a block component here is reduced to its text and, unless
    /// nothing is lost, reported. Kept elements are not split here (as
    /// `expand` splits inline ones): the component's text stays inside its
    /// element.
    pub(super) fn inline_only(&mut self, inlines: Vec<Inline>, place: &str) -> Vec<Inline> {
        let mut out = Vec::new();
        for inline in inlines {
            let segments = match inline {
                Inline::Html(mut element) => {
                    element.children = self.inline_only(element.children, place);
                    vec![Segment::Inline(Inline::Html(element))]
                }
                other => self.expand(vec![other]),
            };
            for segment in segments {
                match segment {
                    Segment::Inline(inline) => out.push(inline),
                    Segment::Block { block, piece } => {
                        let flat = flatten(block);
                        if let Some(instead) = flat.instead {
                            let piece = piece.and_then(|i| self.extracted.pieces.get(i));
                            if let Some(piece) = piece {
                                let name = &piece.tag.name;
                                let message = format!("<{name}> inside {place} {instead}");
                                self.compiler
                                    .diagnostics
                                    .push(self.unit.warning(piece.at, message));
                            }
                        }
                        out.extend(flat.inlines);
                    }
                }
            }
        }
        out
    }

    /// Note the components whose placeholders are in `inlines` (at any
    /// depth) as lost with the dropped element `name`, unless already noted
    /// with an element inside it.
    pub(super) fn lose(&mut self, name: &str, inlines: &[Inline]) {
        for inline in inlines {
            match inline {
                Inline::Text { text } => self.lose_text(name, text),
                Inline::Html(element) => self.lose(name, &element.children),
                Inline::Emphasis { content }
                | Inline::Strong { content }
                | Inline::Strikethrough { content } => self.lose(name, content),
                Inline::Link(link) => self.lose(name, &link.content),
                _ => {}
            }
        }
    }

    /// [`Self::lose`] for the placeholders in one text.
    pub(super) fn lose_text(&mut self, name: &str, text: &str) {
        for index in placeholders_in(text) {
            self.lost.entry(index).or_insert_with(|| name.to_string());
        }
    }

    /// Report each component lost inside a dropped element, at its tag.
    pub(super) fn report_lost(&mut self) {
        for (index, element) in std::mem::take(&mut self.lost) {
            let Some(piece) = self.extracted.pieces.get(index) else {
                continue;
            };
            let name = &piece.tag.name;
            let message = format!(
                "<{name}> is not shown: the <{element}> element around it is dropped with everything in it; remove the <{element}> element to show the <{name}>"
            );
            self.compiler
                .diagnostics
                .push(self.unit.warning(piece.at, message));
        }
    }

    /// Undo placeholders (in code, where components are literal text).
    pub(super) fn restore(&self, text: &str) -> String {
        if !text.contains(OPEN) {
            return text.to_string();
        }
        let mut out = text.to_string();
        for (index, piece) in self.extracted.pieces.iter().enumerate().rev() {
            out = out.replace(&placeholder(index), &piece.source);
        }
        out
    }
}

/// The piece indices of the placeholders in `text`, in order.
fn placeholders_in(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(OPEN) {
        let after = &rest[open + OPEN.len_utf8()..];
        let Some(close) = after.find(CLOSE) else {
            break;
        };
        if let Ok(index) = after[..close].parse() {
            out.push(index);
        }
        rest = &after[close + CLOSE.len_utf8()..];
    }
    out
}
