//! Reading a compiled chapter: its headings (the sidebar outline), its
//! learning objectives, and the text of blocks that must sit inline.

use super::markdown::plain_text;
use super::slug::slugify;
use crate::bundle::{HeadingEntry, Objective};
use crate::document::{Block, Inline};

/// Headings of the chapter body, partials included, in order.
pub fn headings(blocks: &[Block]) -> Vec<HeadingEntry> {
    let mut out = Vec::new();
    for block in blocks {
        match block {
            Block::Heading { level, id, content } => out.push(HeadingEntry {
                level: *level,
                id: id.clone(),
                text: plain_text(content),
            }),
            Block::Partial { children, .. } => out.extend(headings(children)),
            _ => {}
        }
    }
    out
}

/// Objectives listed in the first Alert whose title mentions objectives.
pub fn objectives_from_alert(blocks: &[Block]) -> Vec<Objective> {
    let Some(children) = first_objectives_alert(blocks) else {
        return Vec::new();
    };
    let mut out: Vec<Objective> = Vec::new();
    collect_items(children, &mut out);
    out
}

fn first_objectives_alert(blocks: &[Block]) -> Option<&[Block]> {
    blocks.iter().find_map(|block| match block {
        Block::Alert {
            title: Some(title),
            children,
            ..
        } if title.to_lowercase().contains("objective") => Some(children.as_slice()),
        Block::Partial { children, .. } => first_objectives_alert(children),
        _ => None,
    })
}

fn collect_items(blocks: &[Block], out: &mut Vec<Objective>) {
    for block in blocks {
        if let Block::List { items, .. } = block {
            for item in items {
                let text = item
                    .children
                    .iter()
                    .find_map(|b| match b {
                        Block::Paragraph { content } => Some(plain_text(content)),
                        _ => None,
                    })
                    .unwrap_or_default();
                let id = slugify(&text);
                if !id.is_empty() && !out.iter().any(|o| o.id == id) {
                    out.push(Objective { id, text });
                }
            }
        }
    }
}

/// A block component found where only inline content may go (a heading, a
/// table cell): its text, so nothing is lost.
pub fn inline_fallback(block: Block) -> Vec<Inline> {
    match block {
        Block::Paragraph { content } | Block::Heading { content, .. } => content,
        Block::Alert { children, .. }
        | Block::Partial { children, .. }
        | Block::Example { children, .. }
        | Block::Card { children, .. }
        | Block::CardGroup { children }
        | Block::Check { children }
        | Block::Accordion { children, .. }
        | Block::Unknown { children, .. }
        | Block::Quote { children }
        | Block::Footnote { children, .. } => {
            let mut out = Vec::new();
            for child in children {
                if !out.is_empty() {
                    out.push(Inline::text(" "));
                }
                out.extend(inline_fallback(child));
            }
            out
        }
        Block::Image(image) => vec![Inline::Image(image)],
        Block::Code { code, .. } => vec![Inline::Code { code }],
        Block::Html(element) => vec![Inline::Html(element)],
        Block::Download { label, .. } => vec![Inline::text(label)],
        Block::Youtube { title, src } => vec![Inline::text(title.unwrap_or(src))],
        Block::List { items, .. } => items
            .into_iter()
            .flat_map(|item| item.children.into_iter().flat_map(inline_fallback))
            .collect(),
        Block::TabList { tabs } => tabs
            .into_iter()
            .flat_map(|tab| tab.children.into_iter().flat_map(inline_fallback))
            .collect(),
        Block::Table { .. } | Block::Rule | Block::Quiz(_) => Vec::new(),
    }
}
