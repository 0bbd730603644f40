//! An inline term with a popup: a disclosure button that opens the
//! sanitised content next to it. Opens by click, Enter or Space; closes by
//! the close button, Escape (focus returns to the term), or a click
//! elsewhere.

use std::cell::Cell;

use gloo::events::EventListener;
use yew::prelude::*;

use crate::hooks::use_flag;

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

#[derive(Properties, PartialEq)]
pub struct PopoverProps {
    pub title: String,
    pub content: Html,
}

#[function_component]
pub fn Popover(props: &PopoverProps) -> Html {
    let open = use_flag();
    // A number fixed at the first render (a `u32` state, like the app's
    // counters, rather than a memo: one hook type less in the wasm).
    let number = use_state(|| {
        NEXT_ID.with(|next| {
            next.set(next.get() + 1);
            next.get()
        })
    });
    let id = format!("popover-{}", *number);
    let wrapper = use_node_ref();
    let trigger = use_node_ref();
    {
        // While open, a click outside closes it.
        let open = open.clone();
        let wrapper = wrapper.clone();
        use_effect_with(*open, move |is_open| {
            let listener = is_open.then(|| {
                EventListener::new(&gloo::utils::document(), "click", move |event| {
                    // The event's path, not its target: inside an embedded
                    // element's shadow root the document sees the element
                    // itself as the target of every click.
                    let inside = wrapper
                        .get()
                        .is_some_and(|wrapper| event.composed_path().includes(&wrapper, 0));
                    if !inside {
                        open.set(false);
                    }
                })
            });
            move || drop(listener)
        });
    }
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let close = {
        let open = open.clone();
        let trigger = trigger.clone();
        Callback::from(move |_: MouseEvent| {
            open.set(false);
            if let Some(button) = trigger.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        })
    };
    let onkeydown = {
        let open = open.clone();
        let trigger = trigger.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" && *open {
                event.prevent_default();
                open.set(false);
                if let Some(button) = trigger.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        })
    };
    html! {
        <span class="popover" ref={wrapper} {onkeydown}>
            <button type="button" class="popover-trigger" ref={trigger} aria-expanded={if *open { "true" } else { "false" }}
                aria-controls={id.clone()} onclick={toggle}>
                {props.title.clone()}
            </button>
            <span {id} class="popover-content" role="group" aria-label={props.title.clone()}
                hidden={!*open}>
                <span class="popover-body">{props.content.clone()}</span>
                <button type="button" class="popover-close" aria-label="Close" onclick={close}>{"×"}</button>
            </span>
        </span>
    }
}
