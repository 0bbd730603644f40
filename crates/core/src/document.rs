//! The typed document tree a chapter compiles to: what the reader renders.
//!
//! Enums are externally tagged in JSON (`{"paragraph":{...}}`): unlike
//! internally tagged ones they deserialize without buffering, which keeps
//! the reader's WebAssembly small and its parsing fast.
//!
//! Nothing here is an HTML string. Raw HTML that survived the allow-list is an
//! [`Element`] with a known tag and vetted attributes, so the reader builds
//! real nodes and content never reaches `innerHTML`.

use serde::{Deserialize, Serialize};

use crate::quiz::Quiz;

/// A block-level node.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Block {
    Paragraph {
        content: Vec<Inline>,
    },
    Heading {
        level: u8,
        id: String,
        content: Vec<Inline>,
    },
    Code {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        lang: Option<String>,
        /// The shell prompt user from meta such as `bash{promptUser: user}`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        prompt: Option<String>,
        code: String,
    },
    List {
        /// The first number of an ordered list; `None` for bullets.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        start: Option<u64>,
        items: Vec<ListItem>,
    },
    Quote {
        children: Vec<Block>,
    },
    Table {
        align: Vec<Align>,
        head: Vec<Vec<Inline>>,
        rows: Vec<Vec<Vec<Inline>>>,
    },
    Rule,
    Footnote {
        label: String,
        children: Vec<Block>,
    },
    /// Allowed raw HTML at block level (`div`, `hr`, `details`, `figure`...).
    Html(Element),
    Alert {
        kind: AlertKind,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        icon: Option<String>,
        children: Vec<Block>,
    },
    /// A partial's body, inlined at build time; `file` is kept for authors.
    Partial {
        file: String,
        children: Vec<Block>,
    },
    TabList {
        tabs: Vec<Tab>,
    },
    Accordion {
        title: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        id: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        icon: Option<String>,
        #[serde(default)]
        active: bool,
        children: Vec<Block>,
    },
    Example {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        class: Option<String>,
        children: Vec<Block>,
    },
    Youtube {
        src: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
    },
    Image(Image),
    Download {
        file: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        href: Option<String>,
        label: String,
    },
    Card {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        link: Option<String>,
        children: Vec<Block>,
    },
    CardGroup {
        children: Vec<Block>,
    },
    Check {
        children: Vec<Block>,
    },
    /// Shared: the reader hands the same quiz to its components on every
    /// render instead of copying it, and can tell by identity it is unchanged.
    Quiz(std::sync::Arc<Quiz>),
    /// A component the engine does not know: its children still render.
    Unknown {
        name: String,
        children: Vec<Block>,
    },
}

/// One item of a list; `checked` is set for task-list items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListItem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked: Option<bool>,
    pub children: Vec<Block>,
}

/// One tab of a `TabList`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tab {
    pub title: String,
    pub id: String,
    #[serde(default)]
    pub active: bool,
    pub children: Vec<Block>,
}

/// Column alignment in a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Align {
    None,
    Left,
    Center,
    Right,
}

/// The look of an `Alert`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertKind {
    Info,
    Success,
    Warning,
    Danger,
    Export,
    Tip,
    Note,
}

impl AlertKind {
    /// The kind for a `type` attribute; `None` when the name is unknown.
    pub fn from_name(name: &str) -> Option<AlertKind> {
        Some(match name.trim().to_ascii_lowercase().as_str() {
            "info" => AlertKind::Info,
            "success" => AlertKind::Success,
            "warning" => AlertKind::Warning,
            "danger" => AlertKind::Danger,
            "export" => AlertKind::Export,
            "tip" => AlertKind::Tip,
            "note" => AlertKind::Note,
            _ => return None,
        })
    }
}

/// An inline node.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Inline {
    Text {
        text: String,
    },
    Code {
        code: String,
    },
    Emphasis {
        content: Vec<Inline>,
    },
    Strong {
        content: Vec<Inline>,
    },
    Strikethrough {
        content: Vec<Inline>,
    },
    Link(Link),
    Image(Image),
    SoftBreak,
    HardBreak,
    FootnoteRef {
        label: String,
    },
    /// Allowed inline raw HTML (`span`, `kbd`, `sup`, `br`...).
    Html(Element),
    Icon {
        icon: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<String>,
    },
    Popover {
        title: String,
        /// The sanitised `content` attribute.
        content: Vec<Inline>,
    },
}

impl Inline {
    pub fn text(text: impl Into<String>) -> Inline {
        Inline::Text { text: text.into() }
    }
}

/// A link; `href` is already vetted (no `javascript:`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    pub href: String,
    /// Set when the link points at a chapter of this guide: the chapter's
    /// permalink, which the reader turns into an in-app route.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chapter: Option<String>,
    /// The fragment (`#heading`) of an in-guide link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fragment: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    pub content: Vec<Inline>,
}

/// An image: `src` is the written path until the build resolves it to the
/// copied, content-hashed asset; `missing` says the file was not found, so
/// the reader shows the alt text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Image {
    pub src: String,
    pub alt: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub missing: bool,
}

/// An allowed raw HTML element with vetted attributes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Element {
    pub tag: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attrs: Vec<(String, String)>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Inline>,
}

/// Visit every block of a tree, depth first, containers before their children.
pub fn walk(blocks: &[Block], visit: &mut dyn FnMut(&Block)) {
    for block in blocks {
        visit(block);
        child_blocks(block, &mut |children| walk(children, visit));
    }
}

/// Call `each` with every run of child blocks of `block` (a list item's, a
/// tab's, a container's), in reading order; nothing for a leaf.
pub fn child_blocks(block: &Block, each: &mut dyn FnMut(&[Block])) {
    match block {
        Block::Quote { children }
        | Block::Footnote { children, .. }
        | Block::Alert { children, .. }
        | Block::Partial { children, .. }
        | Block::Accordion { children, .. }
        | Block::Example { children, .. }
        | Block::Card { children, .. }
        | Block::CardGroup { children }
        | Block::Check { children }
        | Block::Unknown { children, .. } => each(children),
        Block::List { items, .. } => items.iter().for_each(|item| each(&item.children)),
        Block::TabList { tabs } => tabs.iter().for_each(|tab| each(&tab.children)),
        _ => {}
    }
}
