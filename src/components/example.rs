//! A styled example block (`<Example class="...">`).

use yew::prelude::*;

pub fn example(class: Option<&str>, children: Html) -> Html {
    // `example example-a example-b` (a repeated class is kept once, as
    // `class` values always are).
    let mut classes = String::from("example");
    for c in class.unwrap_or_default().split_whitespace() {
        classes.push_str(" example-");
        classes.push_str(c);
    }
    html! {
        <div class={classes} role="group" aria-label="Example">{children}</div>
    }
}
