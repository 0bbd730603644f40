//! A code block: language label, shell prompt marker (not copied), and a
//! copy button whose result is announced.

use yew::prelude::*;

use crate::hooks::use_count;

#[derive(Properties, PartialEq)]
pub struct CodeBlockProps {
    pub lang: Option<String>,
    pub prompt: Option<String>,
    pub code: String,
}

fn copy_to_clipboard(text: String, done: Callback<bool>) {
    let Some(window) = web_sys::window() else {
        return done.emit(false);
    };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        done.emit(ok);
    });
}

/// What the status line says after a copy (`u32`, the type the app's other
/// states use: one `use_state` less in the wasm).
const NOTHING: u32 = 0;
const COPIED: u32 = 1;
const FAILED: u32 = 2;

#[function_component]
pub fn CodeBlock(props: &CodeBlockProps) -> Html {
    let status = use_count(NOTHING);
    let onclick = {
        let status = status.clone();
        let code = props.code.clone();
        Callback::from(move |_| {
            let status = status.clone();
            copy_to_clipboard(
                code.clone(),
                Callback::from(move |ok| status.set(if ok { COPIED } else { FAILED })),
            );
        })
    };
    let code = props.code.strip_suffix('\n').unwrap_or(&props.code);
    let body = match &props.prompt {
        Some(user) => code
            .lines()
            .map(|line| {
                html! {
                    <span class="code-line">
                        <span class="prompt" aria-hidden="true">{format!("{user}$ ")}</span>{line}{"\n"}
                    </span>
                }
            })
            .collect::<Html>(),
        None => html! { {code.to_string()} },
    };
    let label = props.lang.clone().unwrap_or_else(|| "text".to_string());
    let said = match *status {
        COPIED => "Copied to clipboard",
        FAILED => "Copy failed: select the code instead",
        _ => "",
    };
    html! {
        <div class="code-block">
            <div class="code-head">
                <span class="code-lang">{label.clone()}</span>
                <button type="button" class="copy" {onclick} aria-label={format!("Copy {label} code")}>{"Copy"}</button>
                <span class="copy-status" role="status" aria-live="polite">{said}</span>
            </div>
            <pre tabindex="0" aria-label={format!("{label} code")}><code class={format!("language-{label}")}>{body}</code></pre>
        </div>
    }
}
