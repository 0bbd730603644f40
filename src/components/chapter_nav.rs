//! Previous and next chapter links, in manifest order.

use primer_core::bundle::{ChapterEntry, Manifest};
use yew::prelude::*;

use crate::links::Links;

#[derive(Properties, PartialEq)]
pub struct ChapterNavProps {
    pub manifest: Manifest,
    pub links: Links,
    pub current: String,
}

/// The chapters before and after `current`.
pub fn neighbours<'m>(
    manifest: &'m Manifest,
    current: &str,
) -> (Option<&'m ChapterEntry>, Option<&'m ChapterEntry>) {
    let Some(i) = manifest
        .chapters
        .iter()
        .position(|c| c.permalink == current)
    else {
        return (None, None);
    };
    (
        i.checked_sub(1).map(|p| &manifest.chapters[p]),
        manifest.chapters.get(i + 1),
    )
}

fn name(chapter: &ChapterEntry) -> String {
    chapter
        .subtitle
        .clone()
        .unwrap_or_else(|| chapter.title.clone())
}

#[function_component]
pub fn ChapterNav(props: &ChapterNavProps) -> Html {
    let (previous, next) = neighbours(&props.manifest, &props.current);
    html! {
        <nav class="chapter-nav" aria-label="Previous and next chapter">
            if let Some(previous) = previous {
                <a class="previous" rel="prev" href={props.links.chapter(&previous.permalink, None)}>
                    <span class="direction">{"← Previous"}</span>
                    <span class="chapter-name">{name(previous)}</span>
                </a>
            }
            if let Some(next) = next {
                <a class="next" rel="next" href={props.links.chapter(&next.permalink, None)}>
                    <span class="direction">{"Next →"}</span>
                    <span class="chapter-name">{name(next)}</span>
                </a>
            }
        </nav>
    }
}
