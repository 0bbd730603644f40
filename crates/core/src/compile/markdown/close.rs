//! Closing a frame: it becomes its block or inline node, handed to the frame
//! below.

use super::frame::Kind;
use super::paragraphs::paragraphs;
use super::plain_text::plain_text;
use super::raw_html::{html_blocks, is_html};
use super::Converter;
use crate::compile::slug::slugify;
use crate::document::{Block, Image, Inline, Link, ListItem};

impl Converter<'_, '_, '_> {
    /// An `End` event: close kept inline HTML elements left open, then the
    /// container the event ends.
    pub(super) fn close_to_end(&mut self) {
        self.close_open_html();
        self.close();
    }

    /// Close inline HTML elements left open on top of the stack, as a
    /// browser closes them: at the end of their container, or before a block
    /// (an element holds only inlines, so a block inside it would be lost).
    pub(super) fn close_open_html(&mut self) {
        while is_html(&self.top().kind) {
            self.close();
        }
    }

    /// Where an inline container closing now sits, for diagnostics: in a
    /// heading or table cell if it is in one, else `own`.
    fn place(&self, own: &'static str) -> &'static str {
        let container = self.stack.iter().rev().find_map(|frame| match frame.kind {
            Kind::Heading { .. } => Some("a heading"),
            Kind::TableCell => Some("a table cell"),
            _ => None,
        });
        container.unwrap_or(own)
    }

    pub(super) fn close(&mut self) {
        let mut frame = self.stack.pop().expect("a frame to close");
        if self.stack.is_empty() {
            self.stack.push(frame);
            return;
        }
        match frame.kind {
            Kind::Root => {}
            Kind::Paragraph => {
                let segments = self.expand(std::mem::take(&mut frame.inlines));
                for block in paragraphs(segments) {
                    self.push_block(block);
                }
            }
            Kind::Heading { level, ref id } => {
                let content = self.inline_only(std::mem::take(&mut frame.inlines), "a heading");
                let wanted = id.clone().unwrap_or_else(|| slugify(&plain_text(&content)));
                let id = self.compiler.heading_ids.claim(&wanted);
                self.push_block(Block::Heading { level, id, content });
            }
            Kind::Quote => {
                self.flush_inlines(&mut frame);
                self.push_block(Block::Quote {
                    children: frame.blocks,
                });
            }
            Kind::List { start } => self.push_block(Block::List {
                start,
                items: frame.items,
            }),
            Kind::Item { checked } => {
                self.flush_inlines(&mut frame);
                self.top().items.push(ListItem {
                    checked,
                    children: frame.blocks,
                });
            }
            Kind::Footnote { ref label } => {
                let label = label.clone();
                self.flush_inlines(&mut frame);
                self.push_block(Block::Footnote {
                    label,
                    children: frame.blocks,
                });
            }
            Kind::Table { align } => self.push_block(Block::Table {
                align,
                head: frame.head,
                rows: frame.rows,
            }),
            Kind::TableHead => {
                if let Some(table) = self.stack.last_mut() {
                    table.head = if frame.cells.is_empty() {
                        frame.head
                    } else {
                        frame.cells
                    };
                }
            }
            Kind::TableRow => {
                let cells = frame.cells;
                if let Some(parent) = self.stack.last_mut() {
                    match parent.kind {
                        Kind::TableHead => parent.head = cells,
                        _ => parent.rows.push(cells),
                    }
                }
            }
            Kind::TableCell => {
                let content = self.inline_only(frame.inlines, "a table cell");
                self.top().cells.push(content);
            }
            Kind::Emphasis => {
                let place = self.place("emphasised text");
                let content = self.inline_only(frame.inlines, place);
                self.push_inline(Inline::Emphasis { content })
            }
            Kind::Strong => {
                let place = self.place("bold text");
                let content = self.inline_only(frame.inlines, place);
                self.push_inline(Inline::Strong { content })
            }
            Kind::Strikethrough => {
                let place = self.place("struck-through text");
                let content = self.inline_only(frame.inlines, place);
                self.push_inline(Inline::Strikethrough { content })
            }
            Kind::Link {
                href,
                chapter,
                fragment,
                title,
            } => {
                let place = self.place("a link");
                let content = self.inline_only(frame.inlines, place);
                match href {
                    Some(href) => self.push_inline(Inline::Link(Link {
                        href,
                        chapter,
                        fragment,
                        title,
                        content,
                    })),
                    None => content.into_iter().for_each(|i| self.push_inline(i)),
                }
            }
            Kind::Image {
                src,
                title,
                missing,
            } => {
                let place = self.place("an image's alt text");
                let content = self.inline_only(frame.inlines, place);
                self.push_inline(Inline::Image(Image {
                    src,
                    alt: plain_text(&content),
                    title,
                    missing,
                }));
            }
            Kind::CodeBlock { lang, prompt } => {
                let code = self.restore(&frame.raw);
                self.push_block(Block::Code { lang, prompt, code });
            }
            Kind::HtmlBlock => {
                let nodes = self.html_block(&frame);
                let segments = self.expand(nodes);
                for block in html_blocks(segments) {
                    self.push_block(block);
                }
            }
            // Placeholders in it are expanded with the container's inlines,
            // which knows whether a block component may split it.
            Kind::Html(mut element) => {
                element.children = frame.inlines;
                self.push_inline(Inline::Html(element));
            }
            // Closed by something other than its own end tag: its content
            // stays (only its end tag drops it).
            Kind::Dropped { .. } => {
                for inline in frame.inlines {
                    match inline {
                        Inline::Text { text } => self.push_text(&text),
                        other => self.push_inline(other),
                    }
                }
            }
        }
    }
}
