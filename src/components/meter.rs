//! A score as an SVG bar (correct, then answered, on a track) with its
//! words beside it: the bar is decoration, the text says it all.

use primer_core::progress::tally::Tally;
use yew::prelude::*;

/// `tally` as a bar, followed by `text`.
pub fn meter(tally: Tally, text: String) -> Html {
    let share = |n: u32| {
        if tally.total == 0 {
            0
        } else {
            (u64::from(n) * 1000 / u64::from(tally.total)) as u32
        }
    };
    let width = |n: u32| format!("{}.{}", share(n) / 10, share(n) % 10);
    html! {
        <div class="meter">
            <svg class="meter-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="meter-track" width="100" height="8" rx="2" />
                <rect class="meter-answered" width={width(tally.answered)} height="8" rx="2" />
                <rect class="meter-correct" width={width(tally.correct)} height="8" rx="2" />
            </svg>
            <span class="meter-text">{text}</span>
        </div>
    }
}

/// "3 of 10 correct (30%), 5 answered".
pub fn score_text(tally: Tally) -> String {
    let percent = (tally.mastery() * 100.0).round() as u32;
    format!(
        "{} of {} correct ({percent}%), {} answered",
        tally.correct, tally.total, tally.answered
    )
}
