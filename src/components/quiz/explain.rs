//! The learner's own explanation, for a question whose author asks for one
//! (`promptExplanation`): a box in the question, and what they wrote shown
//! back beside the author's explanation once the answer is checked.

use primer_core::quiz::Rich;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::draft::Draft;
use super::rich_inline;
use crate::render::Context;

/// The box `id`, labelled with what the author asks (`asked`), holding the
/// draft's explanation; `onchange` gets the draft as typed.
pub fn explain_box(
    asked: &Rich,
    draft: &Draft,
    id: &str,
    onchange: &Callback<Draft>,
    cx: &Context,
) -> Html {
    let current = draft.clone();
    let oninput = onchange.reform(move |e: InputEvent| Draft {
        explanation: e.target_unchecked_into::<HtmlTextAreaElement>().value(),
        ..current.clone()
    });
    html! {
        <div class="quiz-field quiz-explain">
            <label for={id.to_string()}>{rich_inline(asked, cx)}</label>
            <textarea class="quiz-text" id={id.to_string()} rows="3"
                value={draft.explanation.clone()} {oninput} />
        </div>
    }
}

/// "Your explanation", as the learner wrote it (plain text).
pub fn your_explanation(text: &str) -> Html {
    html! {
        <div class="quiz-your-explanation">
            <p class="quiz-explanation-title"><strong>{"Your explanation"}</strong></p>
            <p class="quiz-explained">{text.to_string()}</p>
        </div>
    }
}
