//! Embedding: the reader inside elements of another site's page.
//!
//! `www/embed.js` defines the custom elements `<primer-guide>` and
//! `<primer-quiz>`. Each element gets a shadow root (so the page's CSS and
//! ours stay apart) holding one `div`, and mounts a reader there through
//! `mount_guide` or `mount_quiz`; the wasm is initialised once per page
//! however many elements there are.
//!
//! An embedded reader never touches what belongs to the page: not its
//! title, scroll position, theme attribute, address bar or history. Links
//! between chapters navigate inside the element (`Routing::Memory`) unless
//! the page opts in to `routing="hash"`. Progress goes to the same
//! localStorage record as the stand-alone guide of the same guide id, and
//! several elements of one guide on a page keep each other up to date
//! (`storage::announce_save`).

pub mod guide;
pub mod quiz;

#[cfg(target_arch = "wasm32")]
mod exports {
    use std::cell::RefCell;

    use wasm_bindgen::prelude::wasm_bindgen;

    use super::guide::{GuideEmbed, GuideEmbedProps};
    use super::quiz::{QuizEmbed, QuizEmbedProps};

    /// A reader mounted in an element.
    enum Mounted {
        Guide(yew::AppHandle<GuideEmbed>),
        Quiz(yew::AppHandle<QuizEmbed>),
    }

    thread_local! {
        /// The readers mounted so far, by the element they are in (a list
        /// rather than a JS-side handle class: less glue, less wasm).
        static MOUNTED: RefCell<Vec<(web_sys::Element, Mounted)>> = RefCell::default();
    }

    fn keep(root: web_sys::Element, mounted: Mounted) {
        MOUNTED.with(|all| all.borrow_mut().push((root, mounted)));
    }

    /// Mount a guide in `root`: the whole guide, or with `chapter` (a
    /// permalink) that chapter alone. `manifest_url` should be absolute
    /// (embed.js resolves the `src` attribute against the page).
    /// `follow_address`: routes in the page's address (`#/permalink`)
    /// rather than inside the element.
    #[wasm_bindgen]
    pub fn mount_guide(
        root: web_sys::Element,
        manifest_url: String,
        chapter: Option<String>,
        follow_address: bool,
    ) {
        let props = GuideEmbedProps {
            manifest_url,
            chapter: chapter.filter(|c| !c.trim().is_empty()),
            follow_address,
        };
        let handle = yew::Renderer::<GuideEmbed>::with_root_and_props(root.clone(), props).render();
        keep(root, Mounted::Guide(handle));
    }

    /// Mount one quiz of a guide in `root`: the quiz whose id is `quiz`
    /// (the `id` of its `<Quiz>` tag, else its file name without `.toml`).
    #[wasm_bindgen]
    pub fn mount_quiz(root: web_sys::Element, manifest_url: String, quiz: String) {
        let props = QuizEmbedProps { manifest_url, quiz };
        let handle = yew::Renderer::<QuizEmbed>::with_root_and_props(root.clone(), props).render();
        keep(root, Mounted::Quiz(handle));
    }

    /// Take the reader out of `root` (its element left the page).
    #[wasm_bindgen]
    pub fn unmount(root: web_sys::Element) {
        let found = MOUNTED.with(|all| {
            let mut all = all.borrow_mut();
            let at = all.iter().position(|(r, _)| *r == root)?;
            Some(all.swap_remove(at).1)
        });
        match found {
            Some(Mounted::Guide(handle)) => handle.destroy(),
            Some(Mounted::Quiz(handle)) => handle.destroy(),
            None => {}
        }
    }
}
