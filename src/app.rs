//! The stand-alone app (the site's own page): follows the address bar,
//! applies the theme, and lays out the top bar, the sidebar and the current
//! chapter. What it shares with an embedded guide is in `shell`.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::search_box::SearchBox;
use crate::components::theme_toggle::theme_toggle;
use crate::links::{Links, Routing};
use crate::route::{self, Route};
use crate::shell::{
    folder_of, main_area, plainly_clicked_link, title_and_sidebar, use_frame, use_manifest, Frame,
};
use crate::{scroll, theme};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub manifest_url: String,
    pub routing: Routing,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let links = Links {
        routing: props.routing.clone(),
        content_base: folder_of(&props.manifest_url),
    };
    let guide = use_manifest(&props.manifest_url);
    let route = use_state(|| route::current(&props.routing));
    {
        let route = route.clone();
        let routing = props.routing.clone();
        use_effect_with((), move |_| follow_address(route, routing));
    }
    let dark = use_state(theme::initial_dark);
    {
        use_effect_with(*dark, |dark| theme::apply(*dark, false));
    }
    let ontoggle = {
        let dark = dark.clone();
        Callback::from(move |_| {
            theme::apply(!*dark, true);
            dark.set(!*dark);
        })
    };
    let Frame {
        headings,
        on_headings,
        menu_open,
        toggle_menu,
    } = use_frame(&route);
    let skip = Callback::from(|_: MouseEvent| {
        if let Some(main) = gloo::utils::document().get_element_by_id("main") {
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    });

    let body = main_area(&guide, &route, &links, on_headings, false);
    let (title, sidebar) = title_and_sidebar(&guide.open.manifest, &route, &links, &headings);
    let search = match &guide.open.manifest {
        Some(Ok(manifest)) => manifest.search.as_ref().map(|file| links.content(file)),
        _ => None,
    };
    html! {
        <div class={classes!("primer", menu_open.then_some("menu-open"))}>
            <button type="button" class="skip-link" onclick={skip}>{"Skip to content"}</button>
            <header class="topbar">
                <button type="button" class="menu-toggle" aria-expanded={menu_open.to_string()}
                    aria-controls="sidebar" onclick={toggle_menu}>{"Chapters"}</button>
                <p class="guide-title">{title}</p>
                if let Some(url) = search {
                    <SearchBox {url} links={links.clone()} />
                }
                {theme_toggle(*dark, ontoggle)}
            </header>
            <div class="layout">
                <div id="sidebar" class="sidebar-wrap">{sidebar}</div>
                <main id="main" tabindex="-1">{body}</main>
            </div>
        </div>
    }
}

/// Keep `route` in step with the address bar; returns the clean-up.
fn follow_address(route: UseStateHandle<Route>, routing: Routing) -> impl FnOnce() {
    let document = gloo::utils::document();
    let window = gloo::utils::window();
    if let Ok(history) = window.history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    scroll::arrived();
    // History routing: in-app links change the address without a reload.
    let clicks = {
        let routing = routing.clone();
        let route = route.clone();
        // Not passive (gloo's default), or it could not cancel the page load.
        let options = EventListenerOptions::enable_prevent_default();
        EventListener::new_with_options(&document, "click", options, move |event| {
            let Routing::History { base } = &routing else {
                return;
            };
            let Some(anchor) = plainly_clicked_link(event) else {
                return;
            };
            let href = anchor.get_attribute("href").unwrap_or_default();
            if href.starts_with(base.trim_end_matches('/')) {
                event.prevent_default();
                let window = gloo::utils::window();
                scroll::leaving(window.scroll_y().unwrap_or(0.0));
                if let Ok(history) = window.history() {
                    let _ =
                        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
                }
                scroll::arrived();
                route.set(route::current(&routing));
            }
        })
    };
    let changes = {
        let event_name = match routing {
            Routing::History { .. } => "popstate",
            Routing::Hash | Routing::Memory => "hashchange",
        };
        EventListener::new(&window, event_name, move |_| {
            scroll::leaving(gloo::utils::window().scroll_y().unwrap_or(0.0));
            scroll::arrived();
            route.set(route::current(&routing));
        })
    };
    move || drop((clicks, changes))
}
