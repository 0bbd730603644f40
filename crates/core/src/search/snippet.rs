//! A hit's snippet: about twenty words of a section's text around the first
//! match, in plain and marked pieces (the reader renders marked ones as
//! `<mark>`, as text nodes, never as HTML).

use super::words::{starts_with, words, Word};

/// Words in a snippet.
const SNIPPET_WORDS: usize = 20;
/// Words shown before the first match.
const BEFORE: usize = 6;

/// A piece of a snippet; `marked` pieces are query matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub marked: bool,
}

/// About [`SNIPPET_WORDS`] words of `text` around the first word that starts
/// with one of `wanted` (lowercase), with every such word marked; the
/// opening words when none matches. "…" shows where text was left out.
pub fn snippet(text: &str, wanted: &[String]) -> Vec<Piece> {
    let all: Vec<Word> = words(text).collect();
    let matches = |w: &Word| wanted.iter().any(|q| starts_with(&text[w.start..w.end], q));
    let first = all.iter().position(matches).unwrap_or(0);
    let start = first.saturating_sub(BEFORE);
    let end = (start + SNIPPET_WORDS).min(all.len());
    let mut pieces = Vec::new();
    let (Some(from), Some(to)) = (all.get(start), end.checked_sub(1).and_then(|e| all.get(e)))
    else {
        return pieces;
    };
    let mut plain = String::new();
    if start > 0 {
        plain.push('…');
    }
    let mut at = from.start;
    for word in all[start..end].iter().filter(|w| matches(w)) {
        plain.push_str(&text[at..word.start]);
        if !plain.is_empty() {
            pieces.push(Piece {
                text: std::mem::take(&mut plain),
                marked: false,
            });
        }
        pieces.push(Piece {
            text: text[word.start..word.end].to_string(),
            marked: true,
        });
        at = word.end;
    }
    plain.push_str(&text[at..to.end]);
    if end < all.len() {
        plain.push('…');
    }
    if !plain.is_empty() {
        pieces.push(Piece {
            text: plain,
            marked: false,
        });
    }
    pieces
}
