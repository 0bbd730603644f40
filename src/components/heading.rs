//! A heading with an anchor link, so every section can be linked to.

use yew::prelude::*;
use yew::virtual_dom::VTag;

pub fn heading(level: u8, id: String, href: String, children: Html) -> Html {
    // The chapter title is the page's h1; content headings start below it.
    let tag = match level {
        0..=2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    };
    // Built by hand: `html!`'s `<@{tag}>` checks at run time for input and
    // textarea tags, which costs more code than the heading itself.
    let mut heading = VTag::new(tag);
    // In the order `html!` writes them (it puts `class` last).
    heading.add_attribute("id", id);
    heading.add_attribute("tabindex", "-1");
    heading.add_attribute("class", "heading");
    heading.add_child(children);
    heading.add_child(html! {
        <a class="anchor" {href} aria-label="Link to this section">{"#"}</a>
    });
    heading.into()
}
