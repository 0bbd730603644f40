//! Finding the reader's own elements by id, wherever the reader is mounted:
//! in its own page, or in the shadow root of an embedded element, where
//! `document.getElementById` cannot see (and where two elements on one page
//! may use the same ids without clashing).

use wasm_bindgen::JsCast;

/// The element with `id` in the same tree (document or shadow root) as `near`.
pub fn by_id(near: &web_sys::Node, id: &str) -> Option<web_sys::Element> {
    let root = near.get_root_node();
    match root.dyn_ref::<web_sys::DocumentFragment>() {
        Some(shadow) => shadow.get_element_by_id(id),
        None => root.dyn_ref::<web_sys::Document>()?.get_element_by_id(id),
    }
}

/// Move focus to the element with `id` near `near`; false if there is none.
pub fn focus(near: &web_sys::Node, id: &str) -> bool {
    by_id(near, id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|e| e.focus().is_ok())
}
