//! Closing a frame: it becomes its block or inline node, handed to the frame
//! below.

use super::frame::Kind;
use super::paragraphs::paragraphs;
use super::plain_text::plain_text;
use super::raw_html::html_blocks;
use super::Converter;
use crate::compile::html;
use crate::compile::slug::slugify;
use crate::document::{Block, Image, Inline, Link, ListItem};

impl Converter<'_, '_, '_> {
    /// An `End` event: close kept inline HTML elements left open, then the
    /// container the event ends.
    pub(super) fn close_to_end(&mut self) {
        self.close_open_html();
        self.close();
    }

    /// Close kept inline HTML elements left open on top of the stack, as a
    /// browser closes them: at the end of their container, or before a block
    /// (an element holds only inlines, so a block inside it would be lost).
    pub(super) fn close_open_html(&mut self) {
        while matches!(self.top().kind, Kind::Html(_)) {
            self.close();
        }
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
                let content = self.inline_only(std::mem::take(&mut frame.inlines));
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
                let content = self.inline_only(frame.inlines);
                self.top().cells.push(content);
            }
            Kind::Emphasis => {
                let content = self.inline_only(frame.inlines);
                self.push_inline(Inline::Emphasis { content })
            }
            Kind::Strong => {
                let content = self.inline_only(frame.inlines);
                self.push_inline(Inline::Strong { content })
            }
            Kind::Strikethrough => {
                let content = self.inline_only(frame.inlines);
                self.push_inline(Inline::Strikethrough { content })
            }
            Kind::Link {
                href,
                chapter,
                fragment,
                title,
            } => {
                let content = self.inline_only(frame.inlines);
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
                let content = self.inline_only(frame.inlines);
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
                let nodes = self.resolve_images(html::fragment(&frame.raw), frame.at);
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
        }
    }
}
