//! The learner's progress through the guide (`#/progress`): the overall
//! score, each chapter (answered, correct, total), mastery of each learning
//! objective, resets (a quiz, a chapter, the guide; each confirmed in the
//! page), and export to and import from a file.

mod transfer;

use std::rc::Rc;

use primer_core::bundle::{ChapterEntry, Manifest};
use primer_core::progress::tally::{self, Tally};
use yew::prelude::*;

use crate::components::meter::{meter, score_text};
use crate::dom;
use crate::links::Links;
use crate::state::{use_progress, Action};

/// The route of this page.
pub const PERMALINK: &str = "progress";

#[derive(Properties, PartialEq)]
pub struct ProgressPageProps {
    /// Shared with the shell: one copy of the table of contents.
    pub manifest: Rc<Manifest>,
    pub links: Links,
    /// In an element on another site's page (see `crate::embed`).
    #[prop_or_default]
    pub embedded: bool,
}

/// What a reset button resets.
#[derive(Debug, Clone, PartialEq)]
enum Target {
    Quiz(usize, usize),
    Chapter(usize),
    Guide,
}

impl Target {
    /// The id of the button that asks for this reset.
    fn button_id(&self) -> String {
        match self {
            Target::Quiz(c, q) => format!("reset-quiz-{c}-{q}"),
            Target::Chapter(c) => format!("reset-chapter-{c}"),
            Target::Guide => "reset-guide".into(),
        }
    }
}

fn name(chapter: &ChapterEntry) -> String {
    chapter
        .subtitle
        .clone()
        .unwrap_or_else(|| chapter.title.clone())
}

fn answered_text(t: Tally) -> String {
    format!(
        "{} of {} answered, {} correct",
        t.answered, t.total, t.correct
    )
}

#[function_component]
pub fn ProgressPage(props: &ProgressPageProps) -> Html {
    let state = use_progress();
    let confirming = use_state_eq(|| None::<Target>);
    let message = use_state_eq(String::new);
    let return_to = use_mut_ref(|| None::<String>);
    let page = use_node_ref();
    let focus = {
        let page = page.clone();
        move |id: &str| {
            if let Some(page) = page.get() {
                dom::focus(&page, id);
            }
        }
    };
    {
        let title = format!("Your progress · {}", props.manifest.guide.title);
        let embedded = props.embedded;
        let focus = focus.clone();
        use_effect_with(title, move |title| {
            if !embedded {
                gloo::utils::document().set_title(title);
                gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
            }
            focus("progress-title");
        });
    }
    {
        let return_to = return_to.clone();
        use_effect_with((*confirming).clone(), move |confirming| match confirming {
            Some(_) => focus("reset-cancel"),
            None => {
                if let Some(id) = return_to.borrow_mut().take() {
                    focus(&id);
                }
            }
        });
    }
    let progress = &state.progress;
    let chapters = &props.manifest.chapters;
    let tallies: Vec<Tally> = chapters
        .iter()
        .map(|c| tally::quizzes(&c.quizzes, progress))
        .collect();
    let mut overall = Tally::default();
    tallies.iter().for_each(|t| overall.add(*t));

    let ask = |target: Target| {
        let confirming = confirming.clone();
        let return_to = return_to.clone();
        Callback::from(move |_: MouseEvent| {
            *return_to.borrow_mut() = Some(target.button_id());
            confirming.set(Some(target.clone()));
        })
    };
    // Offered only where there is something to reset.
    let reset_button = |target: Target, label: String, what: String, answered: u32| {
        if answered == 0 {
            return html! {};
        }
        html! {
            <button type="button" class="quiz-button progress-reset" id={target.button_id()}
                aria-label={format!("{label}: {what}")} onclick={ask(target)}>{label}</button>
        }
    };
    let confirm_step = |target: Target, what: &str| -> Html {
        if confirming.as_ref() != Some(&target) {
            return html! {};
        }
        let action = match &target {
            Target::Quiz(c, q) => Action::ResetQuizzes(vec![chapters[*c].quizzes[*q].id.clone()]),
            Target::Chapter(c) => {
                Action::ResetQuizzes(chapters[*c].quizzes.iter().map(|q| q.id.clone()).collect())
            }
            Target::Guide => Action::ResetAll,
        };
        let onconfirm = {
            let confirming = confirming.clone();
            let dispatch = state.dispatcher();
            let message = message.clone();
            let what = what.to_string();
            let return_to = return_to.clone();
            Callback::from(move |_| {
                // The reset button goes with the answers: focus the message.
                *return_to.borrow_mut() = Some("progress-message".into());
                dispatch.dispatch(action.clone());
                message.set(format!("Your answers to {what} were reset."));
                confirming.set(None);
            })
        };
        let oncancel = {
            let confirming = confirming.clone();
            Callback::from(move |_| confirming.set(None))
        };
        html! {
            <div class="progress-confirm" role="group" aria-labelledby="reset-question">
                <p id="reset-question">{format!("Reset your answers to {what}? This cannot be undone.")}</p>
                <button type="button" class="quiz-button progress-confirm-yes" onclick={onconfirm}>{"Confirm reset"}</button>
                <button type="button" class="quiz-button" id="reset-cancel" onclick={oncancel}>{"Cancel"}</button>
            </div>
        }
    };

    let chapter_rows = chapters.iter().enumerate().filter(|(_, c)| !c.quizzes.is_empty()).map(|(c, chapter)| {
        let chapter_name = name(chapter);
        let quizzes = (chapter.quizzes.len() > 1).then(|| html! {
            <ul class="progress-quizzes">
                {for chapter.quizzes.iter().enumerate().map(|(q, quiz)| {
                    let what = format!("the quiz “{}” of “{chapter_name}”", quiz.id);
                    let t = tally::quizzes(std::slice::from_ref(quiz), progress);
                    html! {
                        <li>
                            <p class="progress-quiz-name">{format!("Quiz “{}”", quiz.id)}</p>
                            {meter(t, answered_text(t))}
                            {reset_button(Target::Quiz(c, q), "Reset quiz".into(), what.clone(), t.answered)}
                            {confirm_step(Target::Quiz(c, q), &what)}
                        </li>
                    }
                })}
            </ul>
        });
        let what = format!("the chapter “{chapter_name}”");
        html! {
            <li class="progress-chapter">
                <h3><a href={props.links.chapter(&chapter.permalink, None)}>{chapter_name.clone()}</a></h3>
                {meter(tallies[c], answered_text(tallies[c]))}
                {quizzes}
                {reset_button(Target::Chapter(c), "Reset chapter".into(), what.clone(), tallies[c].answered)}
                {confirm_step(Target::Chapter(c), &what)}
            </li>
        }
    });

    let objectives: Vec<Html> = chapters
        .iter()
        .flat_map(|chapter| {
            let chapter_name = name(chapter);
            tally::objectives(&chapter.objectives, &chapter.quizzes, progress)
                .into_iter()
                .filter(|(_, t)| t.total > 0)
                .map(move |(objective, t)| {
                    let percent = (t.mastery() * 100.0).round() as u32;
                    let text = format!(
                        "{percent}% mastered: {} of {} questions correct",
                        t.correct, t.total
                    );
                    html! {
                        <li>
                            <p class="progress-objective">
                                {objective.text.clone()}
                                <span class="progress-objective-chapter">{format!(" ({chapter_name})")}</span>
                            </p>
                            {meter(t, text)}
                        </li>
                    }
                })
        })
        .collect();

    let onexport = {
        let progress = progress.clone();
        let guide = props.manifest.guide.clone();
        let message = message.clone();
        Callback::from(move |_| message.set(transfer::export_file(&progress, &guide)))
    };
    let onimport = {
        let dispatch = state.dispatcher();
        let ours = progress.clone();
        let guide_id = props.manifest.guide.id.clone();
        let message = message.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            let (dispatch, ours, guide_id, message) = (
                dispatch.clone(),
                ours.clone(),
                guide_id.clone(),
                message.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let (theirs, said) = transfer::import_file(file, &guide_id, &ours).await;
                if let Some(theirs) = theirs {
                    dispatch.dispatch(Action::Merge(theirs));
                }
                message.set(said);
            });
        })
    };

    html! {
        <article class="progress-page" aria-labelledby="progress-title" ref={page}>
            <h1 id="progress-title" tabindex="-1">{"Your progress"}</h1>
            <p>{"Your answers are kept in this browser. Export them to keep a copy or to continue on another device."}</p>
            <section aria-labelledby="progress-overall">
                <h2 id="progress-overall">{"Overall"}</h2>
                {meter(overall, score_text(overall))}
            </section>
            <section aria-labelledby="progress-chapters">
                <h2 id="progress-chapters">{"Chapters"}</h2>
                <ul class="progress-chapters">{for chapter_rows}</ul>
            </section>
            <section aria-labelledby="progress-objectives">
                <h2 id="progress-objectives">{"Learning objectives"}</h2>
                if objectives.is_empty() {
                    <p>{"No quiz question is tagged with a learning objective."}</p>
                } else {
                    <ul class="progress-objectives">{for objectives}</ul>
                }
            </section>
            <section aria-labelledby="progress-manage">
                <h2 id="progress-manage">{"Keep, move or start over"}</h2>
                <div class="progress-actions">
                    <button type="button" class="quiz-button" onclick={onexport}>{"Export progress"}</button>
                    {reset_button(Target::Guide, "Reset everything".into(), "every chapter of this guide".into(), overall.answered)}
                </div>
                <div class="progress-import">
                    <label for="progress-import">{"Import progress from an exported file"}</label>
                    <input type="file" id="progress-import" accept=".json,application/json" onchange={onimport} />
                </div>
                {confirm_step(Target::Guide, "every chapter of this guide")}
                <p class="progress-message" id="progress-message" role="status" tabindex="-1">{(*message).clone()}</p>
            </section>
        </article>
    }
}
