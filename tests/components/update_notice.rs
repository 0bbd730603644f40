//! The note that the guide was updated while open: a polite status region
//! that is always there, empty until the reader switched to a newer build.

use primer::components::update_notice::update_notice;
use yew::Callback;

use crate::support::view;

#[tokio::test]
async fn empty_until_the_guide_is_updated() {
    let dom = view(|| update_notice(false, Callback::noop())).await;
    let region = dom.one("div.guide-updated");
    assert_eq!(region.attr("role"), Some("status"));
    assert_eq!(region.text(), "");
    assert_eq!(dom.count("button"), 0);
}

#[tokio::test]
async fn says_so_with_a_way_to_close_it() {
    let dom = view(|| update_notice(true, Callback::noop())).await;
    let region = dom.one("div.guide-updated[role=status]");
    assert_eq!(
        region.one("p").text(),
        "This guide has been updated. You are reading its new version."
    );
    let dismiss = region.one("button.guide-updated-dismiss");
    assert_eq!(dismiss.attr("type"), Some("button"));
    assert_eq!(dismiss.text(), "Dismiss");
}
