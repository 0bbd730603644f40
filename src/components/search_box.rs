//! The top bar's search field: `/` or `s` focuses it, the index is fetched
//! on first use, results show in a panel below as the learner types and a
//! live region counts them; arrow keys move through the results, Escape
//! closes the panel and returns to the field.

use std::rc::Rc;

use gloo::events::EventListener;
use primer_core::search::{self, Prepared};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

use crate::components::search_results::{results_summary, search_results};
use crate::hooks::use_flag;
use crate::links::Links;
use crate::loader::{self, LoadError};

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    /// The search index's URL.
    pub url: String,
    pub links: Links,
}

/// The index, fetched on first use.
#[derive(Clone, PartialEq)]
enum Index {
    NotLoaded,
    Loading,
    Ready(Rc<Prepared>),
    Failed(String),
}

#[function_component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let query = use_state(String::new);
    let index = use_state(|| Index::NotLoaded);
    let open = use_flag();
    let input = use_node_ref();
    let panel = use_node_ref();
    {
        let input = input.clone();
        use_effect_with((), move |_| focus_on_shortcut(input));
    }
    let load = {
        let (index, url) = (index.clone(), props.url.clone());
        Callback::from(move |_: ()| {
            if matches!(*index, Index::NotLoaded | Index::Failed(_)) {
                index.set(Index::Loading);
                let (index, url) = (index.clone(), url.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    index.set(match loader::search_index(&url).await {
                        Ok(loaded) => Index::Ready(Rc::new(Prepared::new(loaded))),
                        Err(error) => Index::Failed(failure(&error)),
                    });
                });
            }
        })
    };
    let onfocus = {
        let (open, load) = (open.clone(), load.clone());
        Callback::from(move |_: FocusEvent| {
            open.set(true);
            load.emit(());
        })
    };
    let oninput = {
        let (query, open, load) = (query.clone(), open.clone(), load.clone());
        Callback::from(move |event: InputEvent| {
            let field: HtmlInputElement = event.target_unchecked_into();
            query.set(field.value());
            open.set(true);
            load.emit(());
        })
    };
    let onkeydown = {
        let (query, open, input, panel) =
            (query.clone(), open.clone(), input.clone(), panel.clone());
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            "ArrowDown" | "ArrowUp" => {
                event.prevent_default();
                move_through(&panel, event.key() == "ArrowDown");
            }
            "Enter" if is_field(&event) => {
                event.prevent_default();
                if let Some(first) = result_links(&panel).first() {
                    first.click();
                }
            }
            "Escape" => {
                query.set(String::new());
                open.set(false);
                if let Some(field) = input.cast::<HtmlInputElement>() {
                    field.set_value("");
                    let _ = field.focus();
                }
            }
            _ => {}
        })
    };
    let onfocusout = {
        let open = open.clone();
        Callback::from(move |event: FocusEvent| {
            let inside = |target: Option<web_sys::EventTarget>| {
                let container = event.current_target()?.dyn_into::<Element>().ok()?;
                let node = target?.dyn_into::<web_sys::Node>().ok()?;
                Some(container.contains(Some(&node)))
            };
            if inside(event.related_target()) != Some(true) {
                open.set(false);
            }
        })
    };
    let onfollow = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(false))
    };
    // The button goes as the index loads: focus returns to the field.
    let retry = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            load.emit(());
            if let Some(field) = input.cast::<HtmlInputElement>() {
                let _ = field.focus();
            }
        })
    };

    // Nothing is searched while the panel is closed (after following a
    // result, or with the focus elsewhere): it would not be seen.
    let shown = *open && !query.trim().is_empty();
    let (status, body) = match (&*index, shown) {
        (_, false) => (String::new(), html! {}),
        (Index::NotLoaded | Index::Loading, true) => {
            let note = "Loading the index…";
            (
                note.to_string(),
                html! { <p class="search-note">{note}</p> },
            )
        }
        (Index::Failed(reason), true) => (
            reason.clone(),
            html! {
                <div class="search-note">
                    <p>{reason.clone()}</p>
                    <button type="button" class="retry" onclick={retry}>{"Try again"}</button>
                </div>
            },
        ),
        (Index::Ready(loaded), true) => {
            let results = search::find(loaded, &query);
            let summary = results_summary(&results, &query);
            let body = if results.hits.is_empty() {
                html! { <p class="search-note">{summary.clone()}</p> }
            } else {
                search_results(&results, &props.links, onfollow)
            };
            (summary, body)
        }
    };
    html! {
        <div class="search" role="search" {onkeydown} {onfocusout}>
            <label for="search-input" class="visually-hidden">{"Search"}</label>
            <input ref={input} id="search-input" class="search-input" type="search"
                placeholder="Search" autocomplete="off" spellcheck="false"
                aria-keyshortcuts="/ s" aria-controls="search-panel"
                value={(*query).clone()} {onfocus} {oninput} />
            <div ref={panel} id="search-panel" class="search-panel"
                hidden={!shown}>{body}</div>
            <p class="visually-hidden" role="status">{status}</p>
        </div>
    }
}

/// What the learner is told when the index could not be fetched.
fn failure(error: &LoadError) -> String {
    let why = match error {
        LoadError::NotFound => "it was not found on the server (404)".to_string(),
        LoadError::Network(detail) => format!("the network request failed ({detail})"),
        LoadError::Damaged | LoadError::WrongVersion(_) | LoadError::OtherGuide => {
            "it is damaged or from another version; reloading the page may help".to_string()
        }
    };
    format!("The search index could not be loaded: {why}.")
}

/// Whether the key was pressed in the search field itself.
fn is_field(event: &KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        .is_some()
}

fn result_links(panel: &NodeRef) -> Vec<HtmlElement> {
    let Some(panel) = panel.cast::<Element>() else {
        return Vec::new();
    };
    let Ok(list) = panel.query_selector_all("a.search-result") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .collect()
}

/// Move focus to the next (or previous) result; from the field, the first.
fn move_through(panel: &NodeRef, down: bool) {
    let links = result_links(panel);
    let active = gloo::utils::document().active_element();
    let at = links
        .iter()
        .position(|l| active.as_ref() == Some(l.unchecked_ref::<Element>()));
    let next = match (at, down) {
        (None, _) => 0,
        (Some(i), true) => (i + 1).min(links.len().saturating_sub(1)),
        (Some(i), false) => i.saturating_sub(1),
    };
    if let Some(link) = links.get(next) {
        let _ = link.focus();
    }
}

/// `/` and `s` (as in mdBook) focus the field, unless typed into a field.
fn focus_on_shortcut(input: NodeRef) -> impl FnOnce() {
    let listener = EventListener::new_with_options(
        &gloo::utils::document(),
        "keydown",
        gloo::events::EventListenerOptions::enable_prevent_default(),
        move |event| {
            let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            let key = event.key();
            if (key != "/" && key != "s") || event.ctrl_key() || event.meta_key() || event.alt_key()
            {
                return;
            }
            let typing = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlElement>().ok())
                .is_some_and(|e| {
                    e.is_content_editable()
                        || matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                });
            if let (false, Some(field)) = (typing, input.cast::<HtmlInputElement>()) {
                event.prevent_default();
                let _ = field.focus();
            }
        },
    );
    move || drop(listener)
}
