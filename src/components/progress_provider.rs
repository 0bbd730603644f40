//! Provides the learner's progress to the pages below it: loads it from
//! storage, saves it after each change, takes in other tabs' changes (and
//! those of other embedded elements on the same page), and shows the saving
//! status line.

use yew::prelude::*;

use crate::components::save_status::save_status;
use crate::state::{Action, Init, ProgressContext, ProgressState};
use crate::storage::{self, Store};

/// What another copy changed: answers to merge, and answers it reset.
type Synced = (primer_core::progress::Progress, Vec<(String, u64)>);

#[derive(Properties, PartialEq)]
pub struct ProgressProviderProps {
    pub guide_id: String,
    #[prop_or_default]
    pub children: Html,
}

#[function_component]
pub fn ProgressProvider(props: &ProgressProviderProps) -> Html {
    let store = use_mut_ref(|| None::<Store>);
    let state = {
        let store = store.clone();
        let guide = props.guide_id.clone();
        let init: Init = Box::new(move || {
            let (opened, progress) = Store::open(&guide);
            *store.borrow_mut() = Some(opened);
            ProgressState::new(progress, storage::learner_seed())
        });
        use_reducer(init)
    };
    let status = use_state_eq(|| {
        store
            .borrow()
            .as_ref()
            .map(|s| s.status().clone())
            .unwrap_or_default()
    });
    {
        // Save after every change.
        let store = store.clone();
        let status = status.clone();
        use_effect_with(state.clone(), move |state| {
            if state.revision > 0 {
                let saved = store.borrow_mut().as_mut().is_some_and(|store| {
                    let saved = store.save(&state.progress);
                    status.set(store.status().clone());
                    saved
                });
                // After the borrow ends: this provider hears its own news.
                if saved {
                    storage::announce_save();
                }
            }
        });
    }
    {
        // Another tab answered or reset something.
        let store = store.clone();
        let status = status.clone();
        let dispatcher = state.dispatcher();
        use_effect_with(props.guide_id.clone(), move |_| {
            let take_in = {
                let store = store.clone();
                move |sync: &dyn Fn(&mut Store) -> Option<Synced>| {
                    let Some((theirs, removed)) = store.borrow_mut().as_mut().and_then(|s| {
                        let synced = sync(s);
                        status.set(s.status().clone());
                        synced
                    }) else {
                        return;
                    };
                    if !removed.is_empty() {
                        dispatcher.dispatch(Action::Forget(removed));
                    }
                    dispatcher.dispatch(Action::Merge(theirs));
                }
            };
            let key = store.borrow().as_ref().map(|s| s.key().to_string());
            let other_tabs = key.and_then(|key| {
                let take_in = take_in.clone();
                storage::on_change(key, move |old, new| {
                    take_in(&|s| Some(s.sync(old.clone(), new.clone())));
                })
            });
            let this_page = storage::on_save_here(move || take_in(&Store::catch_up));
            move || drop((other_tabs, this_page))
        });
    }
    let ondismiss = {
        let store = store.clone();
        let status = status.clone();
        Callback::from(move |_| {
            if let Some(store) = store.borrow_mut().as_mut() {
                store.dismiss_notes();
                status.set(store.status().clone());
            }
        })
    };
    html! {
        <ContextProvider<ProgressContext> context={state}>
            {save_status(&status, ondismiss)}
            {props.children.clone()}
        </ContextProvider<ProgressContext>>
    }
}
