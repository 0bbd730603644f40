//! One question: its prompt (after a multipart group's shared context), its
//! controls, a box for the learner's explanation when the author asks for
//! one (`promptExplanation`), the Check button, a hint on request, and once
//! answered the feedback and "Try again". Focus moves to the feedback after
//! checking and back to the controls on "Try again".

use std::rc::Rc;

use primer_core::progress::Answer;
use primer_core::quiz::order::{choice_order, ChoiceRef};
use primer_core::quiz::QuestionKind;
use yew::prelude::*;

use super::choices::choices;
use super::draft::Draft;
use super::explain::explain_box;
use super::feedback::feedback;
use super::short_answer::short_answer;
use super::tracing::{program, tracing};
use super::{dom_id, focus_in, prompt_of, rich_blocks, QuizRef};
use crate::hooks::use_flag_eq;
use crate::links::Links;
use crate::render::Context;
use crate::state::{Action, ProgressState};

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub quiz: QuizRef,
    /// Which of the quiz's questions.
    pub index: usize,
    /// The saved answer (only while the question's fingerprint matches it).
    pub answer: Option<Answer>,
    pub learner: Rc<str>,
    pub dispatch: UseReducerDispatcher<ProgressState>,
    pub links: Links,
    pub permalink: String,
}

/// Where focus goes after the next render.
#[derive(Clone, Copy, PartialEq)]
enum Focus {
    Nowhere,
    Feedback,
    Controls,
}

/// The choice order of a multiple-choice question for this learner.
pub fn order_of(kind: &QuestionKind, learner: &str, id: &str) -> Vec<ChoiceRef> {
    match kind {
        QuestionKind::MultipleChoice(mc) => choice_order(mc, learner, id),
        _ => Vec::new(),
    }
}

/// The shared context of a multipart group, before its first question.
fn group_context(props: &QuestionProps, id: &str, cx: &Context) -> Html {
    let questions = &props.quiz.0.questions;
    let Some(key) = &questions[props.index].multipart else {
        return html! {};
    };
    let same = |i: usize| questions[i].multipart.as_ref() == Some(key);
    let Some(context) = props.quiz.0.multipart.get(key) else {
        return html! {};
    };
    if props.index > 0 && same(props.index - 1) {
        return html! {};
    }
    let last = (props.index..questions.len())
        .take_while(|i| same(*i))
        .last()
        .unwrap_or(props.index);
    let label = if last > props.index {
        format!(
            "Questions {} to {} are about this:",
            props.index + 1,
            last + 1
        )
    } else {
        format!("Question {} is about this:", props.index + 1)
    };
    html! {
        <div class="quiz-context" id={format!("{id}-context")}>
            <p class="quiz-context-label"><strong>{label}</strong></p>
            {rich_blocks(context, cx)}
        </div>
    }
}

#[function_component]
pub fn Question(props: &QuestionProps) -> Html {
    let quiz = &props.quiz.0;
    let question = &quiz.questions[props.index];
    let id = dom_id(&quiz.id, &question.id);
    let cx = Context::new(props.links.clone(), props.permalink.clone());
    let draft = use_state(Draft::default);
    let hint_open = use_flag_eq();
    let nudge = use_state_eq(|| None::<&'static str>);
    let focus = use_mut_ref(|| Focus::Nowhere);
    let feedback_ref = use_node_ref();
    {
        let focus = focus.clone();
        let feedback_ref = feedback_ref.clone();
        let id = id.clone();
        use_effect_with(props.answer.is_some(), move |_| {
            let next = std::mem::replace(&mut *focus.borrow_mut(), Focus::Nowhere);
            match next {
                Focus::Feedback => {
                    if let Some(element) = feedback_ref.cast::<web_sys::HtmlElement>() {
                        let _ = element.focus();
                    }
                }
                Focus::Controls => {
                    if let Some(near) = feedback_ref.get() {
                        focus_in(&near, &id);
                    }
                }
                Focus::Nowhere => {}
            }
        });
    }
    let order = order_of(&question.kind, &props.learner, &question.id);
    let prompt_id = format!("{id}-prompt");
    let prompt = prompt_of(question).map(|p| {
        html! { <div class="quiz-prompt" id={prompt_id.clone()}>{rich_blocks(p, &cx)}</div> }
    });
    let program = match &question.kind {
        QuestionKind::Tracing(tr) => program(&tr.program),
        _ => html! {},
    };
    let total = quiz.questions.len();
    let title = html! {
        <h3 class="quiz-question-title" id={format!("{id}-title")} tabindex="-1">
            {format!("Question {} of {total}", props.index + 1)}
        </h3>
    };
    let context = group_context(props, &id, &cx);

    let Some(answer) = &props.answer else {
        let onchange = {
            let draft = draft.clone();
            let nudge = nudge.clone();
            Callback::from(move |changed: Draft| {
                nudge.set(None);
                draft.set(changed);
            })
        };
        let controls = match &question.kind {
            QuestionKind::MultipleChoice(mc) => {
                choices(mc, &order, &draft, &id, &prompt_id, &onchange, &cx)
            }
            QuestionKind::ShortAnswer(sa) => {
                short_answer(sa, &draft, &format!("{id}-answer"), &prompt_id, &onchange)
            }
            QuestionKind::Tracing(_) => tracing(&draft, &id, &onchange),
        };
        let explain = question
            .prompt_explanation
            .as_ref()
            .map(|asked| explain_box(asked, &draft, &format!("{id}-explain"), &onchange, &cx));
        let onsubmit = {
            let draft = draft.clone();
            let nudge = nudge.clone();
            let focus = focus.clone();
            let dispatch = props.dispatch.clone();
            let quiz = props.quiz.0.clone();
            let index = props.index;
            Callback::from(move |event: SubmitEvent| {
                event.prevent_default();
                let question = &quiz.questions[index];
                match draft.response(&question.kind) {
                    Ok(_)
                        if question.prompt_explanation.is_some()
                            && draft.explanation.trim().is_empty() =>
                    {
                        nudge.set(Some(
                            "Explain your answer in a sentence or two, then check it.",
                        ));
                    }
                    Ok(response) => {
                        *focus.borrow_mut() = Focus::Feedback;
                        let explanation = question
                            .prompt_explanation
                            .as_ref()
                            .map(|_| draft.explanation.trim().to_string());
                        dispatch.dispatch(Action::Record {
                            quiz: quiz.clone(),
                            index,
                            response,
                            explanation,
                            now: crate::storage::now(),
                        });
                    }
                    Err(missing) => nudge.set(Some(missing)),
                }
            })
        };
        let hint = question.hint.as_ref().map(|hint| {
            let hint_id = format!("{id}-hint");
            let open = *hint_open;
            let onclick = {
                let hint_open = hint_open.clone();
                Callback::from(move |_| hint_open.set(!open))
            };
            (
                html! {
                    <button type="button" class="quiz-button quiz-hint-button" aria-expanded={open.to_string()}
                        aria-controls={hint_id.clone()} {onclick}>
                        {if open { "Hide hint" } else { "Show hint" }}
                    </button>
                },
                html! {
                    <div class="quiz-hint" id={hint_id} hidden={!open}>
                        <p class="quiz-hint-title"><strong>{"Hint"}</strong></p>
                        {rich_blocks(hint, &cx)}
                    </div>
                },
            )
        });
        let (hint_button, hint_text) = hint.unzip();
        return html! {
            <li class="quiz-question" id={id.clone()} aria-labelledby={format!("{id}-title")}>
                {title}
                {context}
                {prompt}
                {program}
                <form class="quiz-form" {onsubmit} novalidate={true}>
                    {controls}
                    {explain}
                    <div class="quiz-actions">
                        <button type="submit" class="quiz-button quiz-check">{"Check"}</button>
                        {hint_button}
                    </div>
                    {hint_text}
                </form>
                <div class="quiz-feedback" ref={feedback_ref} tabindex="-1" aria-live="polite">
                    if let Some(missing) = *nudge { <p class="quiz-nudge">{missing}</p> }
                </div>
            </li>
        };
    };

    let onretry = {
        let draft = draft.clone();
        let hint_open = hint_open.clone();
        let focus = focus.clone();
        let dispatch = props.dispatch.clone();
        let quiz_id = quiz.id.clone();
        let question_id = question.id.clone();
        Callback::from(move |_| {
            draft.set(Draft::default());
            hint_open.set(false);
            *focus.borrow_mut() = Focus::Controls;
            dispatch.dispatch(Action::Retry {
                quiz: quiz_id.clone(),
                questions: vec![question_id.clone()],
            });
        })
    };
    html! {
        <li class="quiz-question quiz-answered" id={id.clone()} aria-labelledby={format!("{id}-title")}>
            {title}
            {context}
            {prompt}
            {program}
            <div class="quiz-form"></div>
            <div class="quiz-feedback" ref={feedback_ref} tabindex="-1" aria-live="polite">
                {feedback(question, answer, &order, &cx)}
            </div>
            <div class="quiz-actions">
                <button type="button" class="quiz-button" onclick={onretry}>{"Try again"}</button>
            </div>
        </li>
    }
}
