//! Footnotes: the reference and the definition link to each other through
//! in-chapter routes.

use primer_core::document::{Block, Inline};

use crate::support::{para, render, text};

#[tokio::test]
async fn reference_and_definition_point_at_each_other() {
    let dom = render(vec![
        Block::Paragraph {
            content: vec![
                text("Stale data"),
                Inline::FootnoteRef { label: "1".into() },
                text("."),
            ],
        },
        Block::Footnote {
            label: "1".into(),
            children: vec![para("Served after its TTL.")],
        },
    ])
    .await;
    let reference = dom.one("sup.footnote-ref a");
    let definition = dom.one("div.footnote");
    let back = definition.one("a.footnote-back");

    assert_eq!(reference.attr("id"), Some("fnref-1"));
    assert_eq!(definition.attr("id"), Some("fn-1"));
    assert_eq!(reference.attr("href"), Some("#/study-guide/caching#fn-1"));
    assert_eq!(back.attr("href"), Some("#/study-guide/caching#fnref-1"));

    assert_eq!(reference.attr("aria-label"), Some("Footnote 1"));
    assert_eq!(reference.text(), "1");
    assert_eq!(back.attr("aria-label"), Some("Back to reference 1"));
    assert_eq!(definition.one(".footnote-label").text(), "1. ");
    assert_eq!(definition.one("p").text(), "Served after its TTL.");
}

#[tokio::test]
async fn named_labels_are_kept() {
    let dom = render(vec![
        Block::Paragraph {
            content: vec![Inline::FootnoteRef {
                label: "rfc".into(),
            }],
        },
        Block::Footnote {
            label: "rfc".into(),
            children: vec![],
        },
    ])
    .await;
    let href = dom.one("sup a").attr("href").unwrap().to_string();
    let target = href.rsplit_once('#').unwrap().1;
    assert_eq!(
        dom.one(&format!("#{target}")).attr("class"),
        Some("footnote")
    );
}

#[tokio::test]
async fn a_footnote_cited_twice_keeps_ids_unique() {
    let cite = || Inline::FootnoteRef { label: "1".into() };
    let dom = render(vec![
        Block::Paragraph {
            content: vec![text("First"), cite()],
        },
        Block::Paragraph {
            content: vec![text("Again"), cite()],
        },
        Block::Footnote {
            label: "1".into(),
            children: vec![para("Note.")],
        },
    ])
    .await;
    let ids: Vec<_> = dom
        .all("sup a")
        .iter()
        .map(|a| a.attr("id").unwrap_or("").to_string())
        .collect();
    assert_eq!(ids.len(), 2);
    assert_ne!(ids[0], ids[1], "{dom}");
}
