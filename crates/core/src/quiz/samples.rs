//! Small questions for tests, shared by the quiz and progress tests.

use super::{MultipleChoice, QuestionKind, Rich, ShortAnswer, Tracing};

/// Choices; several answers make it a multiple-answer (checkbox) question.
pub fn multiple_choice(prompt: &str, answers: &[&str], distractors: &[&str]) -> MultipleChoice {
    MultipleChoice {
        prompt: Rich::new(prompt),
        answers: answers.iter().copied().map(Rich::new).collect(),
        distractors: distractors.iter().copied().map(Rich::new).collect(),
        multiple: answers.len() > 1,
        answer_index: None,
        sort_answers: false,
        feedback: Default::default(),
    }
}

pub fn choice_kind(prompt: &str, answers: &[&str], distractors: &[&str]) -> QuestionKind {
    QuestionKind::MultipleChoice(multiple_choice(prompt, answers, distractors))
}

pub fn short_answer_kind(prompt: &str, answer: &str, alternatives: &[&str]) -> QuestionKind {
    QuestionKind::ShortAnswer(ShortAnswer {
        prompt: Rich::new(prompt),
        response: Default::default(),
        answer: answer.into(),
        alternatives: alternatives.iter().map(|a| a.to_string()).collect(),
    })
}

pub fn tracing_kind(
    program: &str,
    does_compile: bool,
    stdout: Option<&str>,
    line_number: Option<u32>,
) -> QuestionKind {
    QuestionKind::Tracing(Tracing {
        program: program.into(),
        prompt: None,
        does_compile,
        stdout: stdout.map(str::to_string),
        line_number,
    })
}
