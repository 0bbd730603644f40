//! `<primer-guide>`: a whole guide (top bar, chapter list, chapter) or one
//! chapter alone, inside an element on another site's page. Links between
//! chapters navigate inside the element, or with `routing="hash"` through
//! the page's address.

use gloo::events::{EventListener, EventListenerOptions};
use yew::prelude::*;

use crate::links::{Links, Routing};
use crate::route::{self, Route};
use crate::shell::{
    folder_of, main_area, plainly_clicked_link, title_and_sidebar, use_frame, use_manifest, Frame,
};

#[derive(Properties, PartialEq)]
pub struct GuideEmbedProps {
    pub manifest_url: String,
    /// The chapter to show first. With it the element shows that chapter
    /// alone, like a chapter of the page; without it, the whole guide.
    pub chapter: Option<String>,
    /// Route through the page's address (`#/permalink`) instead of inside
    /// the element.
    pub follow_address: bool,
}

/// The route the page's address names: `#/...`, or `start` when it has no
/// fragment (back to where the element began). `None` for the page's own
/// anchors (`#install`), which are not ours.
fn address_route(start: &Route) -> Option<Route> {
    let hash = web_sys::window()?.location().hash().ok()?;
    if hash.len() <= 1 {
        return Some(start.clone());
    }
    hash.starts_with("#/")
        .then(|| route::parse(&Routing::Hash, "", &hash))
}

#[function_component]
pub fn GuideEmbed(props: &GuideEmbedProps) -> Html {
    let links = Links {
        routing: if props.follow_address {
            Routing::Hash
        } else {
            Routing::Memory
        },
        content_base: folder_of(&props.manifest_url),
    };
    let guide = use_manifest(&props.manifest_url);
    let start = Route {
        permalink: props.chapter.clone(),
        heading: None,
    };
    let route = {
        let (follow, start) = (props.follow_address, start.clone());
        use_state(move || {
            follow
                .then(|| address_route(&start))
                .flatten()
                .unwrap_or(start)
        })
    };
    let root = use_node_ref();
    {
        let route = route.clone();
        let root = root.clone();
        let links = links.clone();
        use_effect_with(props.follow_address, move |follow| {
            let listener = if *follow {
                let window = gloo::utils::window();
                Some(EventListener::new(&window, "hashchange", move |_| {
                    if let Some(next) = address_route(&start) {
                        route.set(next);
                    }
                }))
            } else {
                root.get().map(|root| {
                    // Not passive (gloo's default): it cancels the navigation.
                    let options = EventListenerOptions::enable_prevent_default();
                    EventListener::new_with_options(&root, "click", options, move |event| {
                        follow_link(event, &links.content_base, &route)
                    })
                })
            };
            move || drop(listener)
        });
    }
    let Frame {
        headings,
        on_headings,
        menu_open,
        toggle_menu,
    } = use_frame(&route);
    let main = main_area(&guide, &route, &links, on_headings, true);
    let one_chapter = props.chapter.is_some();
    let class = classes!(
        "primer",
        "primer-embedded",
        one_chapter.then_some("primer-one-chapter"),
        menu_open.then_some("menu-open"),
    );
    if one_chapter {
        return html! { <div ref={root} {class}>{main}</div> };
    }
    let (title, sidebar) = title_and_sidebar(&guide.open.manifest, &route, &links, &headings);
    html! {
        <div ref={root} {class}>
            <div class="topbar">
                <button type="button" class="menu-toggle" aria-expanded={menu_open.to_string()}
                    aria-controls="sidebar" onclick={toggle_menu}>{"Chapters"}</button>
                <p class="guide-title">{title}</p>
            </div>
            <div class="layout">
                <div id="sidebar" class="sidebar-wrap">{sidebar}</div>
                <div class="embed-main">{main}</div>
            </div>
        </div>
    }
}

/// A click on a link to a chapter of this guide: show it here instead of
/// leaving the page (a modified click still opens the link elsewhere).
fn follow_link(event: &web_sys::Event, content_base: &str, route: &UseStateHandle<Route>) {
    let Some(anchor) = plainly_clicked_link(event) else {
        return;
    };
    let href = anchor.get_attribute("href").unwrap_or_default();
    if let Some(next) = route::of_link(content_base, &href) {
        event.prevent_default();
        route.set(next);
    }
}
