//! Skeleton: a polite loading status; the grey lines are decoration.

use primer::components::skeleton::skeleton;

use crate::support::view;

#[tokio::test]
async fn status_with_hidden_text_and_decorative_lines() {
    let dom = view(skeleton).await;
    let skeleton = dom.one("div.skeleton");
    assert_eq!(skeleton.attr("role"), Some("status"));
    assert_eq!(skeleton.attr("aria-live"), Some("polite"));
    assert_eq!(skeleton.one(".visually-hidden").text(), "Loading chapter…");
    let lines = skeleton.all(".skeleton-line");
    assert_eq!(lines.len(), 7);
    assert!(lines
        .iter()
        .all(|line| line.attr("aria-hidden") == Some("true")));
    assert_eq!(skeleton.count(".skeleton-title"), 1);
    assert_eq!(skeleton.text(), "Loading chapter…");
}
