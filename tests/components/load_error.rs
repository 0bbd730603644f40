//! Load error: announced at once, with the reason and a way to retry.

use primer::components::load_error::load_error;
use yew::Callback;

use crate::support::view;

#[tokio::test]
async fn alert_with_reason_and_retry_button() {
    let dom = view(|| {
        load_error(
            "“Caching” could not be loaded".into(),
            primer::loader::LoadError::NotFound.to_string(),
            Callback::noop(),
        )
    })
    .await;
    let alert = dom.one("div.load-error");
    assert_eq!(alert.attr("role"), Some("alert"));
    assert_eq!(alert.one("h1").text(), "“Caching” could not be loaded");
    assert_eq!(
        alert.one("p").text(),
        "The chapter file was not found on the server (404)."
    );
    let retry = alert.one("button.retry");
    assert_eq!(retry.attr("type"), Some("button"));
    assert_eq!(retry.text(), "Try again");
}
