//! A callout box: one look per type, with an icon and a title.

use primer_core::document::AlertKind;
use yew::prelude::*;

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

pub fn alert(kind: AlertKind, title: Option<String>, children: Html) -> Html {
    let (class, word) = kind_name(kind);
    let label = title.clone().unwrap_or_else(|| word.to_string());
    html! {
        <aside class={format!("alert alert-{class}")} aria-label={label}>
            <p class="alert-title">
                <span class="alert-icon" aria-hidden="true">{glyph(kind)}</span>
                <span class="visually-hidden">{word}{": "}</span>
                {title.unwrap_or_default()}
            </p>
            <div class="alert-body">{children}</div>
        </aside>
    }
}
