//! "Review all answers": every question of a quiz with the learner's answer
//! beside the correct one.

use primer_core::progress::Answer;
use primer_core::quiz::grade::grade;
use primer_core::quiz::Quiz;
use yew::prelude::*;

use super::answer::answers;
use super::question::order_of;
use super::{prompt_of, rich_inline};
use crate::render::Context;

/// The review of `quiz` given each question's saved answer.
pub fn review(quiz: &Quiz, saved: &[Option<Answer>], learner: &str, cx: &Context) -> Html {
    let items = quiz.questions.iter().zip(saved).enumerate().map(|(i, (question, answer))| {
        let prompt = match prompt_of(question) {
            Some(prompt) => rich_inline(prompt, cx),
            None => html! { {"What does this program do?"} },
        };
        let body = match answer {
            Some(answer) => {
                let order = order_of(&question.kind, learner, &question.id);
                let graded = grade(&question.kind, &answer.response);
                html! {
                    <>
                        <p class="quiz-review-verdict">{if answer.correct { "Correct" } else { "Incorrect" }}</p>
                        {answers(question, &answer.response, &graded, &order, false, cx)}
                    </>
                }
            }
            None => html! { <p class="quiz-review-verdict">{"Not answered yet"}</p> },
        };
        html! {
            <li>
                <p class="quiz-review-prompt"><strong>{format!("Question {}: ", i + 1)}</strong>{prompt}</p>
                {body}
            </li>
        }
    });
    html! { <ol class="quiz-review-list">{for items}</ol> }
}
