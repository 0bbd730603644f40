//! Image: lazy with its alt text; a missing file shows the alt text instead.

use primer_core::document::{Block, Image, Inline};

use crate::support::{content_at, render, render_inlines, render_with, text};

fn image(src: &str, alt: &str, title: &str, missing: bool) -> Image {
    Image {
        src: src.into(),
        alt: alt.into(),
        title: title.into(),
        missing,
    }
}

#[tokio::test]
async fn block_image_is_a_lazy_figure() {
    let dom = render(vec![Block::Image(image(
        "assets/diagram.3f2a.png",
        "Cache layers",
        "",
        false,
    ))])
    .await;
    let img = dom.one("figure.image img");
    assert_eq!(img.attr("src"), Some("assets/diagram.3f2a.png"));
    assert_eq!(img.attr("alt"), Some("Cache layers"));
    assert_eq!(img.attr("loading"), Some("lazy"));
    assert!(!img.has("title"));
}

#[tokio::test]
async fn inline_image_has_no_figure_and_keeps_its_title() {
    let dom = render_inlines(vec![
        text("See "),
        Inline::Image(image("a.png", "A", "Hover text", false)),
    ])
    .await;
    assert_eq!(dom.count("figure"), 0);
    let img = dom.one("p img");
    assert_eq!(img.attr("title"), Some("Hover text"));
    assert_eq!(img.attr("loading"), Some("lazy"));
}

#[tokio::test]
async fn src_is_relative_to_the_manifest() {
    let links = content_at("guide/");
    let dom = render_with(
        vec![
            Block::Image(image("assets/a.png", "A", "", false)),
            Block::Image(image("https://cdn.example/b.png", "B", "", false)),
        ],
        links,
    )
    .await;
    let srcs: Vec<_> = dom
        .all("img")
        .iter()
        .map(|i| i.attr("src").unwrap().to_string())
        .collect();
    assert_eq!(srcs, ["guide/assets/a.png", "https://cdn.example/b.png"]);
}

#[tokio::test]
async fn missing_image_shows_its_alt_text() {
    for dom in [
        render(vec![Block::Image(image(
            "gone.png",
            "Architecture diagram",
            "",
            true,
        ))])
        .await,
        render_inlines(vec![Inline::Image(image(
            "gone.png",
            "Architecture diagram",
            "",
            true,
        ))])
        .await,
    ] {
        assert_eq!(dom.count("img"), 0, "{dom}");
        let missing = dom.one(".image-missing");
        assert_eq!(missing.attr("role"), Some("img"));
        assert_eq!(missing.attr("aria-label"), Some("Architecture diagram"));
        assert_eq!(
            missing.text_without("[aria-hidden=true]"),
            "Architecture diagram"
        );
        assert!(!dom.html.contains("gone.png"));
    }
}
