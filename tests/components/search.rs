//! Search: the field is labelled and its panel hidden until the learner
//! types; results link to chapter and heading, with matches in `<mark>`.

use primer::components::search_box::{SearchBox, SearchBoxProps};
use primer::components::search_results::{results_summary, search_results};
use primer_core::search::{find, IndexedChapter, Prepared, SearchIndex, Section};
use yew::Callback;

use crate::support::{component, history, view};

fn index() -> SearchIndex {
    let section = |id: &str, heading: &str, text: &str| Section {
        id: id.into(),
        heading: heading.into(),
        text: text.into(),
    };
    SearchIndex {
        version: 1,
        chapters: vec![IndexedChapter {
            permalink: "study-guide/caching".into(),
            title: "Caching".into(),
            sections: vec![
                section("", "", "Why <b>pages</b> are kept."),
                section(
                    "ttl",
                    "Time to live",
                    "Each kept page expires after its TTL.",
                ),
            ],
        }],
    }
}

#[tokio::test]
async fn results_link_to_headings_and_mark_matches() {
    let dom = view(|| {
        let results = find(&Prepared::new(index()), "page");
        search_results(&results, &history("/docs/guide/"), Callback::noop())
    })
    .await;
    let links = dom.all("ol.search-results > li > a.search-result");
    assert_eq!(links.len(), 2);
    assert_eq!(
        links[0].attr("href"),
        Some("/docs/guide/study-guide/caching")
    );
    assert_eq!(links[0].one(".search-place").text(), "Caching");
    // Text, not HTML: the angle brackets stay text.
    assert_eq!(
        links[0].one(".search-snippet").text(),
        "Why <b>pages</b> are kept"
    );
    assert_eq!(links[0].one(".search-snippet mark").text(), "pages");
    assert_eq!(
        links[1].attr("href"),
        Some("/docs/guide/study-guide/caching#ttl")
    );
    assert_eq!(
        links[1]
            .one(".search-place")
            .text_without(".visually-hidden"),
        "Caching › Time to live"
    );
    assert_eq!(links[1].one(".search-snippet mark").text(), "page");
}

#[test]
fn summaries_count_results() {
    let summary = |q: &str| results_summary(&find(&Prepared::new(index()), q), q);
    assert_eq!(summary(" page "), "2 results for “page”");
    assert_eq!(summary("ttl"), "1 result for “ttl”");
    assert_eq!(summary("zebra"), "No results for “zebra”");
}

#[tokio::test]
async fn the_field_is_labelled_and_the_panel_starts_hidden() {
    let dom = component::<SearchBox>(SearchBoxProps {
        url: "search.json".into(),
        links: Default::default(),
    })
    .await;
    assert_eq!(dom.one("div.search").attr("role"), Some("search"));
    let input = dom.one("input#search-input");
    assert_eq!(input.attr("type"), Some("search"));
    assert_eq!(dom.one("label[for=search-input]").text(), "Search");
    assert_eq!(input.attr("aria-keyshortcuts"), Some("/ s"));
    assert!(dom.one("#search-panel").has("hidden"));
    assert_eq!(dom.one("[role=status]").text(), "");
}
