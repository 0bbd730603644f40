//! Finding the sections that match a query, ranked: query words in the
//! chapter title first, then in the heading, then by how often the text
//! matches; ties keep reading order.

use super::prepared::{word_starts, Prepared};
use super::snippet::{snippet, Piece};
use super::words::query_words;

/// At most this many hits are returned.
pub const LIMIT: usize = 20;

/// One section that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub chapter: String,
    pub permalink: String,
    /// The heading's text and id; `None` for a chapter's opening text.
    pub heading: Option<(String, String)>,
    pub snippet: Vec<Piece>,
}

/// What a query found: the best [`LIMIT`] hits and how many sections matched.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Results {
    pub total: usize,
    pub hits: Vec<Hit>,
}

/// The sections of `prepared` in which every word of `query` starts a word
/// of the chapter title, the heading or the text. An empty query finds
/// nothing.
pub fn find(prepared: &Prepared, query: &str) -> Results {
    let wanted = query_words(query);
    if wanted.is_empty() {
        return Results::default();
    }
    let index = &prepared.index;
    let has = |text: &str, word: &str| word_starts(text, word).next().is_some();
    // (rank, chapter, section): rank is (title words, heading words, text hits).
    let mut found: Vec<((usize, usize, usize), usize, usize)> = Vec::new();
    let mut starts = Vec::new();
    for (c, (title, sections)) in prepared.lower.iter().enumerate() {
        let in_title: Vec<bool> = wanted.iter().map(|w| has(title, w)).collect();
        for (s, (heading, text)) in sections.iter().enumerate() {
            let mut rank = (0, 0, 0);
            let mut all = true;
            for (w, word) in wanted.iter().enumerate() {
                let in_heading = has(heading, word);
                all &= in_title[w] || in_heading || has(text, word);
                rank.0 += usize::from(in_title[w]);
                rank.1 += usize::from(in_heading);
            }
            if all {
                // Words of the text that start with any query word, each once.
                starts.clear();
                for word in &wanted {
                    starts.extend(word_starts(text, word));
                }
                starts.sort_unstable();
                starts.dedup();
                rank.2 = starts.len();
                found.push((rank, c, s));
            }
        }
    }
    // Stable: equal ranks stay in reading order.
    found.sort_by_key(|f| std::cmp::Reverse(f.0));
    let hits = found
        .iter()
        .take(LIMIT)
        .map(|&(_, c, s)| {
            let chapter = &index.chapters[c];
            let section = &chapter.sections[s];
            Hit {
                chapter: chapter.title.clone(),
                permalink: chapter.permalink.clone(),
                heading: (!section.id.is_empty())
                    .then(|| (section.heading.clone(), section.id.clone())),
                snippet: snippet(&section.text, &wanted),
            }
        })
        .collect();
    Results {
        total: found.len(),
        hits,
    }
}
