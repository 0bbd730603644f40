//! The choices of a multiple-choice question: a radio group for one
//! answer, a checkbox group for several, in the learner's choice order.

use primer_core::quiz::order::ChoiceRef;
use primer_core::quiz::MultipleChoice;
use yew::prelude::*;

use super::draft::Draft;
use super::rich_inline;
use crate::render::Context;

/// The choices of `mc` in `order`, as chosen in `draft`; `name` prefixes the
/// inputs' ids, the group is labelled by the prompt `labelled_by`.
/// `onchange` gets the draft with a choice made or cleared.
pub fn choices(
    mc: &MultipleChoice,
    order: &[ChoiceRef],
    draft: &Draft,
    name: &str,
    labelled_by: &str,
    onchange: &Callback<Draft>,
    cx: &Context,
) -> Html {
    let (kind, role, instruction) = if mc.multiple {
        ("checkbox", "group", "Choose every answer that applies.")
    } else {
        ("radio", "radiogroup", "Choose one answer.")
    };
    let items = order.iter().enumerate().filter_map(|(i, choice)| {
        let rich = choice.choice(mc)?;
        let id = format!("{name}-choice-{i}");
        let checked = draft.chosen.contains(&rich.source);
        let onchange = {
            let (source, draft, multiple) = (rich.source.clone(), draft.clone(), mc.multiple);
            onchange.reform(move |_: Event| draft.choose(source.clone(), !checked || !multiple, multiple))
        };
        Some(html! {
            <div class="quiz-choice">
                <input type={kind} id={id.clone()} name={name.to_string()} value={i.to_string()} {checked} {onchange} />
                <label for={id}>{rich_inline(rich, cx)}</label>
            </div>
        })
    });
    let instruction_id = format!("{name}-instruction");
    html! {
        <div class="quiz-choices" {role} aria-labelledby={labelled_by.to_string()} aria-describedby={instruction_id.clone()}>
            <p class="quiz-instruction" id={instruction_id}>{instruction}</p>
            {for items}
        </div>
    }
}
