//! Load error: announced at once, with the reason and a way to retry.

use primer::components::load_error::{LoadError, LoadErrorProps};
use yew::Callback;

use crate::support::component;

#[tokio::test]
async fn alert_with_reason_and_retry_button() {
    let props = LoadErrorProps {
        title: "“Caching” could not be loaded".into(),
        reason: primer::loader::LoadError::NotFound.to_string(),
        onretry: Callback::noop(),
    };
    let dom = component::<LoadError>(props).await;
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
