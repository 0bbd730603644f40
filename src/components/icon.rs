//! An inline icon with optional text (`<Icon icon="plus" text="Create" />`).

use yew::prelude::*;

/// The icon names real guides use and their glyphs (a table rather than a
/// `match`: one loop instead of a comparison per name in the wasm).
const GLYPHS: &[(&str, &str)] = &[
    ("plus", "+"),
    ("minus", "−"),
    ("eye", "👁"),
    ("pen", "✎"),
    ("edit", "✎"),
    ("pencil", "✎"),
    ("users", "👤"),
    ("user", "👤"),
    ("lightbulb", "💡"),
    ("watch", "⏱"),
    ("clock", "⏱"),
    ("check", "✓"),
    ("close", "×"),
    ("times", "×"),
    ("download", "⬇"),
    ("upload", "⬆"),
    ("gear", "⚙"),
    ("cog", "⚙"),
    ("settings", "⚙"),
    ("search", "🔍"),
    ("info", "ℹ"),
    ("warning", "⚠"),
    ("external", "↗"),
    ("external-link", "↗"),
    ("trash", "🗑"),
    ("lock", "🔒"),
];

/// A glyph for the icon names real guides use; a dot for others.
fn glyph(name: &str) -> &'static str {
    GLYPHS
        .iter()
        .find(|(known, _)| *known == name)
        .map_or("•", |(_, glyph)| glyph)
}

pub fn icon(icon: &str, text: Option<String>) -> Html {
    let glyph = glyph(icon);
    match text {
        Some(text) => html! {
            <span class="icon-text"><span class="icon" aria-hidden="true">{glyph}</span>{" "}{text}</span>
        },
        None => html! {
            <span class="icon" role="img" aria-label={format!("{icon} icon")}>{glyph}</span>
        },
    }
}
