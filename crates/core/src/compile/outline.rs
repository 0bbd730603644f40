//! Reading a compiled chapter: its headings (the sidebar outline) and its
//! learning objectives.

use super::markdown::plain_text;
use super::slug::slugify;
use crate::bundle::{HeadingEntry, Objective};
use crate::document::Block;

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
