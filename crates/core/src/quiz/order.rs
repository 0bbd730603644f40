//! Choice order: where each choice of a multiple-choice question appears for one learner.
//!
//! As in mdbook-quiz, in this order of precedence:
//! 1. `answerIndex` set: the distractors in file order, with the answers (all
//!    of them, in file order) inserted at that index, clamped to the end.
//!    Unlike mdbook-quiz, whose check treats `answerIndex = 0` as unset,
//!    0 means first.
//! 2. `sortAnswers = true`: every choice sorted by its source text.
//! 3. Otherwise shuffled (Fisher-Yates) by a small PRNG (SplitMix64) seeded
//!    with a [`StableHash`] of the learner's seed and the question id: the
//!    same on every reload and in every release, usually different between
//!    learners, and independent of other questions.
//!
//! The order is a list of [`ChoiceRef`]s (which answer or distractor goes
//! where), so the reader keeps its own borrow of the question and can tell
//! answers apart after grading without comparing text.

use serde::{Deserialize, Serialize};

use super::{MultipleChoice, Rich};
use crate::hash::StableHash;

/// One choice of a [`MultipleChoice`], by its index in `answers` or `distractors`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ChoiceRef {
    Answer(usize),
    Distractor(usize),
}

impl ChoiceRef {
    /// The choice's text in `mc` (`None` if this ref is not from `mc`).
    pub fn choice(self, mc: &MultipleChoice) -> Option<&Rich> {
        match self {
            ChoiceRef::Answer(i) => mc.answers.get(i),
            ChoiceRef::Distractor(i) => mc.distractors.get(i),
        }
    }

    pub fn is_answer(self) -> bool {
        matches!(self, ChoiceRef::Answer(_))
    }
}

/// The order in which the learner with `learner_seed` sees the choices of `mc`.
pub fn choice_order(mc: &MultipleChoice, learner_seed: &str, question_id: &str) -> Vec<ChoiceRef> {
    let answers = (0..mc.answers.len()).map(ChoiceRef::Answer);
    let distractors = (0..mc.distractors.len()).map(ChoiceRef::Distractor);
    if let Some(index) = mc.answer_index {
        let mut order: Vec<ChoiceRef> = distractors.collect();
        let at = index.min(order.len());
        order.splice(at..at, answers);
        return order;
    }
    let mut order: Vec<ChoiceRef> = answers.chain(distractors).collect();
    if mc.sort_answers {
        order.sort_by_cached_key(|c| c.choice(mc).map(|r| r.source.clone()));
        return order;
    }
    let seed = StableHash::default()
        .part("choice order")
        .part(learner_seed)
        .part(question_id);
    let mut rng = SplitMix64(seed.value());
    for i in (1..order.len()).rev() {
        order.swap(i, rng.below(i + 1));
    }
    order
}

/// SplitMix64 (Steele, Lea and Flood): tiny, fast and good enough to shuffle.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (multiply-shift: no modulo bias worth the name).
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next()) * n as u128) >> 64) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::samples::multiple_choice;

    fn mc(answers: &[&str], distractors: &[&str]) -> MultipleChoice {
        multiple_choice("?", answers, distractors)
    }
    use std::collections::HashSet;

    /// The choices' texts in the order `learner` sees them.
    fn case<'a>(mc: &'a MultipleChoice, learner: &str) -> Vec<&'a str> {
        let order = choice_order(mc, learner, "q1");
        let texts: Vec<&str> = order
            .iter()
            .map(|c| c.choice(mc).unwrap().source.as_str())
            .collect();
        let unique: HashSet<_> = order.iter().collect();
        assert_eq!(
            (order.len(), unique.len()),
            (mc.answers.len() + mc.distractors.len(), order.len())
        );
        texts
    }

    #[test]
    fn a_shuffle_is_stable_for_a_learner_and_in_every_release() {
        let q = mc(&["a"], &["b", "c", "d", "e"]);
        assert_eq!(case(&q, "learner-1"), case(&q, "learner-1"));
        // Pinned: a release that changes this reorders every learner's choices.
        assert_eq!(case(&q, "learner-1"), ["e", "c", "a", "b", "d"]);
    }

    #[test]
    fn learners_and_questions_get_different_shuffles() {
        let q = mc(&["a"], &["b", "c", "d"]);
        let orders: HashSet<Vec<&str>> =
            (0..50).map(|i| case(&q, &format!("learner-{i}"))).collect();
        assert!(orders.len() > 10, "{orders:?}");
        let by_question: HashSet<Vec<ChoiceRef>> = (0..50)
            .map(|i| choice_order(&q, "learner", &format!("q{i}")))
            .collect();
        assert!(by_question.len() > 10);
    }

    #[test]
    fn the_answer_lands_in_every_position_about_equally() {
        let q = mc(&["a"], &["b", "c", "d"]);
        let mut counts = [0; 4];
        for i in 0..4000 {
            counts[case(&q, &i.to_string())
                .iter()
                .position(|t| *t == "a")
                .unwrap()] += 1;
        }
        assert!(
            counts.iter().all(|&n| (850..1150).contains(&n)),
            "{counts:?}"
        );
    }

    #[test]
    fn sort_answers_sorts_by_source_text() {
        let mut q = mc(&["b", "d"], &["c", "a"]);
        q.sort_answers = true;
        assert_eq!(case(&q, "x"), ["a", "b", "c", "d"]);
        assert_eq!(case(&q, "y"), ["a", "b", "c", "d"]);
    }

    #[test]
    fn answer_index_places_the_answers_among_distractors_in_file_order() {
        let mut q = mc(&["a"], &["x", "y", "z"]);
        for (index, expected) in [
            (0, ["a", "x", "y", "z"]),
            (2, ["x", "y", "a", "z"]),
            (3, ["x", "y", "z", "a"]),
            (9, ["x", "y", "z", "a"]),
        ] {
            q.answer_index = Some(index);
            q.sort_answers = index == 2; // answerIndex wins over sortAnswers
            assert_eq!(case(&q, "anyone"), expected, "answerIndex = {index}");
        }
        let mut many = mc(&["a", "b"], &["x", "y"]);
        many.answer_index = Some(1);
        assert_eq!(case(&many, "anyone"), ["x", "a", "b", "y"]);
    }

    #[test]
    fn refs_resolve_only_within_range() {
        let q = mc(&["a"], &["b"]);
        assert!(ChoiceRef::Answer(0).is_answer() && !ChoiceRef::Distractor(0).is_answer());
        assert_eq!(ChoiceRef::Distractor(0).choice(&q), Some(&Rich::new("b")));
        assert_eq!(ChoiceRef::Distractor(1).choice(&q), None);
        assert!(choice_order(&mc(&[], &[]), "x", "q").is_empty());
    }
}
