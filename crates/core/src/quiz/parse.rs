//! Parse a quiz file (the mdbook-quiz TOML schema plus our extensions) into a [`Quiz`].
//!
//! 1. TOML becomes a `node::Node` tree that keeps byte spans, so every
//!    finding points at a line and column of the quiz file.
//! 2. `[multipart]` becomes the shared contexts; each `[[questions]]` table
//!    becomes a [`Question`], reading exactly the mdbook-quiz keys (`type`,
//!    `id`, `prompt.*`, `answer.*`, `context`, `multipart`,
//!    `promptExplanation`) and ours (`objectives`, `hint`, `feedback`).
//!    Other keys are ignored, as mdbook-quiz files carry some we do not use.
//!    The type-specific keys are read in `kinds`.
//! 3. A question with an error is reported and left out; the others still
//!    load. Only a file that is not TOML or has no `questions` array gives no
//!    quiz at all.
//!
//! Author text becomes [`Rich`] with `source` set and `blocks` empty: the
//! compiler fills the blocks later.

mod kinds;
mod node;

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use node::{describe, lookup, rich, string, strings, Lookup, Node, Value};

use super::fingerprint::fingerprint;
use super::{Question, QuestionKind, Quiz, Rich};
use crate::diagnostic::{Diagnostic, Position};
use crate::hash::StableHash;

/// What `promptExplanation = true` (mdbook-quiz's flag) asks the learner.
pub const DEFAULT_PROMPT_EXPLANATION: &str = "Briefly explain why you chose your answer.";

/// Parse quiz file `source`; `file` names it in diagnostics, `quiz_id` becomes [`Quiz::id`].
pub fn parse_quiz(file: &str, quiz_id: &str, source: &str) -> (Option<Quiz>, Vec<Diagnostic>) {
    let mut reader = Reader {
        file,
        source,
        diagnostics: Vec::new(),
        errors: 0,
    };
    let root: Node = match toml::from_str(source) {
        Ok(root) => root,
        Err(err) => {
            let at = err.span().unwrap_or(0..0);
            reader.error(&at, format!("invalid TOML: {}", err.message().trim()));
            return (None, reader.diagnostics);
        }
    };
    let items = match root.get("questions") {
        Some(Node {
            value: Value::Array(items),
            ..
        }) => items,
        Some(other) => {
            let at = other.span.clone().unwrap_or(0..0);
            let found = describe(other);
            reader.error(
                &at,
                format!("`questions` must be an array of `[[questions]]` tables, found {found}"),
            );
            return (None, reader.diagnostics);
        }
        None => {
            reader.error(&(0..0), "no `[[questions]]` in this quiz file");
            return (None, reader.diagnostics);
        }
    };
    if items.is_empty() {
        reader.warning(&(0..0), "this quiz has no questions");
    }
    let multipart = reader.multipart(root.get("multipart"));
    let mut seen = HashMap::new();
    let questions = items
        .iter()
        .filter_map(|q| reader.question(q, &multipart, &mut seen))
        .collect();
    let quiz = Quiz {
        id: quiz_id.to_string(),
        file: file.to_string(),
        multipart,
        questions,
    };
    (Some(quiz), reader.diagnostics)
}

/// Collects diagnostics while reading the tree.
struct Reader<'a> {
    file: &'a str,
    source: &'a str,
    diagnostics: Vec<Diagnostic>,
    errors: usize,
}

const STRING: &str = "a string";
const STRINGS: &str = "an array of strings";
const TYPES: [&str; 3] = ["MultipleChoice", "ShortAnswer", "Tracing"];

impl Reader<'_> {
    fn push(&mut self, diagnostic: Diagnostic) {
        // A bad `prompt` table is met once per key read through it: say it once.
        if !self.diagnostics.contains(&diagnostic) {
            self.diagnostics.push(diagnostic);
        }
    }

    fn error(&mut self, at: &Range<usize>, message: impl Into<String>) {
        self.errors += 1;
        let at = Position::of_offset(self.source, at.start);
        self.push(Diagnostic::error(self.file, at, message));
    }

    fn warning(&mut self, at: &Range<usize>, message: impl Into<String>) {
        let at = Position::of_offset(self.source, at.start);
        self.push(Diagnostic::warning(self.file, at, message));
    }

    /// Read `path` of `question` with `convert`, reporting a missing or mistyped value.
    fn get<T>(
        &mut self,
        question: &Node,
        path: &str,
        required: bool,
        expected: &str,
        convert: impl FnOnce(&Node) -> Option<T>,
    ) -> Option<T> {
        match lookup(question, path) {
            Lookup::Found(node, at) => {
                let value = convert(node);
                if value.is_none() {
                    self.error(
                        &at,
                        format!("`{path}` must be {expected}, found {}", describe(node)),
                    );
                }
                value
            }
            Lookup::Missing(at) => {
                if required {
                    self.error(&at, format!("question is missing `{path}` ({expected})"));
                }
                None
            }
            Lookup::NotTable(prefix, node, at) => {
                self.error(
                    &at,
                    format!("`{prefix}` must be a table, found {}", describe(node)),
                );
                None
            }
        }
    }

    fn multipart(&mut self, node: Option<&Node>) -> BTreeMap<String, Rich> {
        let Some(node) = node else {
            return BTreeMap::new();
        };
        let at = node.span.clone().unwrap_or(0..0);
        let Value::Table(entries) = &node.value else {
            self.error(
                &at,
                format!(
                    "`multipart` must be a table of Markdown strings, found {}",
                    describe(node)
                ),
            );
            return BTreeMap::new();
        };
        let mut contexts = BTreeMap::new();
        for (key, value) in entries {
            match rich(value) {
                Some(text) => drop(contexts.insert(key.clone(), text)),
                None => {
                    let at = value.span.clone().unwrap_or(at.clone());
                    self.error(
                        &at,
                        format!(
                            "`multipart.{key}` must be a string, found {}",
                            describe(value)
                        ),
                    );
                }
            }
        }
        contexts
    }

    fn question(
        &mut self,
        q: &Node,
        multipart: &BTreeMap<String, Rich>,
        seen: &mut HashMap<String, usize>,
    ) -> Option<Question> {
        let errors_before = self.errors;
        let anchor = q.span.clone().unwrap_or(0..0);
        if !matches!(q.value, Value::Table(_)) {
            self.error(
                &anchor,
                format!("each question must be a table, found {}", describe(q)),
            );
            return None;
        }
        let types = "`MultipleChoice`, `ShortAnswer` or `Tracing`";
        let kind = match self.get(q, "type", true, types, |n| {
            string(n).filter(|t| TYPES.contains(&t.as_str()))
        }) {
            Some(t) if t == "MultipleChoice" => self.multiple_choice(q),
            Some(t) if t == "ShortAnswer" => self.short_answer(q),
            Some(_) => self.tracing(q),
            None => None,
        };
        let id = self.get(q, "id", false, "a non-empty string", |n| {
            string(n).filter(|s| !s.trim().is_empty())
        });
        let context = self.get(q, "context", false, STRING, rich);
        let group = self.get(q, "multipart", false, STRING, string);
        if let Some(key) = group.as_ref().filter(|key| !multipart.contains_key(*key)) {
            let at = self.span_of(q, "multipart");
            self.error(
                &at,
                format!("multipart group `{key}` is not in this file's `[multipart]` table"),
            );
        }
        let prompt_explanation = self
            .get(
                q,
                "promptExplanation",
                false,
                "a string or a boolean",
                |n| match &n.value {
                    Value::Boolean(ask) => Some(ask.then(|| Rich::new(DEFAULT_PROMPT_EXPLANATION))),
                    _ => rich(n).map(Some),
                },
            )
            .flatten();
        let objectives = self
            .get(q, "objectives", false, STRINGS, strings)
            .unwrap_or_default();
        let hint = self.get(q, "hint", false, STRING, rich);
        let mut kind = kind?;
        if let Some(node) = q.get("feedback") {
            match &mut kind {
                QuestionKind::MultipleChoice(mc) => mc.feedback = self.feedback(node, mc, &anchor),
                _ => self.warning(
                    &anchor,
                    "`feedback` applies only to MultipleChoice questions; ignored",
                ),
            }
        }
        if self.errors > errors_before {
            return None;
        }
        let derived_id = id.is_none();
        let id = id.unwrap_or_else(|| {
            let id = derive_id(&kind);
            self.warning(
                &anchor,
                format!("question has no `id`; using `{id}`, which changes when the prompt does"),
            );
            id
        });
        let line = Position::of_offset(self.source, anchor.start).line;
        if let Some(first) = seen.insert(id.clone(), line) {
            let at = self.span_of(q, "id");
            self.error(
                &at,
                format!("duplicate question id `{id}` (also used by the question at line {first})"),
            );
            return None;
        }
        let fingerprint = fingerprint(&kind);
        Some(Question {
            id,
            derived_id,
            kind,
            context,
            multipart: group,
            prompt_explanation,
            objectives,
            hint,
            fingerprint,
        })
    }

    fn span_of(&self, q: &Node, path: &str) -> Range<usize> {
        match lookup(q, path) {
            Lookup::Found(_, at) | Lookup::Missing(at) | Lookup::NotTable(_, _, at) => at,
        }
    }
}

/// `q-` and 8 hex digits of a hash of the type and prompt (a Tracing question's program).
fn derive_id(kind: &QuestionKind) -> String {
    let (name, text) = match kind {
        QuestionKind::MultipleChoice(mc) => ("MultipleChoice", &mc.prompt.source),
        QuestionKind::ShortAnswer(sa) => ("ShortAnswer", &sa.prompt.source),
        QuestionKind::Tracing(tr) => ("Tracing", &tr.program),
    };
    format!(
        "q-{}",
        &StableHash::default().part(name).part(text).hex()[..8]
    )
}

#[cfg(test)]
mod tests;
