//! What the stand-alone app (`app`) and an embedded guide (`embed::guide`)
//! share: the manifest, loaded with a way to retry and followed to a newer
//! build when the guide is redeployed under the page, the main area a route
//! shows, and the guide's title and chapter list.

use std::rc::Rc;

use primer_core::bundle::{HeadingEntry, Manifest};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::progress_provider::ProgressProvider;
use crate::components::{
    load_error::load_failure, sidebar::sidebar, skeleton::skeleton, update_notice::update_notice,
};
use crate::hooks::{use_count, use_flag};
use crate::links::Links;
use crate::loader;
use crate::open_guide::{GuideAction, LoadedManifest, OpenGuide};
use crate::pages::chapter::ChapterPage;
use crate::pages::progress::{self, ProgressPage};
use crate::route::Route;

/// The folder of a URL, ending in `/` (empty for a bare file name).
pub fn folder_of(url: &str) -> String {
    url.rfind('/')
        .map_or_else(String::new, |i| url[..=i].to_string())
}

/// The guide as the shell holds it (see [`OpenGuide`]) and what the pages
/// may ask of it.
#[derive(Clone)]
pub struct Guide {
    /// Where manifest.json is: fetched again when a chapter file is gone.
    pub url: AttrValue,
    pub open: UseReducerHandle<OpenGuide>,
    /// Fetch the manifest again (the "Try again" of a failed load).
    pub retry: Callback<()>,
    /// Switch to a newer build of the guide (see `redeploy`).
    pub rebuilt: Callback<Rc<Manifest>>,
    /// Close the note that the guide was updated.
    pub dismiss: Callback<MouseEvent>,
}

/// The guide whose manifest is at `url`, loaded when the page opens.
#[hook]
pub fn use_manifest(url: &str) -> Guide {
    let open = use_reducer(OpenGuide::default);
    let attempt = use_count(0);
    {
        let open = open.dispatcher();
        let url = url.to_string();
        use_effect_with(*attempt, move |_| {
            open.dispatch(GuideAction::Loading);
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = loader::manifest(&url).await.map(Rc::new);
                open.dispatch(GuideAction::Loaded(loaded));
            });
        });
    }
    let retry = Callback::from(move |_| attempt.set(*attempt + 1));
    let rebuilt = {
        let open = open.dispatcher();
        use_callback((), move |fresh, _| {
            open.dispatch(GuideAction::Rebuilt(fresh))
        })
    };
    let dismiss = {
        let open = open.dispatcher();
        use_callback((), move |_, _| open.dispatch(GuideAction::Dismiss))
    };
    Guide {
        url: AttrValue::from(url.to_string()),
        open,
        retry,
        rebuilt,
        dismiss,
    }
}

/// What the main area shows: a skeleton while the manifest loads, what went
/// wrong, or the page of `route` (a chapter, or the progress page) with the
/// learner's progress, under the note that the guide was updated.
pub fn main_area(
    guide: &Guide,
    route: &Route,
    links: &Links,
    on_headings: Callback<Vec<HeadingEntry>>,
    embedded: bool,
) -> Html {
    let manifest = match &guide.open.manifest {
        None => return skeleton(),
        Some(Err(error)) => {
            return load_failure(
                "This guide could not be loaded".into(),
                error,
                guide.retry.clone(),
            )
        }
        Some(Ok(manifest)) => manifest,
    };
    // `#/progress` is reserved for the progress page.
    let page = if route.permalink.as_deref() == Some(progress::PERMALINK) {
        html! { <ProgressPage manifest={manifest.clone()} links={links.clone()} {embedded} /> }
    } else {
        let permalink = route
            .permalink
            .clone()
            .or_else(|| manifest.chapters.first().map(|c| c.permalink.clone()))
            .unwrap_or_default();
        let removed = guide.open.was_removed(&permalink);
        html! {
            <ChapterPage manifest={manifest.clone()} links={links.clone()} {permalink}
                heading={route.heading.clone()} {on_headings} {embedded}
                manifest_url={guide.url.clone()} on_rebuilt={guide.rebuilt.clone()} {removed} />
        }
    };
    html! {
        <>
            {update_notice(guide.open.updated, guide.dismiss.clone())}
            <ProgressProvider guide_id={manifest.guide.id.clone()}>{page}</ProgressProvider>
        </>
    }
}

/// The guide's title and the sidebar (nothing until the manifest is in).
pub fn title_and_sidebar(
    manifest: &LoadedManifest,
    route: &Route,
    links: &Links,
    headings: &[HeadingEntry],
) -> (String, Html) {
    let Some(Ok(manifest)) = manifest else {
        return (String::new(), html! {});
    };
    let current = route
        .permalink
        .as_deref()
        .or_else(|| manifest.chapters.first().map(|c| c.permalink.as_str()));
    let sidebar = sidebar(manifest, links, current, headings);
    (manifest.guide.title.clone(), sidebar)
}

/// The chapter drawer and the current chapter's headings: what the app and
/// an embedded guide keep beside the chapter.
pub struct Frame {
    pub headings: UseStateHandle<Vec<HeadingEntry>>,
    /// Given to the chapter page, which reports its headings.
    pub on_headings: Callback<Vec<HeadingEntry>>,
    /// The chapter list is open (on narrow screens it is a drawer).
    pub menu_open: UseStateHandle<bool>,
    pub toggle_menu: Callback<MouseEvent>,
}

/// [`Frame`] for `route`: following a link closes the drawer.
#[hook]
pub fn use_frame(route: &Route) -> Frame {
    let headings = use_state(Vec::<HeadingEntry>::new);
    let on_headings = {
        let headings = headings.clone();
        Callback::from(move |list| headings.set(list))
    };
    let menu_open = use_flag();
    {
        let menu_open = menu_open.clone();
        use_effect_with(route.clone(), move |_| menu_open.set(false));
    }
    let toggle_menu = {
        let menu_open = menu_open.clone();
        Callback::from(move |_| menu_open.set(!*menu_open))
    };
    Frame {
        headings,
        on_headings,
        menu_open,
        toggle_menu,
    }
}

/// The link a click followed, when the reader may show it itself: a plain
/// click (main button, no modifier key, which would open it elsewhere) on an
/// `a[href]` that is not a download.
pub fn plainly_clicked_link(event: &web_sys::Event) -> Option<web_sys::Element> {
    let anchor = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a[href]").ok().flatten())?;
    let modified = event
        .dyn_ref::<web_sys::MouseEvent>()
        .is_some_and(|m| m.ctrl_key() || m.meta_key() || m.shift_key() || m.button() != 0);
    (!modified && !anchor.has_attribute("download")).then_some(anchor)
}
