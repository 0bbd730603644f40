//! What the learner sees right after checking: right or wrong in words,
//! their answer beside the correct one, the author's notes on the chosen
//! choices, their own explanation if they gave one, and the author's.

use primer_core::progress::Answer;
use primer_core::quiz::grade::{grade, GradeDetail};
use primer_core::quiz::order::ChoiceRef;
use primer_core::quiz::Question;
use yew::prelude::*;

use super::answer::answers;
use super::explain::your_explanation;
use super::rich_blocks;
use crate::render::Context;

/// What was partly right in a wrong answer, if anything.
fn partly(detail: &GradeDetail) -> &'static str {
    match detail {
        GradeDetail::Choices { wrong, missed } if wrong.is_empty() && !missed.is_empty() => {
            " Every answer you chose is right, but you missed some."
        }
        GradeDetail::Tracing {
            verdict_correct: true,
            detail_correct: Some(false),
        } => " You were right about whether it compiles, but not about what follows.",
        _ => "",
    }
}

/// The feedback on `answer` to `question`.
pub fn feedback(question: &Question, answer: &Answer, order: &[ChoiceRef], cx: &Context) -> Html {
    let graded = grade(&question.kind, &answer.response);
    // The saved verdict counts (the progress page uses it); the detail comes from grading again.
    let correct = answer.correct;
    let class = if correct {
        "quiz-verdict quiz-verdict-right"
    } else {
        "quiz-verdict quiz-verdict-wrong"
    };
    html! {
        <>
            <p {class}>
                <span class="quiz-verdict-mark" aria-hidden="true">{if correct { "✓ " } else { "✗ " }}</span>
                <strong>{if correct { "Correct" } else { "Incorrect" }}</strong>
                {"."}{if correct { "" } else { partly(&graded.detail) }}
            </p>
            {answers(question, &answer.response, &graded, order, true, cx)}
            if let Some(text) = answer.explanation.as_deref().filter(|t| !t.is_empty()) {
                {your_explanation(text)}
            }
            if let Some(context) = &question.context {
                <div class="quiz-explanation">
                    <p class="quiz-explanation-title"><strong>{"Explanation"}</strong></p>
                    {rich_blocks(context, cx)}
                </div>
            }
        </>
    }
}
