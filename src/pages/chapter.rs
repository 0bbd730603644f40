//! One chapter: loads its bundle (skeleton meanwhile, a retryable message on
//! failure), renders it, sets the document title, goes to the heading the
//! address names, and prefetches the next chapter. A bundle gone from the
//! server (404), or unreachable, may mean the guide was redeployed under
//! the page: then the shell is handed the new build's manifest (see
//! `redeploy`). Embedded in another site's page, it leaves the page's title
//! and scroll position alone.

use std::rc::Rc;

use primer_core::bundle::{ChapterBundle, HeadingEntry, Manifest};
use primer_core::document::Block;
use yew::prelude::*;

use crate::components::{
    chapter_missing::{self, chapter_missing},
    chapter_nav::{chapter_nav, neighbours},
    load_error::load_failure,
    objectives::objectives,
    skeleton::skeleton,
};
use crate::hooks::use_count;
use crate::links::Links;
use crate::loader::{self, LoadError};
use crate::redeploy;
use crate::render::{blocks, Context};
use crate::scroll;

#[derive(Properties, PartialEq)]
pub struct ChapterPageProps {
    /// Shared with the shell: one copy of the table of contents.
    pub manifest: Rc<Manifest>,
    pub links: Links,
    pub permalink: String,
    pub heading: Option<String>,
    pub on_headings: Callback<Vec<HeadingEntry>>,
    /// In an element on another site's page (see `crate::embed`).
    #[prop_or_default]
    pub embedded: bool,
    /// Where the manifest came from: fetched again when the bundle is gone
    /// (empty: never).
    #[prop_or_default]
    pub manifest_url: AttrValue,
    /// Given a newer build's manifest, found when the bundle was gone.
    #[prop_or_default]
    pub on_rebuilt: Callback<Rc<Manifest>>,
    /// The chapter was in the guide until an update took it out.
    #[prop_or_default]
    pub removed: bool,
}

#[derive(Clone, PartialEq)]
enum Load {
    Loading,
    Loaded(String, Rc<ChapterBundle>),
    Failed(String, LoadError),
}

/// The bundle on screen, compared by identity: a load (or the cache) hands
/// out one `Rc` per chapter, so comparing the whole tree would only cost code.
#[derive(Clone)]
struct Shown(Rc<ChapterBundle>);

impl PartialEq for Shown {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Whether the chapter already opens with an objectives Alert (then the
/// separate objectives box would repeat it).
fn opens_with_objectives(blocks: &[Block]) -> bool {
    blocks.iter().take(2).any(|block| {
        matches!(block, Block::Alert { title: Some(title), .. } if title.to_ascii_lowercase().contains("objective"))
    })
}

#[function_component]
pub fn ChapterPage(props: &ChapterPageProps) -> Html {
    let entry = props
        .manifest
        .chapters
        .iter()
        .find(|c| c.permalink == props.permalink);
    let url = entry
        .map(|e| props.links.content(&e.bundle))
        .unwrap_or_default();
    let load = use_state(|| Load::Loading);
    let attempt = use_count(0);
    {
        let load = load.clone();
        let next = neighbours(&props.manifest, &props.permalink)
            .1
            .map(|n| props.links.content(&n.bundle));
        let manifest = props.manifest.clone();
        let manifest_url = props.manifest_url.clone();
        let on_rebuilt = props.on_rebuilt.clone();
        use_effect_with((url.clone(), *attempt), move |(url, _)| {
            let url = url.clone();
            if !url.is_empty() {
                load.set(Load::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    match redeploy::chapter(&url, &manifest_url, &manifest, &on_rebuilt).await {
                        Ok(bundle) => {
                            load.set(Load::Loaded(url, bundle));
                            if let Some(next) = next {
                                loader::prefetch(next);
                            }
                        }
                        Err(error) => load.set(Load::Failed(url, error)),
                    }
                });
            }
        });
    }
    let guide_title = props.manifest.guide.title.clone();
    let article = use_node_ref();
    let shown_here = use_mut_ref(|| false);
    {
        // Once shown: title, outline, and where to scroll.
        let on_headings = props.on_headings.clone();
        let heading = props.heading.clone();
        let embedded = props.embedded;
        let article = article.clone();
        let shown = match &*load {
            Load::Loaded(loaded, bundle) if *loaded == url => Some(Shown(bundle.clone())),
            _ => None,
        };
        use_effect_with((shown, heading), move |(shown, heading)| {
            if let Some(Shown(bundle)) = shown {
                on_headings.emit(bundle.headings.clone());
                let first_view = if embedded {
                    !shown_here.replace(true)
                } else {
                    let name = bundle
                        .subtitle
                        .clone()
                        .unwrap_or_else(|| bundle.title.clone());
                    gloo::utils::document().set_title(&format!("{name} · {guide_title}"));
                    !SHOWN_BEFORE.with(|shown| shown.replace(true))
                };
                if let Some(article) = article.get() {
                    go_to(&article, heading.as_deref(), first_view, embedded);
                }
            }
        });
    }
    {
        let missing = (entry.is_none() && !props.embedded)
            .then(|| chapter_missing::title(props.removed, &props.manifest.guide.title));
        use_effect_with(missing, |missing| {
            if let Some(title) = missing {
                gloo::utils::document().set_title(title);
            }
        });
    }
    let Some(entry) = entry else {
        let first = props
            .manifest
            .chapters
            .first()
            .map(|c| props.links.chapter(&c.permalink, None));
        return chapter_missing(&props.permalink, props.removed, first);
    };
    match &*load {
        Load::Loaded(loaded, bundle) if *loaded == url => {
            let cx = Context::new(props.links.clone(), props.permalink.clone());
            let name = bundle.subtitle.clone();
            html! {
                <article class="chapter" aria-labelledby="chapter-title" ref={article}>
                    <header class="chapter-header">
                        <h1 id="chapter-title" tabindex="-1">
                            {bundle.title.clone()}
                            if let Some(name) = name { <span class="chapter-subtitle">{name}</span> }
                        </h1>
                    </header>
                    if !opens_with_objectives(&bundle.blocks) {
                        {objectives(&bundle.objectives)}
                    }
                    {blocks(&bundle.blocks, &cx)}
                    {chapter_nav(&props.manifest, &props.links, &props.permalink)}
                </article>
            }
        }
        Load::Failed(failed, error) if *failed == url => {
            let attempt = attempt.clone();
            let onretry = Callback::from(move |_| attempt.set(*attempt + 1));
            let title = format!(
                "“{}” could not be loaded",
                entry
                    .subtitle
                    .clone()
                    .unwrap_or_else(|| entry.title.clone())
            );
            html! {
                <>
                    {load_failure(title, error, onretry)}
                    {chapter_nav(&props.manifest, &props.links, &props.permalink)}
                </>
            }
        }
        _ => skeleton(),
    }
}

thread_local! {
    /// Whether a chapter was shown before: the first one keeps the page's
    /// natural focus order (skip link first); later ones move focus.
    static SHOWN_BEFORE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Scroll to the restored position, the heading, or the top. Embedded, the
/// first chapter shown leaves the page where it is, and later ones bring
/// their title into view rather than scrolling the whole page to the top.
fn go_to(article: &web_sys::Node, heading: Option<&str>, first_view: bool, embedded: bool) {
    let window = gloo::utils::window();
    if !embedded {
        if let Some(y) = scroll::take_pending() {
            window.scroll_to_with_x_and_y(0.0, y);
            return;
        }
    }
    let focus = |id: &str| {
        let element = crate::dom::by_id(article, id)?;
        element.scroll_into_view();
        wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element)
            .ok()?
            .focus()
            .ok()
    };
    if heading.and_then(focus).is_some() {
        return;
    }
    if !embedded {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
    if !first_view {
        // Screen readers start at the new chapter's title.
        focus("chapter-title");
    }
}
