//! Building a chapter's entry of the search index from its compiled tree:
//! the plain text of each section, quizzes left out (their answers must
//! never show up in results), very long sections cut at a word.

use super::markdown::plain_text;
use crate::bundle::ChapterBundle;
use crate::document::{child_blocks, Block, Inline};
use crate::search::{IndexedChapter, Section};

/// A section's text is cut after about this many bytes, at a word boundary.
pub const SECTION_TEXT_LIMIT: usize = 3000;

impl IndexedChapter {
    /// The chapter's sections: its opening text, then one per heading.
    pub fn of(chapter: &ChapterBundle) -> IndexedChapter {
        let mut sections = vec![Section {
            id: String::new(),
            heading: String::new(),
            text: String::new(),
        }];
        collect(&chapter.blocks, &mut sections);
        for section in &mut sections {
            cut(&mut section.text);
        }
        sections.retain(|s| !(s.id.is_empty() && s.text.is_empty()));
        IndexedChapter {
            permalink: chapter.permalink.clone(),
            title: chapter.title.clone(),
            sections,
        }
    }
}

fn collect(blocks: &[Block], sections: &mut Vec<Section>) {
    for block in blocks {
        match block {
            Block::Heading { id, content, .. } => sections.push(Section {
                id: id.clone(),
                heading: plain_text(content),
                text: String::new(),
            }),
            Block::Quiz(_) => {}
            _ => {
                add(sections, &own_text(block));
                child_blocks(block, &mut |children| collect(children, sections));
            }
        }
    }
}

/// Text a block carries itself (not in child blocks).
fn own_text(block: &Block) -> String {
    match block {
        Block::Paragraph { content } => plain_text(content),
        Block::Code { code, .. } => code.clone(),
        Block::Table { head, rows, .. } => cells(head.iter().chain(rows.iter().flatten())),
        Block::Html(element) => plain_text(&element.children),
        Block::Alert { title, .. } | Block::Card { title, .. } => title.clone().unwrap_or_default(),
        Block::Accordion { title, .. } => title.clone(),
        Block::TabList { tabs } => tabs
            .iter()
            .map(|t| t.title.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        Block::Youtube { title, .. } => title.clone().unwrap_or_default(),
        Block::Image(image) => image.alt.clone(),
        Block::Download { label, .. } => label.clone(),
        _ => String::new(),
    }
}

fn cells<'a>(cells: impl Iterator<Item = &'a Vec<Inline>>) -> String {
    cells.map(|c| plain_text(c)).collect::<Vec<_>>().join(" ")
}

/// Append `text` to the last section, one space between pieces.
fn add(sections: &mut [Section], text: &str) {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if let (Some(section), false) = (sections.last_mut(), text.is_empty()) {
        if !section.text.is_empty() {
            section.text.push(' ');
        }
        section.text.push_str(&text);
    }
}

/// Cut `text` after [`SECTION_TEXT_LIMIT`] bytes at the last space before it.
fn cut(text: &mut String) {
    if text.len() <= SECTION_TEXT_LIMIT {
        return;
    }
    let mut end = SECTION_TEXT_LIMIT;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let end = text[..end].rfind(' ').unwrap_or(end);
    text.truncate(end);
}
