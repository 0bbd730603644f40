//! A callout box: one look per type, with an icon and a title.

use primer_core::document::AlertKind;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AlertProps {
    pub kind: AlertKind,
    pub title: Option<String>,
    pub icon: Option<String>,
    pub children: Html,
}

/// The class suffix and the word screen readers hear for a kind.
pub fn kind_name(kind: AlertKind) -> (&'static str, &'static str) {
    match kind {
        AlertKind::Info => ("info", "Information"),
        AlertKind::Success => ("success", "Success"),
        AlertKind::Warning => ("warning", "Warning"),
        AlertKind::Danger => ("danger", "Danger"),
        AlertKind::Export => ("export", "Export"),
        AlertKind::Tip => ("tip", "Tip"),
        AlertKind::Note => ("note", "Note"),
    }
}

fn glyph(kind: AlertKind) -> &'static str {
    match kind {
        AlertKind::Info | AlertKind::Note => "ℹ",
        AlertKind::Success => "✓",
        AlertKind::Warning => "⚠",
        AlertKind::Danger => "⛔",
        AlertKind::Export => "⇪",
        AlertKind::Tip => "💡",
    }
}

#[function_component]
pub fn Alert(props: &AlertProps) -> Html {
    let (class, word) = kind_name(props.kind);
    let label = props.title.clone().unwrap_or_else(|| word.to_string());
    html! {
        <aside class={classes!("alert", format!("alert-{class}"))} aria-label={label}>
            <p class="alert-title">
                <span class="alert-icon" aria-hidden="true">{glyph(props.kind)}</span>
                <span class="visually-hidden">{word}{": "}</span>
                {props.title.clone().unwrap_or_default()}
            </p>
            <div class="alert-body">{props.children.clone()}</div>
        </aside>
    }
}
