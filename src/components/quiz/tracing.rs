//! A tracing question: the program with numbered lines, "Does this program
//! compile?", then "What does it print?" or "On which line is the error?".

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::draft::Draft;

/// The program, one numbered line each (the numbers are drawn by CSS, so
/// copying the code copies only the code).
pub fn program(code: &str) -> Html {
    let code = code.strip_suffix('\n').unwrap_or(code);
    html! {
        <pre class="quiz-program" tabindex="0" aria-label="Program (lines numbered from 1)"><code>
            {for code.lines().map(|line| html! { <span class="quiz-line">{line.to_string()}{"\n"}</span> })}
        </code></pre>
    }
}

/// The controls for `draft`; `name` prefixes their ids; `onchange` gets
/// the draft as changed.
pub fn tracing(draft: &Draft, name: &str, onchange: &Callback<Draft>) -> Html {
    let verdict = |value: bool, label: &'static str| {
        let id = format!("{name}-compiles-{label}");
        let changed = Draft {
            compiles: Some(value),
            ..draft.clone()
        };
        let onchange = onchange.reform(move |_: Event| changed.clone());
        html! {
            <div class="quiz-choice">
                <input type="radio" id={id.clone()} name={format!("{name}-compiles")} value={label}
                    checked={draft.compiles == Some(value)} {onchange} />
                <label for={id}>{label}</label>
            </div>
        }
    };
    let detail = match draft.compiles {
        Some(true) => {
            let id = format!("{name}-stdout");
            let current = draft.clone();
            let oninput = onchange.reform(move |e: InputEvent| Draft {
                text: e.target_unchecked_into::<HtmlTextAreaElement>().value(),
                ..current.clone()
            });
            html! {
                <div class="quiz-field">
                    <label for={id.clone()}>{"What does it print?"}</label>
                    <textarea class="quiz-text quiz-code" {id} rows="4" value={draft.text.clone()} {oninput}
                        spellcheck="false" autocapitalize="off" />
                </div>
            }
        }
        Some(false) => {
            let id = format!("{name}-line");
            let current = draft.clone();
            let oninput = onchange.reform(move |e: InputEvent| Draft {
                line: e.target_unchecked_into::<HtmlInputElement>().value(),
                ..current.clone()
            });
            html! {
                <div class="quiz-field">
                    <label for={id.clone()}>{"On which line is the error?"}</label>
                    <input type="number" class="quiz-text quiz-line-input" {id} min="1" step="1" inputmode="numeric"
                        value={draft.line.clone()} {oninput} />
                </div>
            }
        }
        None => html! {},
    };
    html! {
        <>
            <fieldset class="quiz-choices">
                <legend>{"Does this program compile?"}</legend>
                {verdict(true, "Yes")}
                {verdict(false, "No")}
            </fieldset>
            {detail}
        </>
    }
}
