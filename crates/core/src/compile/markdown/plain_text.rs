//! The text of inline nodes without their markup (heading ids, image alt
//! text, outline entries).

use crate::document::Inline;

/// The text of inline nodes, without markup.
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text { text } => out.push_str(text),
            Inline::Code { code } => out.push_str(code),
            Inline::Emphasis { content }
            | Inline::Strong { content }
            | Inline::Strikethrough { content } => out.push_str(&plain_text(content)),
            Inline::Link(link) => out.push_str(&plain_text(&link.content)),
            Inline::Image(image) => out.push_str(&image.alt),
            Inline::Html(element) => out.push_str(&plain_text(&element.children)),
            Inline::SoftBreak | Inline::HardBreak => out.push(' '),
            Inline::Icon { text, .. } => out.push_str(text.as_deref().unwrap_or_default()),
            Inline::Popover { title, .. } => out.push_str(title),
            Inline::FootnoteRef { .. } => {}
        }
    }
    out
}
