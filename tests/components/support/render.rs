//! Rendering with Yew's server renderer: document trees in a chapter, plain
//! view functions and whole components, each read back as a [`Dom`].

use primer::links::{Links, Routing};
use primer::render::{blocks, Context};
use primer_core::document::{Block, Inline};
use yew::prelude::*;

use super::dom::Dom;

/// The permalink of the chapter every test tree is rendered in.
pub const PERMALINK: &str = "study-guide/caching";

#[derive(Properties, PartialEq)]
struct ChapterProps {
    blocks: Vec<Block>,
    cx: Context,
}

#[function_component]
fn Chapter(props: &ChapterProps) -> Html {
    blocks(&props.blocks, &props.cx)
}

/// Render blocks in chapter [`PERMALINK`] with hash routing.
pub async fn render(blocks: Vec<Block>) -> Dom {
    render_with(blocks, Links::default()).await
}

/// Render blocks in chapter [`PERMALINK`] with these links.
pub async fn render_with(blocks: Vec<Block>, links: Links) -> Dom {
    let cx = Context::new(links, PERMALINK);
    component::<Chapter>(ChapterProps { blocks, cx }).await
}

/// Hash routing with the manifest (and built files) under `base`.
pub fn content_at(base: &str) -> Links {
    Links {
        routing: Routing::Hash,
        content_base: base.to_string(),
    }
}

/// History routing under `base`, the manifest next to the page.
pub fn history(base: &str) -> Links {
    Links {
        routing: Routing::History {
            base: base.to_string(),
        },
        content_base: String::new(),
    }
}

/// Render inline nodes inside a paragraph.
pub async fn render_inlines(content: Vec<Inline>) -> Dom {
    render(vec![Block::Paragraph { content }]).await
}

#[derive(Properties)]
struct ViewProps {
    view: Box<dyn Fn() -> Html>,
}

impl PartialEq for ViewProps {
    fn eq(&self, _: &ViewProps) -> bool {
        false
    }
}

#[function_component]
fn View(props: &ViewProps) -> Html {
    (props.view)()
}

/// Render what a plain view function returns (the components without state
/// are functions, not Yew components), through a wrapper component.
pub async fn view(view: impl Fn() -> Html + 'static) -> Dom {
    component::<View>(ViewProps {
        view: Box::new(view),
    })
    .await
}

/// Render one component with its props.
pub async fn component<C>(props: C::Properties) -> Dom
where
    C: BaseComponent,
{
    let html = yew::LocalServerRenderer::<C>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    Dom::parse(&html)
}
