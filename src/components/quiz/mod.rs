//! A quiz in the page: every question type of the content format, graded
//! the moment the learner checks an answer, with feedback, hints, retries,
//! a score and a review of every answer.
//!
//! - `section`: the quiz (the `Quiz` component): its questions in order
//!   and the summary.
//! - `question`: one question (a component: the draft answer, the hint,
//!   where focus goes), showing a multipart group's shared context first.
//! - `choices`, `short_answer`, `tracing`: the controls of each type.
//! - `draft`: what the learner entered so far, and the response it makes.
//! - `explain`: the learner's own explanation, when the author asks for one.
//! - `feedback`: the verdict and explanation after checking.
//! - `answer`: "Your answer" beside "Correct answer", for feedback and review.
//! - `summary`: the score, "Retry the wrong ones" and "Review all answers".
//! - `review`: every question with the learner's answer and the correct one.
//!
//! Answers live in the progress context (`crate::state`); without a
//! provider the quiz keeps them in memory.

pub mod answer;
pub mod choices;
pub mod draft;
pub mod explain;
pub mod feedback;
pub mod question;
pub mod review;
pub mod section;
pub mod short_answer;
pub mod summary;
pub mod tracing;

use std::sync::Arc;

use primer_core::document::Block;
use primer_core::quiz::{Question, QuestionKind, Quiz, Rich};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::render::{blocks, inlines, Context};

/// A quiz shared with its questions, compared by identity rather than
/// content, so a change of progress re-renders only the questions whose
/// answer changed.
#[derive(Debug, Clone)]
pub struct QuizRef(pub Arc<Quiz>);

impl PartialEq for QuizRef {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// Author text where only phrasing content fits (a label, a list item): a
/// lone paragraph's inlines, else the blocks.
pub fn rich_inline(rich: &Rich, cx: &Context) -> Html {
    match rich.blocks.as_slice() {
        [] => html! { {rich.source.clone()} },
        [Block::Paragraph { content }] => inlines(content, cx),
        more => html! { <span class="quiz-rich">{blocks(more, cx)}</span> },
    }
}

/// Author text as blocks (its source when it was never compiled).
pub fn rich_blocks(rich: &Rich, cx: &Context) -> Html {
    if rich.blocks.is_empty() {
        html! { <p>{rich.source.clone()}</p> }
    } else {
        blocks(&rich.blocks, cx)
    }
}

/// What a question asks (a Tracing question may ask nothing but its program).
pub fn prompt_of(question: &Question) -> Option<&Rich> {
    match &question.kind {
        QuestionKind::MultipleChoice(mc) => Some(&mc.prompt),
        QuestionKind::ShortAnswer(sa) => Some(&sa.prompt),
        QuestionKind::Tracing(tr) => tr.prompt.as_ref(),
    }
}

/// The element id of a question: `quiz-<quiz>-<question>`, made of safe characters.
pub fn dom_id(quiz: &str, question: &str) -> String {
    let safe = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '-'
                }
            })
            .collect()
    };
    format!("quiz-{}-{}", safe(quiz), safe(question))
}

/// Move focus into the element `id` (in the same tree as `near`): its first
/// text field or choice, else its heading.
pub fn focus_in(near: &web_sys::Node, id: &str) {
    let Some(element) = crate::dom::by_id(near, id) else {
        return;
    };
    let first = |selector: &str| element.query_selector(selector).ok().flatten();
    let target = first("input, textarea")
        .or_else(|| first("h3"))
        .unwrap_or_else(|| element.clone());
    if let Ok(target) = target.dyn_into::<web_sys::HtmlElement>() {
        let _ = target.focus();
    }
}

/// "✓" or "✗" with its meaning in words for assistive technology.
pub fn mark(right: bool) -> Html {
    let (symbol, words) = if right {
        ("✓", "(right)")
    } else {
        ("✗", "(wrong)")
    };
    let class = if right {
        "quiz-mark quiz-mark-right"
    } else {
        "quiz-mark quiz-mark-wrong"
    };
    html! {
        <span {class}><span aria-hidden="true">{symbol}</span><span class="visually-hidden">{words}</span></span>
    }
}
