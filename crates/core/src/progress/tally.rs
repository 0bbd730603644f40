//! Counting progress for the progress page: per quiz and chapter (answered,
//! correct, total), per learning objective across the guide (mastery), and
//! overall. An answer counts only while its fingerprint matches the question.

use crate::bundle::{Objective, QuizSummary};

use super::Progress;

/// Answered, correct and total questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub answered: u32,
    pub correct: u32,
    pub total: u32,
}

impl Tally {
    pub fn add(&mut self, other: Tally) {
        self.answered += other.answered;
        self.correct += other.correct;
        self.total += other.total;
    }

    /// Correct answers as a share of all questions, 0.0 to 1.0.
    pub fn mastery(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            f64::from(self.correct) / f64::from(self.total)
        }
    }
}

/// The questions of `quizzes` that pass `keep`, counted against `progress`.
fn count(quizzes: &[QuizSummary], progress: &Progress, keep: impl Fn(&[String]) -> bool) -> Tally {
    let mut tally = Tally::default();
    for quiz in quizzes {
        for question in quiz.questions.iter().filter(|q| keep(&q.objectives)) {
            tally.total += 1;
            let key = Progress::key(&quiz.id, &question.id);
            if let Some(answer) = progress
                .answers
                .get(&key)
                .filter(|a| a.fingerprint == question.fingerprint)
            {
                tally.answered += 1;
                tally.correct += u32::from(answer.correct);
            }
        }
    }
    tally
}

/// Every question of these quizzes (a quiz, or a chapter's quizzes).
pub fn quizzes(quizzes: &[QuizSummary], progress: &Progress) -> Tally {
    count(quizzes, progress, |_| true)
}

/// Mastery of each objective of a chapter: the questions tagged with it.
pub fn objectives(
    objectives: &[Objective],
    quizzes: &[QuizSummary],
    progress: &Progress,
) -> Vec<(Objective, Tally)> {
    objectives
        .iter()
        .map(|objective| {
            let tally = count(quizzes, progress, |tags| tags.contains(&objective.id));
            (objective.clone(), tally)
        })
        .collect()
}
