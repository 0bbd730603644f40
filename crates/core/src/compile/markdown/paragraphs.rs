//! Inline runs into paragraphs: split around block components, breaks and
//! white space trimmed from the edges, empty ones dropped.

use super::placeholders::Segment;
use crate::document::{Block, Inline};

/// Group segments into paragraphs, split around block components.
pub(super) fn paragraphs(segments: Vec<Segment>) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut run: Vec<Inline> = Vec::new();
    for segment in segments {
        match segment {
            Segment::Inline(inline) => run.push(inline),
            Segment::Block { block, .. } => {
                push_paragraph(&mut blocks, std::mem::take(&mut run));
                blocks.push(block);
            }
        }
    }
    push_paragraph(&mut blocks, run);
    blocks
}

fn push_paragraph(blocks: &mut Vec<Block>, mut content: Vec<Inline>) {
    trim_edges(&mut content);
    if !content.is_empty() {
        blocks.push(Block::Paragraph { content });
    }
}

/// Drop breaks and white space at the edges of a paragraph.
pub(super) fn trim_edges(content: &mut Vec<Inline>) {
    loop {
        match content.first_mut() {
            Some(Inline::SoftBreak | Inline::HardBreak) => {
                content.remove(0);
            }
            Some(Inline::Text { text })
                if text.trim_start().len() != text.len() || text.is_empty() =>
            {
                *text = text.trim_start().to_string();
                if text.is_empty() {
                    content.remove(0);
                }
            }
            _ => break,
        }
    }
    loop {
        match content.last_mut() {
            Some(Inline::SoftBreak | Inline::HardBreak) => {
                content.pop();
            }
            Some(Inline::Text { text })
                if text.trim_end().len() != text.len() || text.is_empty() =>
            {
                *text = text.trim_end().to_string();
                if text.is_empty() {
                    content.pop();
                }
            }
            _ => break,
        }
    }
}
