//! Previous and next chapter links, in manifest order.

use primer_core::bundle::{ChapterEntry, Manifest};
use yew::prelude::*;

use crate::links::Links;

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

/// One of the two links: `class` and `rel` are `previous`/`prev` or
/// `next`/`next`.
fn link(
    links: &Links,
    chapter: &ChapterEntry,
    class: &'static str,
    rel: &'static str,
    direction: &'static str,
) -> Html {
    let name = chapter
        .subtitle
        .clone()
        .unwrap_or_else(|| chapter.title.clone());
    html! {
        <a {class} {rel} href={links.chapter(&chapter.permalink, None)}>
            <span class="direction">{direction}</span>
            <span class="chapter-name">{name}</span>
        </a>
    }
}

/// `current`: the permalink of the chapter shown.
pub fn chapter_nav(manifest: &Manifest, links: &Links, current: &str) -> Html {
    let (previous, next) = neighbours(manifest, current);
    html! {
        <nav class="chapter-nav" aria-label="Previous and next chapter">
            {previous.map(|c| link(links, c, "previous", "prev", "← Previous"))}
            {next.map(|c| link(links, c, "next", "next", "Next →"))}
        </nav>
    }
}
