//! Markdown to the typed tree: pulldown-cmark events become [`Block`]s and
//! [`Inline`]s; component placeholders become components; raw HTML goes
//! through the allow-list.
//!
//! The converter keeps a stack of open containers (paragraph, list item,
//! table cell, link, kept HTML element...). Closing a container builds its
//! node and hands it to the one below. The steps, one module each:
//!
//! 1. `events`: each event opens a `frame`, closes one or adds to the top.
//! 2. `raw_html`: inline HTML tags go through the allow-list; kept and
//!    dropped elements are frames too, `<script>`-like ones skip the events
//!    up to their end tag; an HTML block's nodes become blocks.
//! 3. `close`: a closed frame becomes its block or inline node.
//! 4. `placeholders`: component placeholders in text become components (or
//!    go back to their source in code); a block component where only
//!    inlines can go is reduced to its text and reported (`inline_only`).
//! 5. `paragraphs`: loose inline runs become paragraphs, split around block
//!    components.
//!
//! `code_info` reads a fenced code block's info string; `plain_text` flattens
//! inlines to text (headings' ids, image alt text, the outline).

mod close;
mod code_info;
mod events;
mod frame;
mod paragraphs;
mod placeholders;
mod plain_text;
mod raw_html;

use std::collections::BTreeMap;

use pulldown_cmark::{Options, Parser};

use super::components::Extracted;
use super::{Compiler, Unit};
use crate::document::{Block, Inline};
use frame::{is_block_container, Frame, Kind};
use paragraphs::paragraphs;

pub use plain_text::plain_text;

/// The Markdown extensions a guide may use.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

struct Converter<'c, 'a, 'u> {
    compiler: &'c mut Compiler<'a>,
    unit: &'u Unit<'u>,
    extracted: &'u Extracted,
    stack: Vec<Frame>,
    /// A raw-text element (`<script>`, `<style>`...) whose content is being
    /// skipped: its name and offset.
    raw_text: Option<(String, usize)>,
    /// Inline tags opened since raw text began, innermost last: true for
    /// those skipped with it, whose end is skipped too.
    skipped: Vec<bool>,
    /// The pieces expanded so far, in order: those expanded inside a dropped
    /// element are lost with it.
    expanded: Vec<usize>,
    /// Pieces lost inside a dropped element, with the element's name;
    /// reported once the text is converted.
    lost: BTreeMap<usize, String>,
}

/// Convert text that went through the component pass.
pub fn convert(compiler: &mut Compiler, unit: &Unit, extracted: &Extracted) -> Vec<Block> {
    let mut converter = Converter {
        compiler,
        unit,
        extracted,
        stack: vec![Frame::new(Kind::Root, 0)],
        raw_text: None,
        skipped: Vec::new(),
        expanded: Vec::new(),
        lost: BTreeMap::new(),
    };
    let text = extracted.text.text.as_str();
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        converter.event(event, range.start);
    }
    converter.end_raw_text();
    while converter.stack.len() > 1 {
        converter.close();
    }
    let mut root = converter.stack.pop().expect("root frame");
    converter.flush_inlines(&mut root);
    converter.report_lost();
    root.blocks
}

/// Adding nodes to the open frames.
impl Converter<'_, '_, '_> {
    fn top(&mut self) -> &mut Frame {
        self.stack.last_mut().expect("root frame stays")
    }

    /// Add a block to the container on top (closing inline HTML elements
    /// left open there first: they hold only inlines).
    fn push_block(&mut self, block: Block) {
        self.close_open_html();
        let mut top = self.stack.pop().expect("a frame");
        self.flush_inlines(&mut top);
        top.blocks.push(block);
        self.stack.push(top);
    }

    fn push_inline(&mut self, inline: Inline) {
        self.top().inlines.push(inline);
    }

    /// Append text, merging with a preceding text node so placeholders stay whole.
    fn push_text(&mut self, text: &str) {
        if let Some(Inline::Text { text: last }) = self.top().inlines.last_mut() {
            last.push_str(text);
        } else {
            self.push_inline(Inline::text(text));
        }
    }

    /// Loose inlines in a block container (tight list items) become paragraphs.
    fn flush_inlines(&mut self, frame: &mut Frame) {
        if frame.inlines.is_empty() || !is_block_container(&frame.kind) {
            return;
        }
        let segments = self.expand(std::mem::take(&mut frame.inlines));
        frame.blocks.extend(paragraphs(segments));
    }
}
