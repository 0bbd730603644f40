//! A card: a titled block, optionally a link.

use yew::prelude::*;

pub fn card(title: Option<String>, link: Option<String>, children: Html) -> Html {
    let title = title.map(|title| match link {
        Some(link) => html! { <p class="card-title"><a href={link}>{title}</a></p> },
        None => html! { <p class="card-title">{title}</p> },
    });
    html! { <div class="card">{title}{children}</div> }
}
