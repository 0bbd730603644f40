//! Grading: pure and deterministic, from a question and a learner's response to a [`Grade`].
//!
//! - Multiple choice compares choices by their source text, as sets: order and
//!   duplicates in the response do not matter, so one answer is an exact match
//!   and several must all be chosen with nothing else.
//! - Short answer matches the answer or any alternative after [`normalise_text`]
//!   (surrounding whitespace trimmed, inner runs of whitespace collapsed, case ignored).
//! - Tracing needs the compile verdict first; then a program that compiles is
//!   graded on its output after [`normalise_output`], one that does not on the
//!   error's line (or on the verdict alone when the author gave no line).
//!
//! A response of the wrong shape for the question is incorrect, never a panic.

use serde::{Deserialize, Serialize};

use super::{MultipleChoice, QuestionKind, Response, ShortAnswer, Tracing};

/// The outcome of grading one response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grade {
    pub correct: bool,
    pub detail: GradeDetail,
}

/// What the reader shows beside the verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GradeDetail {
    Choices {
        /// Chosen choices that are not answers (in the order chosen, once each).
        wrong: Vec<String>,
        /// Answers the learner did not choose (in file order).
        missed: Vec<String>,
    },
    Text {
        /// The accepted answer the response matched, if any.
        matched: Option<String>,
    },
    Tracing {
        /// Whether the learner was right about the program compiling.
        verdict_correct: bool,
        /// Whether the output (or error line) was right; `None` when the verdict
        /// was wrong, or when there is nothing more to check.
        detail_correct: Option<bool>,
    },
    /// The response does not fit the question's type (e.g. the question changed type).
    WrongShape,
}

/// Grade `response` to a question of `kind`.
pub fn grade(kind: &QuestionKind, response: &Response) -> Grade {
    match (kind, response) {
        (QuestionKind::MultipleChoice(mc), Response::Choices { chosen }) => choices(mc, chosen),
        (QuestionKind::ShortAnswer(sa), Response::Text { text }) => short_answer(sa, text),
        (
            QuestionKind::Tracing(tr),
            Response::Tracing {
                compiles,
                stdout,
                line,
            },
        ) => tracing(tr, *compiles, stdout.as_deref(), *line),
        _ => Grade {
            correct: false,
            detail: GradeDetail::WrongShape,
        },
    }
}

fn choices(mc: &MultipleChoice, chosen: &[String]) -> Grade {
    let is_answer = |text: &str| mc.answers.iter().any(|a| a.source == text);
    let mut wrong: Vec<String> = Vec::new();
    for text in chosen.iter().filter(|text| !is_answer(text)) {
        if !wrong.contains(text) {
            wrong.push(text.clone());
        }
    }
    let missed: Vec<String> = mc
        .answers
        .iter()
        .map(|a| a.source.clone())
        .filter(|a| !chosen.contains(a))
        .collect();
    let correct = wrong.is_empty() && missed.is_empty() && !mc.answers.is_empty();
    Grade {
        correct,
        detail: GradeDetail::Choices { wrong, missed },
    }
}

fn short_answer(sa: &ShortAnswer, text: &str) -> Grade {
    let response = normalise_text(text);
    let matched = std::iter::once(&sa.answer)
        .chain(&sa.alternatives)
        .find(|accepted| normalise_text(accepted) == response)
        .cloned();
    Grade {
        correct: matched.is_some(),
        detail: GradeDetail::Text { matched },
    }
}

fn tracing(tr: &Tracing, compiles: bool, stdout: Option<&str>, line: Option<u32>) -> Grade {
    let verdict_correct = compiles == tr.does_compile;
    let detail_correct = match (verdict_correct, tr.does_compile) {
        (false, _) => None,
        (true, true) => tr.stdout.as_deref().map(|expected| {
            stdout.is_some_and(|s| normalise_output(s) == normalise_output(expected))
        }),
        (true, false) => tr.line_number.map(|expected| line == Some(expected)),
    };
    let correct = verdict_correct && detail_correct != Some(false);
    Grade {
        correct,
        detail: GradeDetail::Tracing {
            verdict_correct,
            detail_correct,
        },
    }
}

/// Short-answer form: trimmed, inner whitespace runs made one space, lowercase.
pub fn normalise_text(text: &str) -> String {
    joined(text.split_whitespace(), ' ').to_lowercase()
}

/// Program-output form: `\r\n` made `\n`, trailing whitespace of each line
/// dropped, then the whole trimmed.
pub fn normalise_output(text: &str) -> String {
    joined(text.lines().map(str::trim_end), '\n')
        .trim()
        .to_string()
}

/// `parts` with `separator` between them (what `join` does, without
/// collecting the parts first: less code in the wasm).
fn joined<'a>(parts: impl Iterator<Item = &'a str>, separator: char) -> String {
    let mut out = String::new();
    for (i, part) in parts.enumerate() {
        if i > 0 {
            out.push(separator);
        }
        out.push_str(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::samples::{choice_kind, tracing_kind};

    fn choice(answers: &[&str], distractors: &[&str]) -> QuestionKind {
        choice_kind("?", answers, distractors)
    }
    use crate::quiz::Rich;

    fn chose(texts: &[&str]) -> Response {
        Response::Choices {
            chosen: texts.iter().map(|t| t.to_string()).collect(),
        }
    }

    fn traced(compiles: bool, stdout: Option<&str>, line: Option<u32>) -> Response {
        Response::Tracing {
            compiles,
            stdout: stdout.map(str::to_string),
            line,
        }
    }

    fn case(kind: &QuestionKind, response: Response, correct: bool) {
        assert_eq!(
            grade(kind, &response).correct,
            correct,
            "{response:?} to {kind:?}"
        );
    }

    #[test]
    fn multiple_choice_is_set_equality_on_source_text() {
        let single = choice(&["a"], &["b", "c"]);
        case(&single, chose(&["a"]), true);
        case(&single, chose(&["a", "a"]), true);
        case(&single, chose(&["b"]), false);
        case(&single, chose(&["a", "b"]), false);
        case(&single, chose(&[]), false);
        case(&single, chose(&["A"]), false);
        let many = choice(&["a", "b"], &["c"]);
        case(&many, chose(&["b", "a"]), true);
        case(&many, chose(&["a"]), false);
        case(&many, chose(&["a", "b", "c"]), false);
        case(&choice(&[], &["c"]), chose(&[]), false);
    }

    #[test]
    fn multiple_choice_says_what_was_wrong_and_what_was_missed() {
        let many = choice(&["a", "b"], &["c", "d"]);
        let detail = GradeDetail::Choices {
            wrong: vec!["d".into(), "c".into()],
            missed: vec!["b".into()],
        };
        assert_eq!(
            grade(&many, &chose(&["d", "a", "c", "d"])),
            Grade {
                correct: false,
                detail
            }
        );
    }

    #[test]
    fn short_answer_normalises_case_and_whitespace() {
        let sa = QuestionKind::ShortAnswer(ShortAnswer {
            prompt: Rich::new("?"),
            response: Default::default(),
            answer: "let mut".into(),
            alternatives: vec!["Mutable  Binding".into()],
        });
        case(
            &sa,
            Response::Text {
                text: "let mut".into(),
            },
            true,
        );
        case(
            &sa,
            Response::Text {
                text: "  LET\t mut \n".into(),
            },
            true,
        );
        case(
            &sa,
            Response::Text {
                text: "mutable binding".into(),
            },
            true,
        );
        case(
            &sa,
            Response::Text {
                text: "letmut".into(),
            },
            false,
        );
        case(&sa, Response::Text { text: "".into() }, false);
        let detail = grade(
            &sa,
            &Response::Text {
                text: "MUTABLE binding".into(),
            },
        )
        .detail;
        assert_eq!(
            detail,
            GradeDetail::Text {
                matched: Some("Mutable  Binding".into())
            }
        );
    }

    #[test]
    fn tracing_checks_the_verdict_then_the_output_or_line() {
        let runs = tracing_kind("p", true, Some("1\n2\n"), None);
        case(&runs, traced(true, Some("1\n2"), None), true);
        case(&runs, traced(true, Some("  1  \r\n2\t\r\n\n"), None), true);
        case(&runs, traced(true, Some("1 2"), None), false);
        case(&runs, traced(true, None, None), false);
        case(&runs, traced(false, None, Some(1)), false);
        let fails = tracing_kind("p", false, None, Some(4));
        case(&fails, traced(false, None, Some(4)), true);
        case(&fails, traced(false, None, Some(3)), false);
        case(&fails, traced(false, None, None), false);
        case(&fails, traced(true, Some("x"), None), false);
        case(
            &tracing_kind("p", false, None, None),
            traced(false, None, None),
            true,
        );
        let detail = grade(&fails, &traced(false, None, Some(3))).detail;
        assert_eq!(
            detail,
            GradeDetail::Tracing {
                verdict_correct: true,
                detail_correct: Some(false)
            }
        );
    }

    #[test]
    fn a_response_of_the_wrong_shape_is_incorrect() {
        let wrong = grade(&choice(&["a"], &[]), &Response::Text { text: "a".into() });
        assert_eq!(
            wrong,
            Grade {
                correct: false,
                detail: GradeDetail::WrongShape
            }
        );
        case(
            &tracing_kind("p", true, Some(""), None),
            chose(&["a"]),
            false,
        );
    }
}
