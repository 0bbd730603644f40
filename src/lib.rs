//! Primer's reader: a Yew app that loads a compiled guide (manifest and
//! chapter bundles) and renders it.
//!
//! The typed tree from `primer-core` is rendered by `render` into
//! components (one per file in `components`). Everything that touches the
//! browser (fetching, storage, the address bar) runs in effects and event
//! handlers, so components also render natively with Yew's server renderer,
//! which the tests use.

pub mod app;
pub mod components;
pub mod dom;
pub mod embed;
pub mod hooks;
pub mod links;
pub mod loader;
pub mod open_guide;
pub mod pages;
pub mod redeploy;
pub mod render;
pub mod route;
pub mod scroll;
pub mod shell;
pub mod state;
pub mod storage;
pub mod theme;

/// Mount the reader on the element `#primer`, configured by its data
/// attributes: `data-manifest` (default `manifest.json`), `data-routing`
/// (`hash`, the default, or `history`) and `data-base` (history routing's
/// base path). Embedded elements are mounted by `embed` instead.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    // A page that defines the embeddable elements (www/embed.js) is someone
    // else's page: an element there that happens to be called `primer` is not ours.
    let window = gloo::utils::window();
    if !window.custom_elements().get("primer-guide").is_undefined() {
        return;
    }
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id("primer") else {
        return;
    };
    let manifest_url = root
        .get_attribute("data-manifest")
        .unwrap_or_else(|| "manifest.json".to_string());
    let routing = match root.get_attribute("data-routing").as_deref() {
        Some("history") => links::Routing::History {
            base: root
                .get_attribute("data-base")
                .unwrap_or_else(|| "/".to_string()),
        },
        _ => links::Routing::Hash,
    };
    yew::Renderer::<app::App>::with_root_and_props(
        root,
        app::AppProps {
            manifest_url,
            routing,
        },
    )
    .render();
}

/// The allocator: talc rather than the default dlmalloc, for a smaller wasm
/// (about 2.5 KB gzipped less) and faster allocation.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
