//! Tables: column headers with scope, alignment per column, and a
//! scrollable, keyboard-reachable wrapper.

use primer_core::document::{Align, Block, Inline};

use crate::support::{render, text};

fn cells(words: &[&str]) -> Vec<Vec<Inline>> {
    words.iter().map(|w| vec![text(w)]).collect()
}

fn table() -> Block {
    Block::Table {
        align: vec![Align::None, Align::Left, Align::Center, Align::Right],
        head: cells(&["Key", "Layer", "Hits", "TTL"]),
        rows: vec![
            cells(&["a", "edge", "90%", "60 s"]),
            cells(&["b", "origin", "10%", "1 h"]),
        ],
    }
}

#[tokio::test]
async fn headers_are_column_headers() {
    let dom = render(vec![table()]).await;
    let headers = dom.all("table thead tr th");
    assert_eq!(headers.len(), 4);
    assert!(headers.iter().all(|th| th.attr("scope") == Some("col")));
    let names: Vec<_> = headers.iter().map(|th| th.text()).collect();
    assert_eq!(names, ["Key", "Layer", "Hits", "TTL"]);
    assert_eq!(dom.count("tbody tr"), 2);
    assert_eq!(dom.all("tbody tr")[1].all("td")[1].text(), "origin");
}

#[tokio::test]
async fn alignment_applies_to_header_and_cells() {
    let dom = render(vec![table()]).await;
    let expected = [
        None,
        Some("text-align: left"),
        Some("text-align: center"),
        Some("text-align: right"),
    ];
    let head: Vec<_> = dom.all("th").iter().map(|th| th.attr("style")).collect();
    assert_eq!(head, expected);
    for row in dom.all("tbody tr") {
        let cells: Vec<_> = row.all("td").iter().map(|td| td.attr("style")).collect();
        assert_eq!(cells, expected);
    }
}

#[tokio::test]
async fn wrapper_is_a_focusable_labelled_region() {
    let dom = render(vec![table()]).await;
    let wrap = dom.one("div.table-wrap");
    assert_eq!(wrap.attr("tabindex"), Some("0"));
    assert_eq!(wrap.attr("role"), Some("region"));
    assert_eq!(wrap.attr("aria-label"), Some("Table"));
    assert_eq!(wrap.count("table"), 1);
}
