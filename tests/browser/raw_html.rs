//! Raw HTML from a tampered bundle, rendered in a real browser: no link
//! resolves to a `javascript:` URL, however its scheme is disguised.

use primer::links::Links;
use primer::render::{blocks, Context};
use primer_core::document::{Block, Element as RawElement, Inline};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::prelude::*;

use super::support::{mount_point, protocol, until};

#[derive(Properties, PartialEq)]
struct ChapterProps {
    blocks: Vec<Block>,
}

#[function_component]
fn Chapter(props: &ChapterProps) -> Html {
    let cx = Context::new(Links::default(), "study-guide/caching");
    blocks(&props.blocks, &cx)
}

#[wasm_bindgen_test]
async fn tampered_links_never_get_a_script_protocol() {
    let root = mount_point();
    let links = [
        "javascript:void(0)",
        "java\tscript:void(0)",
        "java\nscript:void(0)",
        "\u{1}javascript:void(0)",
    ];
    let blocks = links
        .iter()
        .map(|href| {
            let text = Inline::Text { text: "x".into() };
            Block::Html(RawElement {
                tag: "a".into(),
                attrs: vec![("href".into(), href.to_string())],
                children: vec![text],
            })
        })
        .collect();
    let app = yew::Renderer::<Chapter>::with_root_and_props(root.clone(), ChapterProps { blocks })
        .render();
    until("the links render", || {
        root.query_selector_all("a").unwrap().length() == 4
    })
    .await;
    let anchors = root.query_selector_all("a").unwrap();
    let protocols: Vec<_> = (0..anchors.length())
        .map(|i| anchors.item(i).unwrap().unchecked_into::<Element>())
        .filter(|a| a.has_attribute("href"))
        .map(|a| protocol(&a))
        .collect();
    app.destroy();
    root.remove();
    assert!(
        protocols.iter().all(|p| p != "javascript:"),
        "{protocols:?}"
    );
}
