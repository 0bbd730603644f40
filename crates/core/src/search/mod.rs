//! Full-text search of a guide: the index `primer build` writes beside the
//! manifest, and the pure search the reader runs over it as the learner types.
//!
//! The index holds, per chapter, its permalink and title and its sections:
//! the text before the first heading (with an empty heading id), then one
//! section per heading with the heading's text and the plain text up to the
//! next heading. Quizzes are left out, so search never reveals an answer.
//! Building it needs the compiler (`compile::search_index`); reading and
//! searching it does not.
//!
//! 1. [`words`]: a text's words (runs of letters and digits) with their byte
//!    ranges, so marks never fall inside a character.
//! 2. [`Prepared`]: the index with its texts lowercased once, when it arrives.
//! 3. [`find`]: every section where each query word starts a word of the
//!    chapter title, the heading or the text; ranked, at most [`LIMIT`].
//! 4. [`snippet`]: about twenty words around the first match in the text,
//!    cut into plain and marked pieces the reader renders as `<mark>`.

use serde::{Deserialize, Serialize};

mod find;
mod prepared;
mod snippet;
mod words;

pub use find::{find, Hit, Results, LIMIT};
pub use prepared::Prepared;
pub use snippet::{snippet, Piece};
pub use words::{query_words, words, Word};

/// The search index: every chapter in reading order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchIndex {
    /// The bundle format version (see [`crate::bundle::FORMAT_VERSION`]).
    pub version: u32,
    pub chapters: Vec<IndexedChapter>,
}

/// One chapter of the index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexedChapter {
    pub permalink: String,
    pub title: String,
    pub sections: Vec<Section>,
}

/// A heading and the plain text under it (up to the next heading). The
/// chapter's opening text is a section with an empty `id` and `heading`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub heading: String,
    pub text: String,
}

#[cfg(test)]
mod tests;
