//! The note that the guide was updated while it was open: the reader found
//! a newer build on the server and now shows it. Always in the page (empty
//! until then), so the change is announced politely; the learner can close
//! it.

use yew::prelude::*;

pub fn update_notice(updated: bool, ondismiss: Callback<MouseEvent>) -> Html {
    html! {
        <div class="guide-updated" role="status">
            if updated {
                <p>{"This guide has been updated. You are reading its new version."}</p>
                <button type="button" class="guide-updated-dismiss" onclick={ondismiss}>{"Dismiss"}</button>
            }
        </div>
    }
}
