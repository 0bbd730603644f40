//! A quiz: its questions in order, then the score, "Retry the wrong ones"
//! (focus goes to the first of them) and "Review all answers".

use primer_core::progress::tally::Tally;
use primer_core::progress::Answer;
use yew::prelude::*;

use super::question::Question;
use super::review::review;
use super::summary::summary;
use super::{dom_id, focus_in, QuizRef};
use crate::hooks::use_flag_eq;
use crate::links::Links;
use crate::render::Context;
use crate::state::{use_progress, Action};

#[derive(Properties, PartialEq)]
pub struct QuizProps {
    pub quiz: QuizRef,
    pub links: Links,
    /// The chapter the quiz is in.
    pub permalink: String,
}

#[function_component]
pub fn Quiz(props: &QuizProps) -> Html {
    let state = use_progress();
    let review_open = use_flag_eq();
    let focus = use_mut_ref(|| None::<String>);
    let section = use_node_ref();
    {
        let focus = focus.clone();
        let section = section.clone();
        use_effect(move || {
            if let (Some(id), Some(near)) = (focus.borrow_mut().take(), section.get()) {
                focus_in(&near, &id);
            }
        });
    }
    let quiz = &props.quiz.0;
    let saved: Vec<Option<Answer>> = quiz
        .questions
        .iter()
        .map(|q| state.answer(&quiz.id, q).cloned())
        .collect();
    let answered = saved.iter().flatten().count() as u32;
    let correct = saved.iter().flatten().filter(|a| a.correct).count() as u32;
    let tally = Tally {
        answered,
        correct,
        total: quiz.questions.len() as u32,
    };
    let wrong: Vec<String> = quiz
        .questions
        .iter()
        .zip(&saved)
        .filter(|(_, a)| a.as_ref().is_some_and(|a| !a.correct))
        .map(|(q, _)| q.id.clone())
        .collect();
    let dispatch = state.dispatcher();
    let onretry = {
        let dispatch = dispatch.clone();
        let quiz_id = quiz.id.clone();
        let wrong = wrong.clone();
        let focus = focus.clone();
        Callback::from(move |_| {
            if let Some(first) = wrong.first() {
                *focus.borrow_mut() = Some(dom_id(&quiz_id, first));
            }
            dispatch.dispatch(Action::Retry {
                quiz: quiz_id.clone(),
                questions: wrong.clone(),
            });
        })
    };
    let onreview = {
        let review_open = review_open.clone();
        Callback::from(move |_| review_open.set(!*review_open))
    };
    let review = if *review_open {
        let cx = Context::new(props.links.clone(), props.permalink.clone());
        review(quiz, &saved, &state.learner, &cx)
    } else {
        html! {}
    };
    let id = dom_id(&quiz.id, "");
    let id = id.trim_end_matches('-');
    let count = quiz.questions.len();
    let questions =
        quiz.questions
            .iter()
            .zip(saved)
            .enumerate()
            .map(|(index, (question, answer))| {
                html! {
                    <Question key={question.id.clone()} quiz={props.quiz.clone()} {index} {answer}
                        learner={state.learner.clone()} dispatch={dispatch.clone()}
                        links={props.links.clone()} permalink={props.permalink.clone()} />
                }
            });
    html! {
        <section class="quiz" id={id.to_string()} ref={section} aria-labelledby={format!("{id}-title")}>
            <h2 id={format!("{id}-title")}>
                {format!("Quiz: {count} question{}", if count == 1 { "" } else { "s" })}
            </h2>
            <ol class="quiz-questions">{for questions}</ol>
            {summary(id, tally, wrong.len(), *review_open, onretry, onreview, review)}
        </section>
    }
}
