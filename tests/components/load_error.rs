//! Load error: announced at once, with the reason and a way to retry, or,
//! for a guide updated to a format only a new page can read, to reload.

use primer::components::load_error::{load_error, load_failure};
use primer::loader::LoadError;
use primer_core::bundle::FORMAT_VERSION;
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

#[tokio::test]
async fn a_newer_format_or_another_guide_offers_reload_instead() {
    let newer = LoadError::WrongVersion(FORMAT_VERSION + 1);
    for error in [newer, LoadError::OtherGuide] {
        let shown = error.clone();
        let dom = view(move || load_failure("Not loaded".into(), &shown, Callback::noop())).await;
        let alert = dom.one("div.load-error[role=alert]");
        assert!(
            alert.one("p").text().contains("Reload the page"),
            "{error:?}: {dom}"
        );
        assert_eq!(alert.one("button").text(), "Reload");
        assert_eq!(alert.count("button"), 1);
    }
}

#[tokio::test]
async fn other_failures_keep_try_again() {
    for error in [
        LoadError::NotFound,
        LoadError::Damaged,
        LoadError::Network("offline".into()),
        LoadError::WrongVersion(0),
    ] {
        let shown = error.clone();
        let dom = view(move || load_failure("Not loaded".into(), &shown, Callback::noop())).await;
        assert_eq!(dom.one("button.retry").text(), "Try again", "{error:?}");
        assert_eq!(dom.one("p").text(), error.to_string());
    }
}
