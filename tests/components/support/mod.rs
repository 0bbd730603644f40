//! Rendering test trees with Yew's server renderer, and reading the HTML back
//! as a user agent would: elements, attributes and decoded text.
//!
//! `render(blocks)` renders document nodes the way a chapter does;
//! `component::<C>(props)` renders any component. Both return a [`Dom`], queried
//! with small CSS-like selectors: `tag#id.class[attr][attr=value]`, `^=` for
//! a prefix, and descendant or child combinators (`nav > ol a[aria-current]`).
//!
//! 1. `render`: the server renderer, for trees, views and components.
//! 2. `samples`: text, paragraphs, raw elements and a guide manifest.
//! 3. `parse`: the rendered HTML to an element tree.
//! 4. `dom`: that tree, its attributes, text and selector lookups.
//! 5. `selector`: the selectors, parsed and matched.

mod dom;
mod parse;
mod render;
mod samples;
mod selector;

pub use dom::Dom;
pub use render::{
    component, content_at, history, render, render_inlines, render_with, view, PERMALINK,
};
pub use samples::{manifest, para, raw, text};

/// The reader itself, checked so that a passing component test means
/// something.
#[test]
fn reads_back_what_the_server_renderer_writes() {
    let dom = Dom::parse(
        "<nav aria-label=\"A &amp; B\"><ol><li class=\"x current\"><a href=\"#/a\" aria-current=\"page\">A &lt;1&gt;</a>\
         <ul><li><a href=\"#/a#h\">H</a></li></ul></li><li><input checked type=\"checkbox\"><a href=\"#/b\">B</a></li></ol></nav>",
    );
    assert_eq!(dom.one("nav").attr("aria-label"), Some("A & B"));
    assert_eq!(dom.one("[aria-current=page]").text(), "A <1>");
    assert_eq!(dom.count("nav a"), 3);
    assert_eq!(dom.count("ol > li > a"), 2);
    assert_eq!(dom.count("li.current a"), 2);
    assert_eq!(dom.count("li.x.current > a[href^=#/a]"), 1);
    assert_eq!(dom.count("li.missing a"), 0);
    assert!(dom.one("input").has("checked"));
    assert_eq!(dom.one("li.current").text_without("ul"), "A <1>");
    assert_eq!(dom.text(), "A <1>HB");
}
