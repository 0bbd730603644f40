//! Words of a text and of a query: runs of letters and digits, compared
//! case-insensitively by prefix without allocating.

/// A word: its byte range in the text it came from (always on char boundaries).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

/// The words of `text`, in order.
pub fn words(text: &str) -> impl Iterator<Item = Word> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = chars.find(|(_, c)| c.is_alphanumeric())?;
        let mut end = text.len();
        while let Some(&(i, c)) = chars.peek() {
            if !c.is_alphanumeric() {
                end = i;
                break;
            }
            chars.next();
        }
        Some(Word { start, end })
    })
}

/// The query's words, lowercased, without repeats.
pub fn query_words(query: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in words(query) {
        let lower = query[word.start..word.end].to_lowercase();
        if !out.contains(&lower) {
            out.push(lower);
        }
    }
    out
}

/// Whether `word` starts with `prefix` (already lowercase), ignoring case.
pub fn starts_with(word: &str, prefix: &str) -> bool {
    let mut lower = word.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| lower.next() == Some(p))
}
