//! The answer box of a short-answer question: a line, a larger box for a
//! long answer, or a monospace box for code.

use primer_core::quiz::{ResponseSize, ShortAnswer};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::draft::Draft;

/// A labelled answer box `id` for `sa` holding the draft's text, described
/// by the prompt; `onchange` gets the draft as typed.
pub fn short_answer(
    sa: &ShortAnswer,
    draft: &Draft,
    id: &str,
    described_by: &str,
    onchange: &Callback<Draft>,
) -> Html {
    let text = draft.text.clone();
    let field = match sa.response {
        ResponseSize::Short => {
            let draft = draft.clone();
            let oninput = onchange.reform(move |e: InputEvent| Draft {
                text: e.target_unchecked_into::<HtmlInputElement>().value(),
                ..draft.clone()
            });
            html! {
                <input type="text" class="quiz-text" id={id.to_string()} value={text.clone()} {oninput}
                    aria-describedby={described_by.to_string()} autocomplete="off" />
            }
        }
        size => {
            let code = size == ResponseSize::Code;
            let draft = draft.clone();
            let oninput = onchange.reform(move |e: InputEvent| Draft {
                text: e.target_unchecked_into::<HtmlTextAreaElement>().value(),
                ..draft.clone()
            });
            html! {
                <textarea class={if code { "quiz-text quiz-code" } else { "quiz-text" }} id={id.to_string()}
                    rows={if code { "6" } else { "4" }} value={text.clone()} {oninput}
                    aria-describedby={described_by.to_string()}
                    spellcheck={if code { "false" } else { "true" }} autocapitalize={code.then_some("off")} />
            }
        }
    };
    html! {
        <div class="quiz-field">
            <label for={id.to_string()}>{"Your answer"}</label>
            {field}
        </div>
    }
}
