//! The learner's progress as app state: a reducer (`ProgressState`,
//! `Action`, `reduce`) shared through a context by the progress provider
//! (`components::progress_provider`), which loads it from storage and saves
//! it after every change.

use std::rc::Rc;

use primer_core::progress::Progress;
use primer_core::quiz::{Quiz, Response};
use yew::prelude::*;

/// Everything answered in this guide, and the seed that orders choices.
#[derive(Debug, Clone)]
pub struct ProgressState {
    pub progress: Progress,
    /// The learner's seed for `choice_order`.
    pub learner: Rc<str>,
    /// Bumped by every change, so the provider saves once per change.
    pub revision: u64,
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
    /// `now` (ms since the epoch).
    Record {
        quiz: Rc<Quiz>,
        index: usize,
        response: Response,
        now: u64,
    },
    ResetQuestion {
        quiz: String,
        question: String,
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
        }
    }
}

impl Reducible for ProgressState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut progress = self.progress.clone();
        let before = progress.answers.len();
        let changed = match action {
            Action::Record {
                quiz,
                index,
                response,
                now,
            } => {
                progress.record(&quiz.id, &quiz.questions[index], response, now);
                true
            }
            Action::ResetQuestion { quiz, question } => {
                progress.reset_question(&quiz, &question);
                progress.answers.len() != before
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
                progress.merge(other);
                newer > 0
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
        })
    }
}

/// How many answers of `theirs` are new here or newer than ours (what a
/// merge takes in).
pub fn newer(ours: &Progress, theirs: &Progress) -> usize {
    theirs
        .answers
        .iter()
        .filter(|(key, a)| !matches!(ours.answers.get(*key), Some(o) if o.last_at >= a.last_at))
        .count()
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
    use primer_core::quiz::fingerprint::fingerprint;
    use primer_core::quiz::{Question, QuestionKind, Rich, ShortAnswer};

    fn question(id: &str) -> Question {
        let kind = QuestionKind::ShortAnswer(ShortAnswer {
            prompt: Rich::new("?"),
            response: Default::default(),
            answer: "a".into(),
            alternatives: vec![],
        });
        Question {
            id: id.into(),
            derived_id: false,
            fingerprint: fingerprint(&kind),
            kind,
            context: None,
            multipart: None,
            prompt_explanation: None,
            objectives: vec![],
            hint: None,
        }
    }

    fn record(id: &str, text: &str, now: u64) -> Action {
        let quiz = Quiz {
            id: "quiz".into(),
            file: "quiz.toml".into(),
            multipart: Default::default(),
            questions: vec![question(id)],
        };
        Action::Record {
            quiz: Rc::new(quiz),
            index: 0,
            response: Response::Text { text: text.into() },
            now,
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

        let state = state.reduce(Action::ResetQuestion {
            quiz: "quiz".into(),
            question: "q1".into(),
        });
        assert_eq!((state.revision, keys(&state)), (3, vec!["quiz/q2"]));
        let state = state.reduce(Action::ResetQuizzes(vec!["quiz".into()]));
        assert!(state.progress.answers.is_empty());
        let state = state.reduce(record("q1", "a", 12)).reduce(Action::ResetAll);
        assert!(state.progress.answers.is_empty());
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
