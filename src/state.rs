//! The learner's progress as app state: a reducer (`ProgressState`,
//! `Action`, `reduce`) shared through a context by the progress provider
//! (`components::progress_provider`), which loads it from storage and saves
//! it after every change.
//!
//! "Try again" and "Retry the wrong ones" do not delete the saved answer:
//! the question opens again (it is in `retrying`, kept in memory only) and
//! the next answer counts as another attempt. Resets on the progress page
//! delete answers.

use std::rc::Rc;
use std::sync::Arc;

use primer_core::progress::{Answer, Progress};
use primer_core::quiz::{Question, Quiz, Response};
use yew::prelude::*;

/// Everything answered in this guide, and the seed that orders choices.
#[derive(Debug, Clone)]
pub struct ProgressState {
    pub progress: Progress,
    /// The learner's seed for `choice_order`.
    pub learner: Rc<str>,
    /// Bumped by every change, so the provider saves once per change.
    pub revision: u64,
    /// Answered questions open for another attempt (by `Progress::key`;
    /// a few at a time, so a list).
    pub retrying: Vec<String>,
}

/// Equal when nothing changed (no deep comparison of every answer).
impl PartialEq for ProgressState {
    fn eq(&self, other: &Self) -> bool {
        self.revision == other.revision && self.learner == other.learner
    }
}

/// Something the learner (or another tab, or an import) did.
#[derive(Debug, Clone)]
pub enum Action {
    /// Grade and keep an answer to question `index` of `quiz`, given at
    /// `now` (ms since the epoch), with the learner's explanation if asked.
    Record {
        quiz: Arc<Quiz>,
        index: usize,
        response: Response,
        explanation: Option<String>,
        now: u64,
    },
    /// Open these answered questions of quiz `quiz` for another attempt.
    Retry {
        quiz: String,
        questions: Vec<String>,
    },
    ResetQuizzes(Vec<String>),
    ResetAll,
    /// Another copy's answers (another tab, an imported file): newer wins.
    Merge(Progress),
    /// Answers another tab reset: `(key, when it was last given there)`. An
    /// answer given here since then stays.
    Forget(Vec<(String, u64)>),
}

impl ProgressState {
    pub fn new(progress: Progress, learner: impl Into<Rc<str>>) -> ProgressState {
        ProgressState {
            progress,
            learner: learner.into(),
            revision: 0,
            retrying: Vec::new(),
        }
    }

    /// The answer to show for `question`: the saved one, unless it is
    /// stale (see `Progress::answer`) or open for another attempt.
    pub fn answer(&self, quiz_id: &str, question: &Question) -> Option<&Answer> {
        let key = Progress::key(quiz_id, &question.id);
        if self.retrying.contains(&key) {
            return None;
        }
        self.progress.answer(quiz_id, question)
    }
}

impl Reducible for ProgressState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut progress = self.progress.clone();
        let mut retrying = self.retrying.clone();
        let before = progress.answers.len();
        let changed = match action {
            Action::Record {
                quiz,
                index,
                response,
                explanation,
                now,
            } => {
                let question = &quiz.questions[index];
                progress.record(&quiz.id, question, response, now);
                if let Some(explanation) = explanation {
                    progress.explain(&quiz.id, &question.id, explanation);
                }
                let key = Progress::key(&quiz.id, &question.id);
                retrying.retain(|k| *k != key);
                true
            }
            Action::Retry { quiz, questions } => {
                let before = retrying.len();
                for key in questions.iter().map(|q| Progress::key(&quiz, q)) {
                    if progress.answers.contains_key(&key) && !retrying.contains(&key) {
                        retrying.push(key);
                    }
                }
                retrying.len() != before
            }
            Action::ResetQuizzes(quizzes) => {
                let ids: Vec<&str> = quizzes.iter().map(String::as_str).collect();
                progress.reset_quizzes(&ids);
                progress.answers.len() != before
            }
            Action::ResetAll => {
                progress.reset_all();
                before > 0
            }
            Action::Merge(other) => {
                let newer = newer(&progress, &other);
                let changed = !newer.is_empty();
                // An answer given in another tab closes the retry here.
                retrying.retain(|k| !newer.contains(&k));
                progress.merge(other);
                changed
            }
            Action::Forget(keys) => {
                for (key, when) in keys {
                    if progress
                        .answers
                        .get(&key)
                        .is_some_and(|a| a.last_at <= when)
                    {
                        progress.answers.remove(&key);
                    }
                }
                progress.answers.len() != before
            }
        };
        if !changed {
            return self;
        }
        Rc::new(ProgressState {
            progress,
            learner: self.learner.clone(),
            revision: self.revision + 1,
            retrying,
        })
    }
}

/// The answers of `theirs` that are new here or newer than ours (what a
/// merge takes in), by key.
pub fn newer<'a>(ours: &Progress, theirs: &'a Progress) -> Vec<&'a String> {
    theirs
        .answers
        .iter()
        .filter(|(key, a)| !matches!(ours.answers.get(*key), Some(o) if o.last_at >= a.last_at))
        .map(|(key, _)| key)
        .collect()
}

/// The shared handle: read `progress`, `dispatch` actions.
pub type ProgressContext = UseReducerHandle<ProgressState>;

/// How the provider (or a fallback) makes the first state. One type for
/// every call of `use_reducer`, so the hook is compiled once.
pub type Init = Box<dyn FnOnce() -> ProgressState>;

/// The progress context of the provider above, or (without one, as on a
/// page of its own) a state kept here in memory.
#[hook]
pub fn use_progress() -> ProgressContext {
    let init: Init = Box::new(|| ProgressState::new(Progress::new(""), "local"));
    let local = use_reducer(init);
    use_context::<ProgressContext>().unwrap_or(local)
}

#[cfg(test)]
mod tests {
    use super::*;
    use primer_core::quiz::{Question, QuestionKind, Rich, ShortAnswer};

    fn question(id: &str) -> Question {
        let kind = QuestionKind::ShortAnswer(ShortAnswer {
            prompt: Rich::new("?"),
            response: Default::default(),
            answer: "a".into(),
            alternatives: vec![],
        });
        Question::new(id, kind)
    }

    fn quiz(id: &str) -> Arc<Quiz> {
        Arc::new(Quiz {
            id: "quiz".into(),
            file: "quiz.toml".into(),
            multipart: Default::default(),
            questions: vec![question(id)],
        })
    }

    fn record(id: &str, text: &str, now: u64) -> Action {
        Action::Record {
            quiz: quiz(id),
            index: 0,
            response: Response::Text { text: text.into() },
            explanation: None,
            now,
        }
    }

    fn retry(ids: &[&str]) -> Action {
        Action::Retry {
            quiz: "quiz".into(),
            questions: ids.iter().map(|id| id.to_string()).collect(),
        }
    }

    fn keys(state: &ProgressState) -> Vec<&str> {
        state.progress.answers.keys().map(String::as_str).collect()
    }

    #[test]
    fn every_change_bumps_the_revision_and_no_change_keeps_the_state() {
        let state = Rc::new(ProgressState::new(Progress::new("g"), "seed"));
        let state = state.reduce(record("q1", "a", 10));
        let state = state.reduce(record("q2", "b", 11));
        assert_eq!(
            (state.revision, keys(&state)),
            (2, vec!["quiz/q1", "quiz/q2"])
        );
        assert!(state.progress.answers["quiz/q1"].correct);

        let same = state.clone().reduce(Action::Merge(Progress::new("g")));
        assert!(Rc::ptr_eq(&same, &state), "merging nothing is no change");

        let state = state.reduce(Action::ResetQuizzes(vec!["quiz".into()]));
        assert!(state.progress.answers.is_empty());
        let state = state.reduce(record("q1", "a", 12)).reduce(Action::ResetAll);
        assert!(state.progress.answers.is_empty());
    }

    #[test]
    fn a_retry_keeps_the_answer_and_counts_the_next_as_another_attempt() {
        let state = Rc::new(ProgressState::new(Progress::new("g"), "seed"))
            .reduce(record("q1", "wrong", 10))
            .reduce(retry(&["q1", "never-answered"]));
        assert_eq!(state.revision, 2);
        let q1 = &quiz("q1").questions[0];
        assert_eq!(state.answer("quiz", q1), None, "open again");
        assert_eq!(keys(&state), ["quiz/q1"], "still saved");
        let same = state.clone().reduce(retry(&["q1"]));
        assert!(Rc::ptr_eq(&same, &state), "already open: no change");

        let state = state.reduce(Action::Record {
            quiz: quiz("q1"),
            index: 0,
            response: Response::Text { text: "a".into() },
            explanation: Some("Because.".into()),
            now: 20,
        });
        let answer = state.answer("quiz", q1).expect("shown again");
        assert_eq!(
            (
                answer.attempts,
                answer.first_at,
                answer.last_at,
                answer.correct
            ),
            (2, 10, 20, true)
        );
        assert_eq!(answer.explanation.as_deref(), Some("Because."));
    }

    #[test]
    fn an_answer_from_another_tab_closes_a_retry() {
        let state = Rc::new(ProgressState::new(Progress::new("g"), "seed"))
            .reduce(record("q1", "wrong", 10))
            .reduce(retry(&["q1"]));
        let mut theirs = Progress::new("g");
        theirs.record(
            "quiz",
            &quiz("q1").questions[0],
            Response::Text { text: "a".into() },
            30,
        );
        let state = state.reduce(Action::Merge(theirs));
        let answer = state.answer("quiz", &quiz("q1").questions[0]).unwrap();
        assert!(answer.correct);
    }

    #[test]
    fn forget_keeps_answers_given_here_since() {
        let state = Rc::new(ProgressState::new(Progress::new("g"), "seed"))
            .reduce(record("q1", "a", 10))
            .reduce(record("q2", "a", 30));
        let state = state.reduce(Action::Forget(vec![
            ("quiz/q1".into(), 10),
            ("quiz/q2".into(), 20),
            ("quiz/q3".into(), 20),
        ]));
        assert_eq!(keys(&state), ["quiz/q2"]);
    }
}
