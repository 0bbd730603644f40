//! Reading the event stream: each pulldown-cmark event opens a frame, closes
//! one or adds a node to the top one.

use pulldown_cmark::{Alignment, CodeBlockKind, Event, Tag, TagEnd};

use super::code_info::code_info;
use super::frame::{is_block_kind, Frame, Kind};
use super::Converter;
use crate::document::{Align, Block, Inline};

impl Converter<'_, '_, '_> {
    pub(super) fn event(&mut self, event: Event, at: usize) {
        if self.skips(&event) {
            return;
        }
        match event {
            Event::Start(tag) => self.open(tag, at),
            Event::End(TagEnd::HtmlBlock) | Event::End(_) => self.close_to_end(),
            Event::Text(text) => {
                if matches!(self.top().kind, Kind::CodeBlock { .. }) {
                    self.top().raw.push_str(&text);
                } else {
                    self.push_text(&text);
                }
            }
            Event::Code(code) => {
                let code = self.restore(&code);
                self.push_inline(Inline::Code { code });
            }
            Event::InlineMath(math) | Event::DisplayMath(math) => self.push_text(&math),
            Event::Html(raw) => {
                let verbatim = self.extracted.text.text.get(at..at + raw.len()) == Some(&*raw);
                let top = self.top();
                top.raw_lines.push((top.raw.len(), at, verbatim));
                top.raw.push_str(&raw);
            }
            Event::InlineHtml(raw) => self.inline_html(&raw, at),
            Event::FootnoteReference(label) => self.push_inline(Inline::FootnoteRef {
                label: label.to_string(),
            }),
            Event::SoftBreak => self.push_inline(Inline::SoftBreak),
            Event::HardBreak => self.push_inline(Inline::HardBreak),
            Event::Rule => self.push_block(Block::Rule),
            Event::TaskListMarker(checked) => {
                if let Some(Frame {
                    kind: Kind::Item { checked: slot },
                    ..
                }) = self
                    .stack
                    .iter_mut()
                    .rev()
                    .find(|f| matches!(f.kind, Kind::Item { .. }))
                {
                    *slot = Some(checked);
                }
            }
        }
    }

    /// Whether the event is part of a raw-text element's content (skipped):
    /// everything up to its end tag, inline tags included, but not past the
    /// end of the block it is in.
    fn skips(&mut self, event: &Event) -> bool {
        let skipping = self.raw_text.is_some();
        if !skipping && self.skipped.is_empty() {
            return false;
        }
        match event {
            Event::Start(tag) if is_inline(tag) => {
                self.skipped.push(skipping);
                skipping
            }
            Event::End(_) if !self.skipped.is_empty() => self.skipped.pop().unwrap_or(false),
            _ if !skipping => false,
            Event::Text(text) => {
                if let Some((name, _)) = self.raw_text.clone() {
                    self.lose_text(&name, text);
                }
                true
            }
            Event::Code(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_)
            | Event::FootnoteReference(_)
            | Event::SoftBreak
            | Event::HardBreak => true,
            // Looked at for the end tag.
            Event::InlineHtml(_) => false,
            // An inline tag opened before the raw text closes; the raw text
            // goes on.
            Event::End(end) if is_inline_end(end) => false,
            _ => {
                self.end_raw_text();
                false
            }
        }
    }

    fn open(&mut self, tag: Tag, at: usize) {
        let kind = match tag {
            Tag::Paragraph => Kind::Paragraph,
            Tag::Heading { level, id, .. } => Kind::Heading {
                level: level as u8,
                id: id.map(|id| id.to_string()),
            },
            Tag::BlockQuote(_) => Kind::Quote,
            Tag::CodeBlock(kind) => {
                let (lang, prompt) = match kind {
                    CodeBlockKind::Fenced(info) => code_info(&info),
                    CodeBlockKind::Indented => (None, None),
                };
                Kind::CodeBlock { lang, prompt }
            }
            Tag::HtmlBlock => Kind::HtmlBlock,
            Tag::List(start) => Kind::List { start },
            Tag::Item => Kind::Item { checked: None },
            Tag::FootnoteDefinition(label) => Kind::Footnote {
                label: label.to_string(),
            },
            Tag::Table(aligns) => Kind::Table {
                align: aligns.iter().map(align).collect(),
            },
            Tag::TableHead => Kind::TableHead,
            Tag::TableRow => Kind::TableRow,
            Tag::TableCell => Kind::TableCell,
            Tag::Emphasis => Kind::Emphasis,
            Tag::Strong => Kind::Strong,
            Tag::Strikethrough => Kind::Strikethrough,
            Tag::Link {
                dest_url, title, ..
            } => {
                let target =
                    self.compiler
                        .link(self.unit, self.extracted.text.original(at), &dest_url);
                Kind::Link {
                    href: target.href,
                    chapter: target.chapter,
                    fragment: target.fragment,
                    title: title.to_string(),
                }
            }
            Tag::Image {
                dest_url, title, ..
            } => {
                let (src, missing) =
                    self.compiler
                        .image(self.unit, self.extracted.text.original(at), &dest_url);
                Kind::Image {
                    src,
                    title: title.to_string(),
                    missing,
                }
            }
            // Extensions we do not enable; keep their content.
            _ => Kind::Emphasis,
        };
        if is_block_kind(&kind) {
            self.close_open_html();
            let mut parent = self.stack.pop().expect("a parent frame");
            self.flush_inlines(&mut parent);
            self.stack.push(parent);
        }
        self.stack.push(Frame::new(kind, at));
    }
}

/// Tags that open inside a line of text.
fn is_inline(tag: &Tag) -> bool {
    matches!(
        tag,
        Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. } | Tag::Image { .. }
    )
}

fn is_inline_end(end: &TagEnd) -> bool {
    matches!(
        end,
        TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link | TagEnd::Image
    )
}

fn align(alignment: &Alignment) -> Align {
    match alignment {
        Alignment::None => Align::None,
        Alignment::Left => Align::Left,
        Alignment::Center => Align::Center,
        Alignment::Right => Align::Right,
    }
}
