//! An open container on the converter's stack: what kind it is and what it
//! has collected so far.

use crate::document::{Align, Block, Element, Inline, ListItem};

pub(super) enum Kind {
    Root,
    Paragraph,
    Heading {
        level: u8,
        id: Option<String>,
    },
    Quote,
    List {
        start: Option<u64>,
    },
    Item {
        checked: Option<bool>,
    },
    Footnote {
        label: String,
    },
    Table {
        align: Vec<Align>,
    },
    TableHead,
    TableRow,
    TableCell,
    Emphasis,
    Strong,
    Strikethrough,
    Link {
        href: Option<String>,
        chapter: Option<String>,
        fragment: Option<String>,
        title: String,
    },
    Image {
        src: String,
        title: String,
        missing: bool,
    },
    CodeBlock {
        lang: Option<String>,
        prompt: Option<String>,
    },
    HtmlBlock,
    Html(Element),
    /// An inline element dropped with its content (`<button>`, `<video>`):
    /// discarded at its end tag, with the diagnostics its content raised
    /// (those after the first `diagnostics`), and the components in it
    /// (those expanded after the first `expanded`) reported as not shown;
    /// unwrapped if closed any other way, so a missing end tag hides nothing.
    Dropped {
        name: String,
        diagnostics: usize,
        expanded: usize,
    },
}

pub(super) struct Frame {
    pub(super) kind: Kind,
    /// Offset of the event that opened it (for diagnostics).
    pub(super) at: usize,
    pub(super) blocks: Vec<Block>,
    pub(super) inlines: Vec<Inline>,
    /// Cells of a table row or head; rows of a table.
    pub(super) cells: Vec<Vec<Inline>>,
    pub(super) rows: Vec<Vec<Vec<Inline>>>,
    pub(super) head: Vec<Vec<Inline>>,
    /// Items of a list.
    pub(super) items: Vec<ListItem>,
    /// Raw text of a code block or HTML block.
    pub(super) raw: String,
    /// For an HTML block, where each line of `raw` starts: its offset in
    /// `raw` and in the converted text, and whether it is a verbatim copy of
    /// that text (so offsets inside it map one to one).
    pub(super) raw_lines: Vec<(usize, usize, bool)>,
}

impl Frame {
    pub(super) fn new(kind: Kind, at: usize) -> Frame {
        Frame {
            kind,
            at,
            blocks: Vec::new(),
            inlines: Vec::new(),
            cells: Vec::new(),
            rows: Vec::new(),
            head: Vec::new(),
            items: Vec::new(),
            raw: String::new(),
            raw_lines: Vec::new(),
        }
    }

    /// The offset in the converted text of byte `offset` of `raw`.
    pub(super) fn raw_origin(&self, offset: usize) -> usize {
        let line = self.raw_lines.iter().rev().find(|line| line.0 <= offset);
        match line {
            Some(&(start, at, true)) => at + (offset - start),
            Some(&(_, at, false)) => at,
            None => self.at,
        }
    }
}

pub(super) fn is_block_kind(kind: &Kind) -> bool {
    matches!(
        kind,
        Kind::Paragraph
            | Kind::Heading { .. }
            | Kind::Quote
            | Kind::List { .. }
            | Kind::Item { .. }
            | Kind::Footnote { .. }
            | Kind::Table { .. }
            | Kind::CodeBlock { .. }
            | Kind::HtmlBlock
    )
}

pub(super) fn is_block_container(kind: &Kind) -> bool {
    matches!(
        kind,
        Kind::Root | Kind::Quote | Kind::Item { .. } | Kind::Footnote { .. }
    )
}
