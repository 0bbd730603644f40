//! What a learner sees at the address of a chapter the guide does not have:
//! a mistyped or outdated link, or a chapter that an update of the guide
//! took out while the page was open. Either way, a way to the guide's start
//! instead of a "Try again" that could never work.

use yew::prelude::*;

/// `removed`: the chapter was in the guide when the page opened. `start`:
/// the href of the guide's first chapter, if it has one.
pub fn chapter_missing(permalink: &str, removed: bool, start: Option<String>) -> Html {
    let (title, reason, go) = if removed {
        (
            "This chapter is no longer in the guide",
            "The guide has been updated, and its new version does not have this chapter."
                .to_string(),
            "Go to the start of the guide",
        )
    } else {
        (
            "Chapter not found",
            format!("This guide has no chapter at \"{permalink}\"."),
            "Go to the first chapter",
        )
    };
    html! {
        <div class="load-error" role="alert">
            <h1>{title}</h1>
            <p>{reason}</p>
            if let Some(start) = start { <p><a href={start}>{go}</a></p> }
        </div>
    }
}

/// The document title while the message shows.
pub fn title(removed: bool, guide: &str) -> String {
    let what = if removed {
        "No longer in the guide"
    } else {
        "Chapter not found"
    };
    format!("{what} · {guide}")
}
