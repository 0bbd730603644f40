//! Reading the prompt and answer of each question type, and our per-choice feedback.

use std::collections::BTreeMap;
use std::ops::Range;

use super::node::{boolean, describe, integer, lookup, rich, string, strings, Lookup, Node, Value};
use super::{Reader, STRING, STRINGS};
use crate::quiz::{MultipleChoice, QuestionKind, ResponseSize, Rich, ShortAnswer, Tracing};

impl Reader<'_> {
    pub(super) fn multiple_choice(&mut self, q: &Node) -> Option<QuestionKind> {
        let prompt = self.get(q, "prompt.prompt", true, STRING, rich);
        let distractors = self.get(q, "prompt.distractors", true, STRINGS, strings);
        let answer = self.get(
            q,
            "answer.answer",
            true,
            "a string or an array of strings",
            |n| match &n.value {
                Value::String(s) => Some((vec![s.clone()], false)),
                _ => strings(n).map(|list| (list, true)),
            },
        );
        let answer_index = self.get(
            q,
            "prompt.answerIndex",
            false,
            "a non-negative integer",
            integer(0),
        );
        let sort_answers = self.get(q, "prompt.sortAnswers", false, "a boolean", boolean);
        let ((answers, multiple), distractors) = (answer?, distractors?);
        if answers.is_empty() {
            let at = self.span_of(q, "answer.answer");
            self.error(
                &at,
                "MultipleChoice question has no answer: `answer.answer` is empty",
            );
        }
        // Responses name choices by their text, so two choices may not share it.
        let choices: Vec<&String> = answers.iter().chain(&distractors).collect();
        for (i, twice) in choices
            .iter()
            .enumerate()
            .filter(|(i, c)| choices[..*i].contains(c))
        {
            let path = if i < answers.len() {
                "answer.answer"
            } else {
                "prompt.distractors"
            };
            let at = self.span_of(q, path);
            self.error(&at, format!("{twice:?} is listed twice among the choices"));
        }
        Some(QuestionKind::MultipleChoice(MultipleChoice {
            prompt: prompt?,
            answers: answers.into_iter().map(Rich::new).collect(),
            distractors: distractors.into_iter().map(Rich::new).collect(),
            multiple,
            answer_index,
            sort_answers: sort_answers.unwrap_or(false),
            feedback: BTreeMap::new(),
        }))
    }

    pub(super) fn short_answer(&mut self, q: &Node) -> Option<QuestionKind> {
        let prompt = self.get(q, "prompt.prompt", true, STRING, rich);
        let response = self.get(
            q,
            "prompt.response",
            false,
            "`short`, `long` or `code`",
            |n| match string(n)?.as_str() {
                "short" => Some(ResponseSize::Short),
                "long" => Some(ResponseSize::Long),
                "code" => Some(ResponseSize::Code),
                _ => None,
            },
        );
        let answer = self.get(q, "answer.answer", true, "a non-empty string", |n| {
            string(n).filter(|s| !s.trim().is_empty())
        });
        let alternatives = self.get(q, "answer.alternatives", false, STRINGS, strings);
        Some(QuestionKind::ShortAnswer(ShortAnswer {
            prompt: prompt?,
            response: response.unwrap_or_default(),
            answer: answer?,
            alternatives: alternatives.unwrap_or_default(),
        }))
    }

    pub(super) fn tracing(&mut self, q: &Node) -> Option<QuestionKind> {
        let program = self.get(q, "prompt.program", true, STRING, string);
        let prompt = self.get(q, "prompt.prompt", false, STRING, rich);
        let does_compile = self.get(q, "answer.doesCompile", true, "a boolean", boolean)?;
        let stdout = self
            .get(q, "answer.stdout", false, STRING, string)
            .filter(|_| does_compile);
        let line_number = self.get(
            q,
            "answer.lineNumber",
            false,
            "a line number (1 or more)",
            integer(1),
        );
        let line_number = line_number.filter(|_| !does_compile);
        let at = self.span_of(q, "answer.doesCompile");
        if does_compile && matches!(lookup(q, "answer.stdout"), Lookup::Missing(_)) {
            self.error(&at, "`answer.doesCompile` is true, so `answer.stdout` (the expected output) is required");
        }
        if !does_compile && matches!(lookup(q, "answer.lineNumber"), Lookup::Missing(_)) {
            self.warning(
                &at,
                "no `answer.lineNumber`: learners are graded on the compile verdict only",
            );
        }
        Some(QuestionKind::Tracing(Tracing {
            program: program?,
            prompt,
            does_compile,
            stdout,
            line_number,
        }))
    }

    /// Our `feedback` table: choice text to Markdown explaining that choice.
    pub(super) fn feedback(
        &mut self,
        node: &Node,
        mc: &MultipleChoice,
        anchor: &Range<usize>,
    ) -> BTreeMap<String, Rich> {
        let mut feedback = BTreeMap::new();
        let Value::Table(entries) = &node.value else {
            let at = node.span.clone().unwrap_or(anchor.clone());
            self.error(
                &at,
                format!(
                    "`feedback` must be a table of choice text to Markdown, found {}",
                    describe(node)
                ),
            );
            return feedback;
        };
        for (key, value) in entries {
            let at = value.span.clone().unwrap_or(anchor.clone());
            let Some(text) = rich(value) else {
                self.error(
                    &at,
                    format!(
                        "feedback for {key:?} must be a string, found {}",
                        describe(value)
                    ),
                );
                continue;
            };
            match mc
                .answers
                .iter()
                .chain(&mc.distractors)
                .find(|c| c.source.trim() == key.trim())
            {
                Some(choice) => drop(feedback.insert(choice.source.clone(), text)),
                None => self.warning(
                    &at,
                    format!("feedback for {key:?} matches no choice of this question"),
                ),
            }
        }
        feedback
    }
}
