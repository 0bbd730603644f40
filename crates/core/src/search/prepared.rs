//! The index made ready for searching as the learner types: every chapter
//! title, heading and section text lowercased once, when the index arrives,
//! so each keystroke is a substring scan instead of lowercasing the whole
//! guide again.

use super::SearchIndex;

/// A [`SearchIndex`] with lowercase copies of its texts.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    pub index: SearchIndex,
    /// Per chapter: its lowercase title, and per section its lowercase
    /// heading and text (same order as `index`).
    pub(super) lower: Vec<(String, Vec<(String, String)>)>,
}

impl Prepared {
    pub fn new(index: SearchIndex) -> Prepared {
        let lower = index
            .chapters
            .iter()
            .map(|chapter| {
                let sections = chapter
                    .sections
                    .iter()
                    .map(|s| (s.heading.to_lowercase(), s.text.to_lowercase()))
                    .collect();
                (chapter.title.to_lowercase(), sections)
            })
            .collect();
        Prepared { index, lower }
    }
}

/// Byte offsets in `lower` (lowercase text) where a word starts with
/// `prefix` (a lowercase query word): an occurrence not preceded by a
/// letter or digit.
pub(super) fn word_starts<'a>(lower: &'a str, prefix: &'a str) -> impl Iterator<Item = usize> + 'a {
    lower
        .match_indices(prefix)
        .map(|(at, _)| at)
        .filter(move |&at| {
            !lower[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        })
}
