//! The learner's answer beside the correct one, each marked ✓ or ✗ in
//! words as well as symbols: after checking a question, and in the review.

use primer_core::quiz::grade::{Grade, GradeDetail};
use primer_core::quiz::order::ChoiceRef;
use primer_core::quiz::{MultipleChoice, Question, QuestionKind, Response, ShortAnswer, Tracing};
use yew::prelude::*;

use super::{mark, rich_blocks, rich_inline};
use crate::render::Context;

/// "Your answer" and, when it is wrong, "Correct answer". With
/// `feedback`, each chosen choice brings the author's note on it.
pub fn answers(
    question: &Question,
    response: &Response,
    grade: &Grade,
    order: &[ChoiceRef],
    feedback: bool,
    cx: &Context,
) -> Html {
    match (&question.kind, response) {
        (QuestionKind::MultipleChoice(mc), Response::Choices { chosen }) => {
            choices(mc, chosen, grade.correct, order, feedback, cx)
        }
        (QuestionKind::ShortAnswer(sa), Response::Text { text }) => {
            short_answer(sa, text, grade.correct)
        }
        (
            QuestionKind::Tracing(tr),
            Response::Tracing {
                compiles,
                stdout,
                line,
            },
        ) => tracing(tr, *compiles, stdout.as_deref(), *line, grade),
        _ => html! { <p>{"This answer was given to an earlier version of the question."}</p> },
    }
}

fn pair(yours: Html, correct: Option<Html>, several: bool) -> Html {
    html! {
        <dl class="quiz-answers">
            <div class="quiz-yours">
                <dt>{if several { "Your answers" } else { "Your answer" }}</dt>
                <dd>{yours}</dd>
            </div>
            if let Some(correct) = correct {
                <div class="quiz-correct">
                    <dt>{if several { "Correct answers" } else { "Correct answer" }}</dt>
                    <dd>{correct}</dd>
                </div>
            }
        </dl>
    }
}

fn choices(
    mc: &MultipleChoice,
    chosen: &[String],
    correct: bool,
    order: &[ChoiceRef],
    feedback: bool,
    cx: &Context,
) -> Html {
    let in_order = |keep: &dyn Fn(&ChoiceRef, &str) -> bool| -> Vec<(ChoiceRef, String)> {
        order
            .iter()
            .filter_map(|c| Some((*c, c.choice(mc)?.source.clone())))
            .filter(|(c, source)| keep(c, source))
            .collect()
    };
    let yours = in_order(&|_, source| chosen.iter().any(|c| c == source));
    let yours = html! {
        <ul class="quiz-answer-list">
            {for yours.iter().filter_map(|(choice, source)| {
                let rich = choice.choice(mc)?;
                let note = mc.feedback.get(source).filter(|_| feedback);
                Some(html! {
                    <li>
                        {mark(choice.is_answer())}{" "}{rich_inline(rich, cx)}
                        if let Some(note) = note {
                            <div class="quiz-choice-feedback">{rich_blocks(note, cx)}</div>
                        }
                    </li>
                })
            })}
        </ul>
    };
    let right = (!correct).then(|| {
        let answers = in_order(&|c, _| c.is_answer());
        html! {
            <ul class="quiz-answer-list">
                {for answers.iter().filter_map(|(choice, source)| {
                    let missed = mc.multiple && !chosen.contains(source);
                    Some(html! {
                        <li>
                            {mark(true)}{" "}{rich_inline(choice.choice(mc)?, cx)}
                            if missed { <span class="quiz-missed">{" (not chosen)"}</span> }
                        </li>
                    })
                })}
            </ul>
        }
    });
    pair(yours, right, mc.multiple)
}

fn short_answer(sa: &ShortAnswer, text: &str, correct: bool) -> Html {
    let yours =
        html! { <>{mark(correct)}{" "}<span class="quiz-given">{text.to_string()}</span></> };
    let right = (!correct).then(|| {
        html! {
            <>
                <span class="quiz-given">{sa.answer.clone()}</span>
                if !sa.alternatives.is_empty() {
                    <span class="quiz-also">{format!(" (also accepted: {})", sa.alternatives.join(", "))}</span>
                }
            </>
        }
    });
    pair(yours, right, false)
}

fn tracing(
    tr: &Tracing,
    compiles: bool,
    stdout: Option<&str>,
    line: Option<u32>,
    grade: &Grade,
) -> Html {
    let (verdict_right, detail_right) = match grade.detail {
        GradeDetail::Tracing {
            verdict_correct,
            detail_correct,
        } => (verdict_correct, detail_correct),
        _ => (false, None),
    };
    let detail_mark = detail_right.map(mark);
    let yours = html! {
        <>
            <p>{mark(verdict_right)}{if compiles { " It compiles." } else { " It does not compile." }}</p>
            if compiles {
                <p>{detail_mark.clone()}{" It prints:"}</p>
                <pre class="quiz-output">{stdout.unwrap_or_default().to_string()}</pre>
            } else if let Some(line) = line {
                <p>{detail_mark}{format!(" The error is on line {line}.")}</p>
            }
        </>
    };
    let right = (!grade.correct).then(|| match (tr.does_compile, &tr.stdout, tr.line_number) {
        (true, Some(stdout), _) => html! {
            <><p>{"It compiles and prints:"}</p><pre class="quiz-output">{stdout.clone()}</pre></>
        },
        (true, None, _) => html! { <p>{"It compiles."}</p> },
        (false, _, Some(line)) => {
            html! { <p>{format!("It does not compile: the error is on line {line}.")}</p> }
        }
        (false, _, None) => html! { <p>{"It does not compile."}</p> },
    });
    pair(yours, right, false)
}
