//! Icon: a named image when alone, decoration beside its text otherwise.

use primer_core::document::Inline;

use crate::support::render_inlines;

fn icon(name: &str, text: Option<&str>) -> Inline {
    Inline::Icon {
        icon: name.into(),
        text: text.map(String::from),
    }
}

#[tokio::test]
async fn alone_it_is_an_image_with_a_label() {
    let dom = render_inlines(vec![icon("plus", None)]).await;
    let span = dom.one("span.icon");
    assert_eq!(span.attr("role"), Some("img"));
    assert_eq!(span.attr("aria-label"), Some("plus icon"));
    assert_eq!(span.text(), "+");
}

#[tokio::test]
async fn with_text_the_glyph_is_hidden_and_the_text_speaks() {
    let dom = render_inlines(vec![icon("pen", Some("Edit"))]).await;
    let wrapper = dom.one("span.icon-text");
    let glyph = wrapper.one("span.icon");
    assert_eq!(glyph.attr("aria-hidden"), Some("true"));
    assert!(!glyph.has("role"));
    assert_eq!(glyph.text(), "✎");
    assert_eq!(wrapper.text_without(".icon"), " Edit");
}

#[tokio::test]
async fn unknown_names_get_a_neutral_glyph() {
    let dom = render_inlines(vec![icon("no-such-icon", None)]).await;
    let span = dom.one("span.icon[role=img]");
    assert_eq!(span.attr("aria-label"), Some("no-such-icon icon"));
    assert_eq!(span.text(), "•");
}
