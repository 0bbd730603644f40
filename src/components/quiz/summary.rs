//! The end of a quiz: the score in words and as a bar, "Retry the wrong
//! ones" and "Review all answers".

use primer_core::progress::tally::Tally;
use yew::prelude::*;

use crate::components::meter::meter;

/// The summary of quiz `id` (its element id); `review` is the review list,
/// shown when `review_open`.
pub fn summary(
    id: &str,
    tally: Tally,
    wrong: usize,
    review_open: bool,
    onretry: Callback<MouseEvent>,
    onreview: Callback<MouseEvent>,
    review: Html,
) -> Html {
    let title_id = format!("{id}-score");
    let review_id = format!("{id}-review");
    let text = format!(
        "{} of {} correct, {} of {} answered",
        tally.correct, tally.total, tally.answered, tally.total
    );
    let done = tally.total > 0 && tally.answered == tally.total;
    html! {
        <div class="quiz-summary" role="group" aria-labelledby={title_id.clone()}>
            <h3 id={title_id}>{if done { "Your score" } else { "Your score so far" }}</h3>
            {meter(tally, text)}
            <div class="quiz-actions">
                if wrong > 0 {
                    <button type="button" class="quiz-button" onclick={onretry}>
                        {if wrong == 1 { "Retry the wrong one".to_string() } else { format!("Retry the {wrong} wrong ones") }}
                    </button>
                }
                if tally.answered > 0 {
                    <button type="button" class="quiz-button" aria-expanded={review_open.to_string()}
                        aria-controls={review_id.clone()} onclick={onreview}>
                        {if review_open { "Hide the review" } else { "Review all answers" }}
                    </button>
                }
            </div>
            <div class="quiz-review" id={review_id} hidden={!review_open}>{review}</div>
        </div>
    }
}
