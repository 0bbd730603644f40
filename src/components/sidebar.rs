//! The sidebar: every chapter in order, the current chapter's headings,
//! and a link to the learner's progress when the guide has quizzes.

use primer_core::bundle::{HeadingEntry, Manifest};
use yew::prelude::*;

use crate::links::Links;
use crate::pages::progress::PERMALINK as PROGRESS;

/// `current`: the current chapter's permalink; `headings`: its headings,
/// once loaded.
pub fn sidebar(
    manifest: &Manifest,
    links: &Links,
    current: Option<&str>,
    headings: &[HeadingEntry],
) -> Html {
    html! {
        <nav class="sidebar" aria-label="Chapters">
            <ol class="chapter-list">
                {for manifest.chapters.iter().map(|chapter| {
                    let current = current == Some(chapter.permalink.as_str());
                    let outline = current.then(|| html! {
                        <ul class="outline" aria-label="In this chapter">
                            {for headings.iter().filter(|h| h.level <= 3).map(|h| html! {
                                <li class={format!("outline-level-{}", h.level)}>
                                    <a href={links.heading(&chapter.permalink, &h.id)}>{h.text.clone()}</a>
                                </li>
                            })}
                        </ul>
                    });
                    html! {
                        <li class={if current { "chapter-link current" } else { "chapter-link" }}>
                            <a href={links.chapter(&chapter.permalink, None)}
                                aria-current={current.then_some("page")}>
                                <span class="chapter-title">{chapter.subtitle.clone().unwrap_or_else(|| chapter.title.clone())}</span>
                            </a>
                            {outline}
                        </li>
                    }
                })}
            </ol>
            if manifest.chapters.iter().any(|c| !c.quizzes.is_empty()) {
                <p class="sidebar-progress">
                    <a href={links.chapter(PROGRESS, None)} aria-current={(current == Some(PROGRESS)).then_some("page")}>
                        {"Your progress"}
                    </a>
                </p>
            }
        </nav>
    }
}
