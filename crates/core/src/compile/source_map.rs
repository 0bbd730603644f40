//! Text derived from a source file (dedented, placeholders swapped in) that
//! still knows, byte by byte, where it came from, so every diagnostic points
//! at the author's line and column.

/// One run of derived text: from `derived` on, bytes map to `original` on
/// (advancing with the text), or all to `original` (a synthetic run).
#[derive(Debug, Clone, Copy)]
struct Run {
    derived: usize,
    original: usize,
    advances: bool,
}

/// A string plus the map from its byte offsets to offsets in the file.
#[derive(Debug, Clone, Default)]
pub struct MappedText {
    pub text: String,
    runs: Vec<Run>,
}

impl MappedText {
    /// The whole of `text`, which starts at byte `original` of its file.
    pub fn new(text: &str, original: usize) -> MappedText {
        let mut mapped = MappedText::default();
        mapped.push_original(text, original);
        mapped
    }

    /// Append text copied from the file at byte `original`.
    pub fn push_original(&mut self, text: &str, original: usize) {
        self.runs.push(Run {
            derived: self.text.len(),
            original,
            advances: true,
        });
        self.text.push_str(text);
    }

    /// Append text that is not in the file; it maps to `original`.
    pub fn push_synthetic(&mut self, text: &str, original: usize) {
        self.runs.push(Run {
            derived: self.text.len(),
            original,
            advances: false,
        });
        self.text.push_str(text);
    }

    /// Append `self`-relative range `start..end` of `from`, keeping its mapping.
    pub fn push_slice(&mut self, from: &MappedText, start: usize, end: usize) {
        let mut at = start;
        while at < end {
            let run_index = from.run_index(at);
            let next = from
                .runs
                .get(run_index + 1)
                .map_or(from.text.len(), |r| r.derived)
                .min(end);
            let piece = &from.text[at..next];
            let run = from.runs[run_index];
            if run.advances {
                self.push_original(piece, run.original + (at - run.derived));
            } else {
                self.push_synthetic(piece, run.original);
            }
            at = next;
        }
    }

    fn run_index(&self, derived: usize) -> usize {
        match self.runs.binary_search_by(|r| r.derived.cmp(&derived)) {
            Ok(mut i) => {
                // Several runs may start at one offset (empty pushes): take the last.
                while i + 1 < self.runs.len() && self.runs[i + 1].derived == derived {
                    i += 1;
                }
                i
            }
            Err(i) => i.saturating_sub(1),
        }
    }

    /// The file offset of derived byte `derived`.
    pub fn original(&self, derived: usize) -> usize {
        if self.runs.is_empty() {
            return 0;
        }
        let run = self.runs[self.run_index(derived)];
        if run.advances && derived >= run.derived {
            run.original + (derived - run.derived)
        } else {
            run.original
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Position;

    impl MappedText {
        fn position(&self, file: &str, derived: usize) -> Position {
            Position::of_offset(file, self.original(derived))
        }
    }

    #[test]
    fn slices_keep_their_origin() {
        let file = "line one\n   indented\n";
        let whole = MappedText::new(file, 0);
        let mut dedented = MappedText::default();
        dedented.push_slice(&whole, 0, 9);
        dedented.push_slice(&whole, 12, file.len());
        assert_eq!(dedented.text, "line one\nindented\n");
        assert_eq!(dedented.position(file, 9), Position { line: 2, column: 4 });
        let mut with_placeholder = MappedText::default();
        with_placeholder.push_slice(&dedented, 0, 5);
        with_placeholder.push_synthetic("@@", dedented.original(5));
        with_placeholder.push_slice(&dedented, 9, dedented.text.len());
        assert_eq!(with_placeholder.text, "line @@indented\n");
        assert_eq!(
            with_placeholder.position(file, 6),
            Position { line: 1, column: 6 }
        );
        assert_eq!(
            with_placeholder.position(file, 7),
            Position { line: 2, column: 4 }
        );
    }
}
