//! Check: a self-check box around its content.

use primer_core::document::Block;

use crate::support::{para, render};

#[tokio::test]
async fn wraps_its_children() {
    let dom = render(vec![Block::Check {
        children: vec![para("Can you explain a TTL?"), Block::Rule],
    }])
    .await;
    let check = dom.one("div.check");
    assert_eq!(check.one("p").text(), "Can you explain a TTL?");
    assert_eq!(check.count("hr"), 1);
}
