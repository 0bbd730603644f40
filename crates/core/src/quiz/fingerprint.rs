//! Question fingerprints: a hash of exactly what grading depends on.
//!
//! A learner's saved answer is kept while the fingerprint is unchanged and
//! reset when it changes. So the fingerprint covers what decides right and
//! wrong, and nothing an author edits for wording:
//!
//! | type | covered | not covered |
//! |---|---|---|
//! | all | the question type | prompt, `context`, `hint`, `promptExplanation`, objectives, feedback |
//! | MultipleChoice | `multiple`; the answers and the distractors, each as a sorted set of exact source text | `answerIndex`, `sortAnswers`, choice order |
//! | ShortAnswer | the answer and alternatives, normalised as grading does, as a sorted set | `response` size |
//! | Tracing | `doesCompile`, normalised `stdout`, `lineNumber` | the program text |
//!
//! Choices are exact text because a saved response names its choices by their
//! text: fixing a typo in a choice makes the old response point at nothing, so
//! it must reset. Short answers are normalised because grading is, so a case
//! or spacing edit still accepts the same responses. The program of a Tracing
//! question is left out on purpose: reformatting it or renaming a variable
//! keeps progress; an edit that changes the behaviour changes the expected
//! output or line too, and that resets it.

use super::grade::{normalise_output, normalise_text};
use super::QuestionKind;
use crate::hash::StableHash;

/// 16 hex digits identifying what grading of `kind` depends on.
pub fn fingerprint(kind: &QuestionKind) -> String {
    let hash = StableHash::default();
    match kind {
        QuestionKind::MultipleChoice(mc) => {
            let hash = hash.part("MultipleChoice").part([u8::from(mc.multiple)]);
            let hash = set(
                hash.part("answers"),
                mc.answers.iter().map(|a| a.source.clone()),
            );
            set(
                hash.part("distractors"),
                mc.distractors.iter().map(|d| d.source.clone()),
            )
        }
        QuestionKind::ShortAnswer(sa) => {
            let accepted = std::iter::once(&sa.answer).chain(&sa.alternatives);
            set(
                hash.part("ShortAnswer"),
                accepted.map(|a| normalise_text(a)),
            )
        }
        QuestionKind::Tracing(tr) => {
            let hash = hash.part("Tracing").part([u8::from(tr.does_compile)]);
            let hash = match &tr.stdout {
                Some(stdout) => hash.part("stdout").part(normalise_output(stdout)),
                None => hash.part("no stdout"),
            };
            match tr.line_number {
                Some(line) => hash.part("line").part(line.to_le_bytes()),
                None => hash.part("no line"),
            }
        }
    }
    .hex()
}

/// Add `items` as a set: sorted, duplicates once, with the count first.
fn set(hash: StableHash, items: impl Iterator<Item = String>) -> StableHash {
    let mut items: Vec<String> = items.collect();
    items.sort();
    items.dedup();
    let hash = hash.part((items.len() as u64).to_le_bytes());
    items.iter().fold(hash, |hash, item| hash.part(item))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::samples::{choice_kind, short_answer_kind, tracing_kind};
    use crate::quiz::Rich;

    /// `before` and `after` have the same fingerprint exactly when `same`.
    fn case(before: QuestionKind, after: QuestionKind, same: bool) {
        let (a, b) = (fingerprint(&before), fingerprint(&after));
        assert_eq!(a.len(), 16);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(a == b, same, "{before:?}\n{after:?}");
    }

    #[test]
    fn wording_edits_keep_the_fingerprint() {
        case(
            choice_kind("What?", &["a"], &["b", "c"]),
            choice_kind("What, exactly?", &["a"], &["b", "c"]),
            true,
        );
        case(
            choice_kind("?", &["a"], &["b", "c"]),
            choice_kind("?", &["a"], &["c", "b"]),
            true,
        );
        case(
            choice_kind("?", &["a", "b"], &["c"]),
            choice_kind("?", &["b", "a"], &["c"]),
            true,
        );
        case(
            short_answer_kind("Keyword?", "mut", &["MUT "]),
            short_answer_kind("Which keyword?", " Mut", &["mut"]),
            true,
        );
        case(
            tracing_kind("let x = 1;", true, Some("1\n"), None),
            tracing_kind("let y = 1;", true, Some("1"), None),
            true,
        );
        case(
            tracing_kind("a", false, None, Some(4)),
            tracing_kind("b", false, None, Some(4)),
            true,
        );
    }

    #[test]
    fn wording_outside_the_kind_is_not_seen() {
        let mut with = choice_kind("?", &["a"], &["b"]);
        if let QuestionKind::MultipleChoice(m) = &mut with {
            m.answer_index = Some(1);
            m.sort_answers = true;
            m.feedback.insert("b".into(), Rich::new("no"));
        }
        case(with, choice_kind("?", &["a"], &["b"]), true);
    }

    #[test]
    fn answer_edits_change_the_fingerprint() {
        case(
            choice_kind("?", &["a"], &["b"]),
            choice_kind("?", &["b"], &["a"]),
            false,
        );
        case(
            choice_kind("?", &["a"], &["b"]),
            choice_kind("?", &["a."], &["b"]),
            false,
        );
        case(
            choice_kind("?", &["a"], &["b"]),
            choice_kind("?", &["a"], &["b", "c"]),
            false,
        );
        case(
            choice_kind("?", &["a"], &["b"]),
            choice_kind("?", &["a", "b"], &[]),
            false,
        );
        case(
            short_answer_kind("?", "mut", &[]),
            short_answer_kind("?", "let", &[]),
            false,
        );
        case(
            short_answer_kind("?", "mut", &[]),
            short_answer_kind("?", "mut", &["let mut"]),
            false,
        );
        case(
            tracing_kind("p", true, Some("1"), None),
            tracing_kind("p", true, Some("2"), None),
            false,
        );
        case(
            tracing_kind("p", false, None, Some(4)),
            tracing_kind("p", false, None, Some(5)),
            false,
        );
        case(
            tracing_kind("p", false, None, None),
            tracing_kind("p", true, None, None),
            false,
        );
        case(
            short_answer_kind("?", "a", &[]),
            choice_kind("?", &["a"], &[]),
            false,
        );
    }

    #[test]
    fn the_multiple_flag_matters() {
        let mut multiple = choice_kind("?", &["a"], &["b"]);
        if let QuestionKind::MultipleChoice(m) = &mut multiple {
            m.multiple = true;
        }
        case(multiple, choice_kind("?", &["a"], &["b"]), false);
    }
}
