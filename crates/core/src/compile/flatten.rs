//! Blocks where only inlines can go (a block component in a heading or a
//! table cell): their text, so nothing is lost, and what the reader shows
//! instead, for the warning.

use crate::document::{Block, Inline};

/// A block reduced to inlines.
pub struct Flat {
    pub inlines: Vec<Inline>,
    /// What the reader shows instead of the block, said for a warning
    /// ("cannot be shown as a box: its text is shown instead"); `None` when
    /// nothing is lost (an image, a partial of one paragraph).
    pub instead: Option<String>,
}

pub fn flatten(block: Block) -> Flat {
    if fits_inline(&block) {
        let inlines = inline_text(block, &mut Vec::new());
        return Flat {
            inlines,
            instead: None,
        };
    }
    let shown = shown_instead(&block);
    let quiz = matches!(block, Block::Quiz(_));
    let mut left_out = Vec::new();
    let inlines = inline_text(block, &mut left_out);
    let left_out = left_out.join(", ");
    let instead = if quiz {
        format!("cannot be shown there: {left_out} is left out")
    } else if left_out.is_empty() {
        shown.to_string()
    } else {
        format!("{shown}; not shown: {left_out}")
    };
    Flat {
        inlines,
        instead: Some(instead),
    }
}

/// A block as inlines: its text, with titles in bold before it. What has no
/// text at all (a quiz, a horizontal rule) is named
/// in `left_out`.
pub fn inline_text(block: Block, left_out: &mut Vec<String>) -> Vec<Inline> {
    match block {
        Block::Paragraph { content } | Block::Heading { content, .. } => content,
        Block::Alert {
            title, children, ..
        }
        | Block::Card {
            title, children, ..
        } => titled(title, children, left_out),
        Block::Accordion {
            title, children, ..
        } => titled(Some(title), children, left_out),
        Block::Partial { children, .. }
        | Block::Example { children, .. }
        | Block::CardGroup { children }
        | Block::Check { children }
        | Block::Unknown { children, .. }
        | Block::Quote { children }
        | Block::Footnote { children, .. } => {
            joined(children.into_iter().map(|c| inline_text(c, left_out)))
        }
        Block::Image(image) => vec![Inline::Image(image)],
        Block::Code { code, .. } => vec![Inline::Code { code }],
        Block::Html(element) => vec![Inline::Html(element)],
        Block::Download { label, .. } => vec![Inline::text(label)],
        Block::Youtube { title, src } => vec![Inline::text(title.unwrap_or(src))],
        Block::List { items, .. } => joined(
            items
                .into_iter()
                .flat_map(|item| item.children)
                .map(|c| inline_text(c, left_out)),
        ),
        Block::TabList { tabs } => joined(
            tabs.into_iter()
                .map(|tab| titled(Some(tab.title), tab.children, left_out)),
        ),
        Block::Table { head, rows, .. } => {
            joined(head.into_iter().chain(rows.into_iter().flatten()))
        }
        Block::Rule => {
            left_out.push("a horizontal rule".to_string());
            Vec::new()
        }
        Block::Quiz(quiz) => {
            left_out.push(format!("the quiz \"{}\"", quiz.file));
            Vec::new()
        }
    }
}

/// Blocks that lose nothing as inlines.
fn fits_inline(block: &Block) -> bool {
    match block {
        Block::Paragraph { .. } | Block::Image(_) => true,
        Block::Partial { children, .. } => children.len() <= 1 && children.iter().all(fits_inline),
        _ => false,
    }
}

/// What the reader shows instead of a block component, after its name.
fn shown_instead(block: &Block) -> &'static str {
    match block {
        Block::Alert { title: Some(_), .. } | Block::Card { title: Some(_), .. } => {
            "cannot be shown as a box: its title and text are shown instead"
        }
        Block::Alert { .. }
        | Block::Card { .. }
        | Block::Example { .. }
        | Block::CardGroup { .. }
        | Block::Check { .. } => "cannot be shown as a box: its text is shown instead",
        Block::Accordion { .. } => {
            "cannot be shown as a disclosure: its title and text are shown instead"
        }
        Block::TabList { .. } => "cannot be shown as tabs: their titles and text are shown instead",
        Block::Youtube { title: Some(_), .. } => {
            "cannot be shown as a video: its title is shown instead"
        }
        Block::Youtube { .. } => "cannot be shown as a video: its video id is shown instead",
        Block::Download { .. } => "cannot be shown as a download link: its label is shown instead",
        _ => "holds blocks that cannot be shown here: their text is shown instead",
    }
}

/// Pieces of text joined by spaces, empty ones skipped.
fn joined(pieces: impl IntoIterator<Item = Vec<Inline>>) -> Vec<Inline> {
    let mut out = Vec::new();
    for piece in pieces {
        if piece.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(Inline::text(" "));
        }
        out.extend(piece);
    }
    out
}

/// A title in bold, then the text of the blocks under it.
fn titled(title: Option<String>, children: Vec<Block>, left_out: &mut Vec<String>) -> Vec<Inline> {
    let title = title.filter(|t| !t.trim().is_empty()).map(|title| {
        vec![Inline::Strong {
            content: vec![Inline::text(title)],
        }]
    });
    let text = children.into_iter().map(|c| inline_text(c, left_out));
    joined(title.into_iter().chain(text))
}
