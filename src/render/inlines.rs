//! Inline nodes: text, emphasis, code, links (chapter links become in-app
//! routes), images, icons, popovers and allowed inline HTML.

use primer_core::document::Inline;
use primer_core::safety::safe_url;
use yew::prelude::*;

use super::element::element;
use super::Context;
use crate::components::{icon::icon, image::figure, popover::Popover};

pub fn inlines(nodes: &[Inline], cx: &Context) -> Html {
    nodes.iter().map(|node| inline(node, cx)).collect::<Html>()
}

fn inline(node: &Inline, cx: &Context) -> Html {
    match node {
        Inline::Text { text } => html! { {text.clone()} },
        Inline::Code { code } => html! { <code>{code.clone()}</code> },
        Inline::Emphasis { content } => html! { <em>{inlines(content, cx)}</em> },
        Inline::Strong { content } => html! { <strong>{inlines(content, cx)}</strong> },
        Inline::Strikethrough { content } => html! { <del>{inlines(content, cx)}</del> },
        Inline::SoftBreak => html! { {" "} },
        Inline::HardBreak => html! { <br/> },
        Inline::Link(link) => {
            let href = match &link.chapter {
                Some(permalink) => cx.links.chapter(permalink, link.fragment.as_deref()),
                None if link.href.starts_with('#') => {
                    cx.links.heading(&cx.permalink, &link.href[1..])
                }
                // The compiler vetted it; a tampered bundle gets the same check.
                None => match safe_url(&link.href, false) {
                    Some(href) => href,
                    None => return inlines(&link.content, cx),
                },
            };
            let external = link.href.starts_with("http://") || link.href.starts_with("https://");
            let title = (!link.title.is_empty()).then(|| link.title.clone());
            let rel = external.then_some("noopener noreferrer");
            html! { <a {href} {title} {rel}>{inlines(&link.content, cx)}</a> }
        }
        Inline::Image(image) => figure(
            cx.links.content(&image.src),
            image.alt.clone(),
            &image.title,
            image.missing,
            true,
        ),
        Inline::FootnoteRef { label } => {
            let href = cx.links.heading(&cx.permalink, &format!("fn-{label}"));
            // The first citation is `fnref-x` (the footnote links back to it),
            // later ones `fnref-x-2`, `fnref-x-3`...
            let n = cx.cite(label);
            let id = if n == 1 {
                format!("fnref-{label}")
            } else {
                format!("fnref-{label}-{n}")
            };
            html! { <sup class="footnote-ref"><a {id} {href} aria-label={format!("Footnote {label}")}>{label.clone()}</a></sup> }
        }
        Inline::Html(html_element) => element(html_element, cx),
        Inline::Icon { icon: name, text } => icon(name, text.clone()),
        Inline::Popover { title, content } => html! {
            <Popover title={title.clone()} content={inlines(content, cx)} />
        },
    }
}
