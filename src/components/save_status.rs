//! The status line about saving progress: why it is not being saved, and
//! what was kept aside. Always in the page (empty when all is well), so a
//! change is announced politely.

use yew::prelude::*;

use crate::storage::Status;

pub fn save_status(status: &Status, ondismiss: Callback<MouseEvent>) -> Html {
    let notes = !status.notes.is_empty();
    html! {
        <div class="save-status" role="status">
            if let Some(why) = &status.not_saved {
                <p class="save-status-warning"><strong>{"Progress not saved. "}</strong>{why.clone()}</p>
            }
            {for status.notes.iter().map(|note| html! { <p class="save-status-note">{note.clone()}</p> })}
            if notes {
                <button type="button" class="save-status-dismiss" onclick={ondismiss}>{"Dismiss"}</button>
            }
        </div>
    }
}
