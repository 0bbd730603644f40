//! Quizzes: the model a quiz file compiles to, and pure grading.
//!
//! Quiz files use the mdbook-quiz TOML schema (see `parse`), so quizzes written
//! for mdBook books load unchanged. Our extensions (`objectives`, `hint`,
//! per-choice `feedback`) are optional keys that other tools ignore.
//!
//! Every piece of author text is a [`Rich`]: its Markdown source, kept because
//! grading, fingerprints and choice order depend on it, and the compiled
//! blocks the reader renders.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::document::Block;

pub mod fingerprint;
pub mod grade;
pub mod order;
#[cfg(feature = "compile")]
pub mod parse;
#[cfg(test)]
pub(crate) mod samples;

/// Author text: Markdown source plus its compiled blocks.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Rich {
    pub source: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blocks: Vec<Block>,
}

impl Rich {
    pub fn new(source: impl Into<String>) -> Rich {
        Rich {
            source: source.into(),
            blocks: Vec::new(),
        }
    }
}

/// One quiz file, as placed in a chapter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quiz {
    /// Stable id: the `id` attribute of the `<Quiz>` tag, else the file stem.
    pub id: String,
    /// The quiz file's path as the author wrote it.
    pub file: String,
    /// Shared context of multipart groups, by key.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub multipart: BTreeMap<String, Rich>,
    pub questions: Vec<Question>,
}

/// One question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Stable id (written by the author, or derived from the content).
    pub id: String,
    /// True when `id` was derived because the author gave none.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub derived_id: bool,
    pub kind: QuestionKind,
    /// Explanation shown after answering (`context`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<Rich>,
    /// Key into [`Quiz::multipart`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multipart: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt_explanation: Option<Rich>,
    /// Ids of the chapter's learning objectives this question checks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Rich>,
    /// Fingerprint of everything grading depends on (see `fingerprint`).
    pub fingerprint: String,
}

impl Question {
    /// A question with an author-given id and nothing but its kind: no
    /// explanation, group, hint or objectives; the fingerprint computed.
    pub fn new(id: impl Into<String>, kind: QuestionKind) -> Question {
        Question {
            id: id.into(),
            derived_id: false,
            fingerprint: fingerprint::fingerprint(&kind),
            kind,
            context: None,
            multipart: None,
            prompt_explanation: None,
            objectives: Vec::new(),
            hint: None,
        }
    }
}

/// The three question types, with what each needs to be shown and graded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum QuestionKind {
    MultipleChoice(MultipleChoice),
    ShortAnswer(ShortAnswer),
    Tracing(Tracing),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MultipleChoice {
    pub prompt: Rich,
    /// The correct choices; more than one (or a list in the file) means checkboxes.
    pub answers: Vec<Rich>,
    pub distractors: Vec<Rich>,
    /// True when `answer.answer` was a list: the learner may pick several.
    #[serde(default)]
    pub multiple: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer_index: Option<usize>,
    #[serde(default)]
    pub sort_answers: bool,
    /// Per-choice feedback, keyed by the choice's source text.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub feedback: BTreeMap<String, Rich>,
}

/// How big the answer box of a short answer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ResponseSize {
    #[default]
    Short,
    Long,
    Code,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShortAnswer {
    pub prompt: Rich,
    #[serde(default)]
    pub response: ResponseSize,
    pub answer: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tracing {
    pub program: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<Rich>,
    pub does_compile: bool,
    /// Expected output when the program compiles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stdout: Option<String>,
    /// The line of the error when it does not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_number: Option<u32>,
}

/// What a learner answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Response {
    /// Chosen choices, by their source text (stable under shuffling).
    Choices {
        chosen: Vec<String>,
    },
    Text {
        text: String,
    },
    Tracing {
        compiles: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        stdout: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        line: Option<u32>,
    },
}

impl Quiz {
    /// Visit every piece of author text, so the compiler can fill `blocks`.
    pub fn for_each_rich_mut(&mut self, f: &mut dyn FnMut(&mut Rich)) {
        self.multipart.values_mut().for_each(&mut *f);
        for question in &mut self.questions {
            question.for_each_rich_mut(f);
        }
    }
}

impl Question {
    /// Visit every piece of author text in this question.
    pub fn for_each_rich_mut(&mut self, f: &mut dyn FnMut(&mut Rich)) {
        for rich in [
            &mut self.context,
            &mut self.prompt_explanation,
            &mut self.hint,
        ]
        .into_iter()
        .flatten()
        {
            f(rich);
        }
        match &mut self.kind {
            QuestionKind::MultipleChoice(mc) => {
                f(&mut mc.prompt);
                mc.answers.iter_mut().for_each(&mut *f);
                mc.distractors.iter_mut().for_each(&mut *f);
                mc.feedback.values_mut().for_each(&mut *f);
            }
            QuestionKind::ShortAnswer(sa) => f(&mut sa.prompt),
            QuestionKind::Tracing(tr) => {
                if let Some(prompt) = &mut tr.prompt {
                    f(prompt);
                }
            }
        }
    }
}
