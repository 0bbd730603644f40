//! The size report's floor: a Yew counter (one function component, one
//! state, one callback), optionally decoding Primer's bundles and grading a
//! quiz. Nothing here is shipped; `bench/size.sh` builds it beside the reader.

use yew::prelude::*;

#[function_component]
fn Counter() -> Html {
    let text = use_state(String::new);
    let count = use_state(|| 0usize);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! { <button {onclick}>{ *count + read(&text) }</button> }
}

/// What reading `text` as Primer's bundles finds (nothing without `core`).
#[cfg(feature = "core")]
fn read(text: &str) -> usize {
    use primer_core::bundle::{ChapterBundle, Manifest};
    use primer_core::decode::decode_str;
    use primer_core::quiz::{grade::grade, Quiz, Response};
    let blocks = decode_str::<ChapterBundle>(text).map_or(0, |b| b.blocks.len());
    let chapters = decode_str::<Manifest>(text).map_or(0, |m| m.chapters.len());
    let right = decode_str::<Quiz>(text).map_or(0, |quiz| {
        let none = Response::Choices { chosen: Vec::new() };
        quiz.questions
            .iter()
            .filter(|q| grade(&q.kind, &none).correct)
            .count()
    });
    blocks + chapters + right
}

#[cfg(not(feature = "core"))]
fn read(text: &str) -> usize {
    text.len()
}

#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    yew::Renderer::<Counter>::new().render();
}
