//! A learner's progress through one guide: every answer, kept against the
//! question's id and the fingerprint of what grading depends on.
//!
//! - Editing a question's wording keeps the saved answer (same fingerprint);
//!   editing its answer makes the saved one stale, so that question alone
//!   starts over. Stale answers stay stored until the learner answers again.
//! - Attempts and the first and last answer times are kept per question,
//!   and the learner's own explanation when the question asked for one
//!   (`promptExplanation`).
//! - Two copies (another tab, an imported file) merge question by question:
//!   the newer answer wins.
//!
//! Pure: the reader stores it (localStorage) through `stored`, and a learner
//! takes it elsewhere through `export`.

use std::collections::BTreeMap;

use crate::quiz::grade::{grade, Grade};
use crate::quiz::{Question, Response};

pub mod export;
mod json_out;
pub mod stored;
pub mod tally;

/// The version of the stored and exported formats; see `stored` for how an
/// older record is brought up to date and what happens to a newer one.
pub const SCHEMA_VERSION: u32 = 1;

/// One question's saved answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub response: Response,
    /// The question's fingerprint when it was answered.
    pub fingerprint: String,
    pub correct: bool,
    pub attempts: u32,
    /// Milliseconds since the Unix epoch.
    pub first_at: u64,
    pub last_at: u64,
    /// Why the learner chose this answer, in their words (only for a
    /// question with `promptExplanation`).
    pub explanation: Option<String>,
}

/// Everything saved for one guide.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Progress {
    pub guide_id: String,
    /// By [`Progress::key`].
    pub answers: BTreeMap<String, Answer>,
}

impl Progress {
    pub fn new(guide_id: impl Into<String>) -> Progress {
        Progress {
            guide_id: guide_id.into(),
            answers: BTreeMap::new(),
        }
    }

    /// Where a question's answer is kept: `quiz-id/question-id`.
    pub fn key(quiz_id: &str, question_id: &str) -> String {
        format!("{quiz_id}/{question_id}")
    }

    /// Grade and save an answer at time `now`; returns the grade.
    pub fn record(
        &mut self,
        quiz_id: &str,
        question: &Question,
        response: Response,
        now: u64,
    ) -> Grade {
        let grade = grade(&question.kind, &response);
        let key = Progress::key(quiz_id, &question.id);
        let previous = self.answers.get(&key);
        let (attempts, first_at) = match previous {
            Some(old) if old.fingerprint == question.fingerprint => {
                (old.attempts + 1, old.first_at)
            }
            _ => (1, now),
        };
        self.answers.insert(
            key,
            Answer {
                response,
                fingerprint: question.fingerprint.clone(),
                correct: grade.correct,
                attempts,
                first_at,
                last_at: now,
                explanation: None,
            },
        );
        grade
    }

    /// Keep the learner's explanation with their latest answer to a question.
    pub fn explain(&mut self, quiz_id: &str, question_id: &str, explanation: String) {
        if let Some(answer) = self.answers.get_mut(&Progress::key(quiz_id, question_id)) {
            answer.explanation = Some(explanation);
        }
    }

    /// The saved answer to `question`, unless its answer changed since.
    pub fn answer(&self, quiz_id: &str, question: &Question) -> Option<&Answer> {
        self.answers
            .get(&Progress::key(quiz_id, &question.id))
            .filter(|answer| answer.fingerprint == question.fingerprint)
    }

    /// Forget every answer of these quizzes (one quiz, or a chapter's).
    pub fn reset_quizzes(&mut self, quiz_ids: &[&str]) {
        self.answers.retain(|key, _| {
            let quiz = key.rsplit_once('/').map_or(key.as_str(), |(quiz, _)| quiz);
            !quiz_ids.contains(&quiz)
        });
    }

    /// Forget one question's answer (to retry it).
    pub fn reset_question(&mut self, quiz_id: &str, question_id: &str) {
        self.answers.remove(&Progress::key(quiz_id, question_id));
    }

    /// Forget everything.
    pub fn reset_all(&mut self) {
        self.answers.clear();
    }

    /// Take in another copy's answers: for each question the newer answer
    /// wins (on a tie, the one already here stays).
    pub fn merge(&mut self, other: Progress) {
        for (key, theirs) in other.answers {
            match self.answers.get(&key) {
                Some(ours) if ours.last_at >= theirs.last_at => {}
                _ => {
                    self.answers.insert(key, theirs);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
