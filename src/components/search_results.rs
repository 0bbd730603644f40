//! The search panel's list of results: each a link to its chapter and
//! heading, with a snippet whose matching words are `<mark>`ed (text nodes,
//! never HTML).

use primer_core::search::{Hit, Piece, Results};
use yew::prelude::*;

use crate::links::Links;

/// "3 results for “cache”", as the live region and the panel say it.
pub fn results_summary(results: &Results, query: &str) -> String {
    let query = query.trim();
    match results.total {
        0 => format!("No results for “{query}”"),
        1 => format!("1 result for “{query}”"),
        n => format!("{n} results for “{query}”"),
    }
}

/// The list of `results`; `onfollow` runs when a result is followed.
pub fn search_results(results: &Results, links: &Links, onfollow: Callback<MouseEvent>) -> Html {
    let more = results.total > results.hits.len();
    html! {
        <>
            <ol class="search-results" onclick={onfollow}>
                {for results.hits.iter().map(|hit| result(hit, links))}
            </ol>
            if more {
                <p class="search-note">{format!("Showing the best {}.", results.hits.len())}</p>
            }
        </>
    }
}

fn result(hit: &Hit, links: &Links) -> Html {
    let href = links.chapter(
        &hit.permalink,
        hit.heading.as_ref().map(|(_, id)| id.as_str()),
    );
    html! {
        <li>
            <a class="search-result" {href}>
                <span class="search-place">
                    {hit.chapter.clone()}
                    if let Some((heading, _)) = &hit.heading {
                        <span aria-hidden="true">{" › "}</span>
                        <span class="visually-hidden">{", "}</span>
                        {heading.clone()}
                    }
                </span>
                if !hit.snippet.is_empty() {
                    <span class="search-snippet">{for hit.snippet.iter().map(piece)}</span>
                }
            </a>
        </li>
    }
}

fn piece(piece: &Piece) -> Html {
    if piece.marked {
        html! { <mark>{piece.text.clone()}</mark> }
    } else {
        html! { {piece.text.clone()} }
    }
}
