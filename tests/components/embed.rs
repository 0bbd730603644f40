//! Embedded elements before their manifest arrives (the server renderer
//! runs no effects): the page keeps its landmarks and theme (no banner,
//! main or theme toggle of ours), a chapter alone has no app chrome, and
//! links name the stand-alone guide's addresses.

use primer::components::sidebar::sidebar;
use primer::embed::guide::{GuideEmbed, GuideEmbedProps};
use primer::embed::quiz::{QuizEmbed, QuizEmbedProps};
use primer::links::{Links, Routing};

use crate::support::{component, manifest, view};

const MANIFEST: &str = "https://docs.example/guide/manifest.json";

fn guide(chapter: Option<&str>) -> GuideEmbedProps {
    GuideEmbedProps {
        manifest_url: MANIFEST.into(),
        chapter: chapter.map(String::from),
        follow_address: false,
    }
}

#[tokio::test]
async fn a_whole_guide_leaves_the_page_its_landmarks_and_theme() {
    let dom = component::<GuideEmbed>(guide(None)).await;
    let root = dom.one("div.primer.primer-embedded");
    assert!(!root.has_class("primer-one-chapter"));
    assert_eq!(
        root.one("button.menu-toggle").attr("aria-controls"),
        Some("sidebar")
    );
    assert_eq!(root.count("div#sidebar"), 1);
    for landmark in ["header", "main", "footer", "aside"] {
        assert_eq!(
            dom.count(landmark),
            0,
            "no <{landmark}> of ours in the page"
        );
    }
    assert_eq!(dom.count(".theme-toggle"), 0);
    assert_eq!(dom.count(".skip-link"), 0);
    assert_eq!(dom.count("div.embed-main div.skeleton[role=status]"), 1);
}

#[tokio::test]
async fn one_chapter_is_shown_without_the_app_around_it() {
    let dom = component::<GuideEmbed>(guide(Some("study-guide/caching"))).await;
    let root = dom.one("div.primer.primer-embedded.primer-one-chapter");
    assert_eq!(root.count(".topbar"), 0);
    assert_eq!(root.count("nav.sidebar"), 0);
    assert_eq!(root.count("div.skeleton[role=status]"), 1);
}

#[tokio::test]
async fn a_quiz_alone_starts_as_a_placeholder() {
    let dom = component::<QuizEmbed>(QuizEmbedProps {
        manifest_url: MANIFEST.into(),
        quiz: "caching".into(),
    })
    .await;
    let root = dom.one("div.primer.primer-embedded.primer-quiz-embed");
    assert_eq!(root.count("div.chapter div.skeleton[role=status]"), 1);
}

#[tokio::test]
async fn links_in_an_element_are_the_stand_alone_guides_addresses() {
    let links = Links {
        routing: Routing::Memory,
        content_base: "https://docs.example/guide/".into(),
    };
    let dom = view(move || sidebar(&manifest(), &links, Some("study-guide/caching"), &[])).await;
    let hrefs: Vec<_> = dom
        .all("ol.chapter-list a")
        .iter()
        .map(|a| a.attr("href").unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        hrefs,
        [
            "https://docs.example/guide/#/study-guide/intro",
            "https://docs.example/guide/#/study-guide/caching",
            "https://docs.example/guide/#/study-guide/invalidation",
        ]
    );
}
