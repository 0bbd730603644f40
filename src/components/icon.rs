//! An inline icon with optional text (`<Icon icon="plus" text="Create" />`).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IconProps {
    pub icon: String,
    pub text: Option<String>,
}

/// A glyph for the icon names real guides use; a dot for others.
fn glyph(name: &str) -> &'static str {
    match name {
        "plus" => "+",
        "minus" => "−",
        "eye" => "👁",
        "pen" | "edit" | "pencil" => "✎",
        "users" | "user" => "👤",
        "lightbulb" => "💡",
        "watch" | "clock" => "⏱",
        "check" => "✓",
        "close" | "times" => "×",
        "download" => "⬇",
        "upload" => "⬆",
        "gear" | "cog" | "settings" => "⚙",
        "search" => "🔍",
        "info" => "ℹ",
        "warning" => "⚠",
        "external" | "external-link" => "↗",
        "trash" => "🗑",
        "lock" => "🔒",
        _ => "•",
    }
}

#[function_component]
pub fn Icon(props: &IconProps) -> Html {
    let glyph = glyph(&props.icon);
    match &props.text {
        Some(text) => html! {
            <span class="icon-text"><span class="icon" aria-hidden="true">{glyph}</span>{" "}{text.clone()}</span>
        },
        None => html! {
            <span class="icon" role="img" aria-label={format!("{} icon", props.icon)}>{glyph}</span>
        },
    }
}
