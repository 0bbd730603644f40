//! The sidebar: every chapter in order, and the current chapter's headings.

use primer_core::bundle::{HeadingEntry, Manifest};
use yew::prelude::*;

use crate::links::Links;

#[derive(Properties, PartialEq)]
pub struct SidebarProps {
    pub manifest: Manifest,
    pub links: Links,
    /// The current chapter's permalink.
    pub current: Option<String>,
    /// Headings of the current chapter, once loaded.
    pub headings: Vec<HeadingEntry>,
}

#[function_component]
pub fn Sidebar(props: &SidebarProps) -> Html {
    html! {
        <nav class="sidebar" aria-label="Chapters">
            <ol class="chapter-list">
                {for props.manifest.chapters.iter().map(|chapter| {
                    let current = props.current.as_deref() == Some(chapter.permalink.as_str());
                    let outline = current.then(|| html! {
                        <ul class="outline" aria-label="In this chapter">
                            {for props.headings.iter().filter(|h| h.level <= 3).map(|h| html! {
                                <li class={format!("outline-level-{}", h.level)}>
                                    <a href={props.links.heading(&chapter.permalink, &h.id)}>{h.text.clone()}</a>
                                </li>
                            })}
                        </ul>
                    });
                    html! {
                        <li class={classes!("chapter-link", current.then_some("current"))}>
                            <a href={props.links.chapter(&chapter.permalink, None)}
                                aria-current={current.then_some("page")}>
                                <span class="chapter-title">{chapter.subtitle.clone().unwrap_or_else(|| chapter.title.clone())}</span>
                            </a>
                            {outline}
                        </li>
                    }
                })}
            </ol>
        </nav>
    }
}
