//! [`Decode`](super::Decode) for the document tree: blocks and inlines.

use super::Placeholder;
use crate::document::{AlertKind, Align, Block, Element, Image, Inline, Link, ListItem, Tab};

impl Placeholder for AlertKind {
    fn placeholder() -> Self {
        AlertKind::Note
    }
}

decode_enum!(Block {
    "paragraph" => Paragraph { content: required },
    "heading" => Heading { level: required, id: required, content: required },
    "code" => Code { lang: optional, prompt: optional, code: required },
    "list" => List { start: optional, items: required },
    "quote" => Quote { children: required },
    "table" => Table { align: required, head: required, rows: required },
    "rule" => Rule,
    "footnote" => Footnote { label: required, children: required },
    "html" => Html(_),
    "alert" => Alert { kind: required, title: optional, icon: optional, children: required },
    "partial" => Partial { file: required, children: required },
    "tab_list" => TabList { tabs: required },
    "accordion" => Accordion {
        title: required,
        id: optional,
        icon: optional,
        active: or_default,
        children: required,
    },
    "example" => Example { class: optional, children: required },
    "youtube" => Youtube { src: required, title: optional },
    "image" => Image(_),
    "download" => Download { file: required, href: optional, label: required },
    "card" => Card { title: optional, link: optional, children: required },
    "card_group" => CardGroup { children: required },
    "check" => Check { children: required },
    "quiz" => Quiz(_),
    "unknown" => Unknown { name: required, children: required },
});

decode_struct!(ListItem {
    checked: optional,
    children: required
});

decode_struct!(Tab {
    title: required,
    id: required,
    active: or_default,
    children: required
});

decode_enum!(Align {
    "none" => None,
    "left" => Left,
    "center" => Center,
    "right" => Right,
});

decode_enum!(AlertKind {
    "info" => Info,
    "success" => Success,
    "warning" => Warning,
    "danger" => Danger,
    "export" => Export,
    "tip" => Tip,
    "note" => Note,
});

decode_enum!(Inline {
    "text" => Text { text: required },
    "code" => Code { code: required },
    "emphasis" => Emphasis { content: required },
    "strong" => Strong { content: required },
    "strikethrough" => Strikethrough { content: required },
    "link" => Link(_),
    "image" => Image(_),
    "soft_break" => SoftBreak,
    "hard_break" => HardBreak,
    "footnote_ref" => FootnoteRef { label: required },
    "html" => Html(_),
    "icon" => Icon { icon: required, text: optional },
    "popover" => Popover { title: required, content: required },
});

decode_struct!(Link {
    href: required,
    chapter: optional,
    fragment: optional,
    title: or_default,
    content: required,
});

decode_struct!(Image {
    src: required,
    alt: required,
    title: or_default,
    missing: or_default
});

decode_struct!(Element {
    tag: required,
    attrs: or_default,
    children: or_default
});
