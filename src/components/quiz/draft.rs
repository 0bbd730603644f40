//! What the learner has entered in a question so far, and the response it
//! makes when they check it (or what is still missing).

use primer_core::quiz::{QuestionKind, Response};

/// One question's unchecked answer; each type uses its own fields.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Draft {
    /// Chosen choices, by source text (multiple choice).
    pub chosen: Vec<String>,
    /// The typed answer (short answer), or the program's output (tracing).
    pub text: String,
    /// Whether the program compiles, once said (tracing).
    pub compiles: Option<bool>,
    /// The error's line as typed (tracing).
    pub line: String,
    /// Why the learner chose their answer (when the question asks).
    pub explanation: String,
}

impl Draft {
    /// Choose `choice` (`on`) or clear it; a single-answer question keeps one.
    pub fn choose(&self, choice: String, on: bool, multiple: bool) -> Draft {
        let mut chosen = if multiple {
            self.chosen.clone()
        } else {
            Vec::new()
        };
        chosen.retain(|c| *c != choice);
        if on {
            chosen.push(choice);
        }
        Draft {
            chosen,
            ..self.clone()
        }
    }

    /// The response to grade, or what the learner still has to give.
    pub fn response(&self, kind: &QuestionKind) -> Result<Response, &'static str> {
        match kind {
            QuestionKind::MultipleChoice(mc) => {
                if self.chosen.is_empty() {
                    Err(if mc.multiple {
                        "Choose at least one answer, then check it."
                    } else {
                        "Choose an answer, then check it."
                    })
                } else {
                    Ok(Response::Choices {
                        chosen: self.chosen.clone(),
                    })
                }
            }
            QuestionKind::ShortAnswer(_) => {
                if self.text.trim().is_empty() {
                    Err("Type an answer, then check it.")
                } else {
                    Ok(Response::Text {
                        text: self.text.clone(),
                    })
                }
            }
            QuestionKind::Tracing(_) => match self.compiles {
                None => Err("Say whether the program compiles, then check your answer."),
                Some(true) => Ok(Response::Tracing {
                    compiles: true,
                    stdout: Some(self.text.clone()),
                    line: None,
                }),
                Some(false) => match self.line.trim().parse::<u32>() {
                    Ok(line) if line > 0 => Ok(Response::Tracing {
                        compiles: false,
                        stdout: None,
                        line: Some(line),
                    }),
                    _ => Err("Give the number of the line with the error, then check your answer."),
                },
            },
        }
    }
}
