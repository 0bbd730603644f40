//! Markdown to the typed tree: pulldown-cmark events become [`Block`]s and
//! [`Inline`]s; component placeholders become components; raw HTML goes
//! through the allow-list.
//!
//! The converter keeps a stack of open containers (paragraph, list item,
//! table cell, link, kept HTML element...). Closing a container builds its
//! node and hands it to the one below.

use pulldown_cmark::{Alignment, CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

use super::components::{Extracted, CLOSE, OPEN};
use super::html::{self, Token, Verdict};
use super::slug::slugify;
use super::{Compiler, Unit};
use crate::document::{Align, Block, Element, Image, Inline, Link, ListItem};

/// The Markdown extensions a guide may use.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

enum Kind {
    Root,
    Paragraph,
    Heading {
        level: u8,
        id: Option<String>,
    },
    Quote,
    List {
        start: Option<u64>,
    },
    Item {
        checked: Option<bool>,
    },
    Footnote {
        label: String,
    },
    Table {
        align: Vec<Align>,
    },
    TableHead,
    TableRow,
    TableCell,
    Emphasis,
    Strong,
    Strikethrough,
    Link {
        href: Option<String>,
        chapter: Option<String>,
        fragment: Option<String>,
        title: String,
    },
    Image {
        src: String,
        title: String,
        missing: bool,
    },
    CodeBlock {
        lang: Option<String>,
        prompt: Option<String>,
    },
    HtmlBlock,
    Html(Element),
}

struct Frame {
    kind: Kind,
    /// Offset of the event that opened it (for diagnostics).
    at: usize,
    blocks: Vec<Block>,
    inlines: Vec<Inline>,
    /// Cells of a table row or head; rows of a table.
    cells: Vec<Vec<Inline>>,
    rows: Vec<Vec<Vec<Inline>>>,
    head: Vec<Vec<Inline>>,
    /// Items of a list.
    items: Vec<ListItem>,
    /// Raw text of a code block or HTML block.
    raw: String,
}

impl Frame {
    fn new(kind: Kind, at: usize) -> Frame {
        Frame {
            kind,
            at,
            blocks: Vec::new(),
            inlines: Vec::new(),
            cells: Vec::new(),
            rows: Vec::new(),
            head: Vec::new(),
            items: Vec::new(),
            raw: String::new(),
        }
    }
}

/// A piece of an expanded inline run: inline, or a block component that
/// splits the paragraph it stood in.
enum Segment {
    Inline(Inline),
    Block(Block),
}

struct Converter<'c, 'a, 'u> {
    compiler: &'c mut Compiler<'a>,
    unit: &'u Unit<'u>,
    extracted: &'u Extracted,
    stack: Vec<Frame>,
    /// Names of dropped inline HTML elements we are inside of.
    dropping: Vec<String>,
}

/// Convert text that went through the component pass.
pub fn convert(compiler: &mut Compiler, unit: &Unit, extracted: &Extracted) -> Vec<Block> {
    let mut converter = Converter {
        compiler,
        unit,
        extracted,
        stack: vec![Frame::new(Kind::Root, 0)],
        dropping: Vec::new(),
    };
    let text = extracted.text.text.as_str();
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        converter.event(event, range.start);
    }
    while converter.stack.len() > 1 {
        converter.close();
    }
    let mut root = converter.stack.pop().expect("root frame");
    converter.flush_inlines(&mut root);
    root.blocks
}

impl Converter<'_, '_, '_> {
    fn top(&mut self) -> &mut Frame {
        self.stack.last_mut().expect("root frame stays")
    }

    fn event(&mut self, event: Event, at: usize) {
        if !self.dropping.is_empty() {
            match &event {
                Event::Text(_) | Event::Code(_) | Event::SoftBreak | Event::HardBreak => return,
                Event::InlineHtml(_) => {}
                _ => self.dropping.clear(),
            }
        }
        match event {
            Event::Start(tag) => self.open(tag, at),
            Event::End(TagEnd::HtmlBlock) | Event::End(_) => self.close_to_end(),
            Event::Text(text) => {
                if matches!(self.top().kind, Kind::CodeBlock { .. }) {
                    self.top().raw.push_str(&text);
                } else {
                    self.push_text(&text);
                }
            }
            Event::Code(code) => {
                let code = self.restore(&code);
                self.push_inline(Inline::Code { code });
            }
            Event::InlineMath(math) | Event::DisplayMath(math) => self.push_text(&math),
            Event::Html(raw) => self.top().raw.push_str(&raw),
            Event::InlineHtml(raw) => self.inline_html(&raw, at),
            Event::FootnoteReference(label) => self.push_inline(Inline::FootnoteRef {
                label: label.to_string(),
            }),
            Event::SoftBreak => self.push_inline(Inline::SoftBreak),
            Event::HardBreak => self.push_inline(Inline::HardBreak),
            Event::Rule => self.push_block(Block::Rule),
            Event::TaskListMarker(checked) => {
                if let Some(Frame {
                    kind: Kind::Item { checked: slot },
                    ..
                }) = self
                    .stack
                    .iter_mut()
                    .rev()
                    .find(|f| matches!(f.kind, Kind::Item { .. }))
                {
                    *slot = Some(checked);
                }
            }
        }
    }

    fn open(&mut self, tag: Tag, at: usize) {
        let kind = match tag {
            Tag::Paragraph => Kind::Paragraph,
            Tag::Heading { level, id, .. } => Kind::Heading {
                level: level as u8,
                id: id.map(|id| id.to_string()),
            },
            Tag::BlockQuote(_) => Kind::Quote,
            Tag::CodeBlock(kind) => {
                let (lang, prompt) = match kind {
                    CodeBlockKind::Fenced(info) => code_info(&info),
                    CodeBlockKind::Indented => (None, None),
                };
                Kind::CodeBlock { lang, prompt }
            }
            Tag::HtmlBlock => Kind::HtmlBlock,
            Tag::List(start) => Kind::List { start },
            Tag::Item => Kind::Item { checked: None },
            Tag::FootnoteDefinition(label) => Kind::Footnote {
                label: label.to_string(),
            },
            Tag::Table(aligns) => Kind::Table {
                align: aligns.iter().map(align).collect(),
            },
            Tag::TableHead => Kind::TableHead,
            Tag::TableRow => Kind::TableRow,
            Tag::TableCell => Kind::TableCell,
            Tag::Emphasis => Kind::Emphasis,
            Tag::Strong => Kind::Strong,
            Tag::Strikethrough => Kind::Strikethrough,
            Tag::Link {
                dest_url, title, ..
            } => {
                let target =
                    self.compiler
                        .link(self.unit, self.extracted.text.original(at), &dest_url);
                Kind::Link {
                    href: target.href,
                    chapter: target.chapter,
                    fragment: target.fragment,
                    title: title.to_string(),
                }
            }
            Tag::Image {
                dest_url, title, ..
            } => {
                let (src, missing) =
                    self.compiler
                        .image(self.unit, self.extracted.text.original(at), &dest_url);
                Kind::Image {
                    src,
                    title: title.to_string(),
                    missing,
                }
            }
            // Extensions we do not enable; keep their content.
            _ => Kind::Emphasis,
        };
        if is_block_kind(&kind) {
            let mut parent = self.stack.pop().expect("a parent frame");
            self.flush_inlines(&mut parent);
            self.stack.push(parent);
        }
        self.stack.push(Frame::new(kind, at));
    }

    /// An `End` event: close kept inline HTML elements left open, then the
    /// container the event ends.
    fn close_to_end(&mut self) {
        while matches!(self.top().kind, Kind::Html(_)) {
            self.close();
        }
        self.close();
    }

    fn close(&mut self) {
        let mut frame = self.stack.pop().expect("a frame to close");
        if self.stack.is_empty() {
            self.stack.push(frame);
            return;
        }
        match frame.kind {
            Kind::Root => {}
            Kind::Paragraph => {
                let segments = self.expand(std::mem::take(&mut frame.inlines));
                for block in paragraphs(segments) {
                    self.push_block(block);
                }
            }
            Kind::Heading { level, ref id } => {
                let content = self.inline_only(std::mem::take(&mut frame.inlines));
                let wanted = id.clone().unwrap_or_else(|| slugify(&plain_text(&content)));
                let id = self.compiler.heading_ids.claim(&wanted);
                self.push_block(Block::Heading { level, id, content });
            }
            Kind::Quote => {
                self.flush_inlines(&mut frame);
                self.push_block(Block::Quote {
                    children: frame.blocks,
                });
            }
            Kind::List { start } => self.push_block(Block::List {
                start,
                items: frame.items,
            }),
            Kind::Item { checked } => {
                self.flush_inlines(&mut frame);
                self.top().items.push(ListItem {
                    checked,
                    children: frame.blocks,
                });
            }
            Kind::Footnote { ref label } => {
                let label = label.clone();
                self.flush_inlines(&mut frame);
                self.push_block(Block::Footnote {
                    label,
                    children: frame.blocks,
                });
            }
            Kind::Table { align } => self.push_block(Block::Table {
                align,
                head: frame.head,
                rows: frame.rows,
            }),
            Kind::TableHead => {
                if let Some(table) = self.stack.last_mut() {
                    table.head = if frame.cells.is_empty() {
                        frame.head
                    } else {
                        frame.cells
                    };
                }
            }
            Kind::TableRow => {
                let cells = frame.cells;
                if let Some(parent) = self.stack.last_mut() {
                    match parent.kind {
                        Kind::TableHead => parent.head = cells,
                        _ => parent.rows.push(cells),
                    }
                }
            }
            Kind::TableCell => {
                let content = self.inline_only(frame.inlines);
                self.top().cells.push(content);
            }
            Kind::Emphasis => {
                let content = self.inline_only(frame.inlines);
                self.push_inline(Inline::Emphasis { content })
            }
            Kind::Strong => {
                let content = self.inline_only(frame.inlines);
                self.push_inline(Inline::Strong { content })
            }
            Kind::Strikethrough => {
                let content = self.inline_only(frame.inlines);
                self.push_inline(Inline::Strikethrough { content })
            }
            Kind::Link {
                href,
                chapter,
                fragment,
                title,
            } => {
                let content = self.inline_only(frame.inlines);
                match href {
                    Some(href) => self.push_inline(Inline::Link(Link {
                        href,
                        chapter,
                        fragment,
                        title,
                        content,
                    })),
                    None => content.into_iter().for_each(|i| self.push_inline(i)),
                }
            }
            Kind::Image {
                src,
                title,
                missing,
            } => {
                let content = self.inline_only(frame.inlines);
                self.push_inline(Inline::Image(Image {
                    src,
                    alt: plain_text(&content),
                    title,
                    missing,
                }));
            }
            Kind::CodeBlock { lang, prompt } => {
                let code = self.restore(&frame.raw);
                self.push_block(Block::Code { lang, prompt, code });
            }
            Kind::HtmlBlock => {
                let mut nodes = html::fragment(&frame.raw);
                self.resolve_images(&mut nodes, frame.at);
                let segments = self.expand(nodes);
                for block in html_blocks(segments) {
                    self.push_block(block);
                }
            }
            Kind::Html(mut element) => {
                element.children = self.inline_only(frame.inlines);
                self.push_inline(Inline::Html(element));
            }
        }
    }

    fn push_block(&mut self, block: Block) {
        let mut top = self.stack.pop().expect("a frame");
        self.flush_inlines(&mut top);
        top.blocks.push(block);
        self.stack.push(top);
    }

    fn push_inline(&mut self, inline: Inline) {
        self.top().inlines.push(inline);
    }

    /// Append text, merging with a preceding text node so placeholders stay whole.
    fn push_text(&mut self, text: &str) {
        if let Some(Inline::Text { text: last }) = self.top().inlines.last_mut() {
            last.push_str(text);
        } else {
            self.push_inline(Inline::text(text));
        }
    }

    /// Loose inlines in a block container (tight list items) become paragraphs.
    fn flush_inlines(&mut self, frame: &mut Frame) {
        if frame.inlines.is_empty() || !is_block_container(&frame.kind) {
            return;
        }
        let segments = self.expand(std::mem::take(&mut frame.inlines));
        frame.blocks.extend(paragraphs(segments));
    }

    fn inline_html(&mut self, raw: &str, at: usize) {
        for token in html::tokens(raw) {
            match token {
                Token::Text(text) if self.dropping.is_empty() => self.push_text(&text),
                Token::Text(_) => {}
                Token::End(name) => {
                    if let Some(i) = self.dropping.iter().rposition(|n| *n == name) {
                        self.dropping.truncate(i);
                    } else if self.dropping.is_empty() {
                        self.close_html(&name);
                    }
                }
                Token::Start(_) if !self.dropping.is_empty() => {}
                Token::Start(tag) => {
                    let void = tag.self_closing || html::is_void(&tag.name.to_ascii_lowercase());
                    match html::verdict(&tag) {
                        Verdict::Keep(mut element) if void => {
                            self.resolve_image(&mut element, at);
                            self.push_inline(Inline::Html(element))
                        }
                        Verdict::Keep(element) => {
                            self.stack.push(Frame::new(Kind::Html(element), at))
                        }
                        Verdict::Drop if !void => self.dropping.push(tag.name.to_ascii_lowercase()),
                        Verdict::Drop | Verdict::Unwrap => {}
                    }
                }
            }
        }
    }

    /// A raw `<img>`'s relative `src` is resolved and copied like a Markdown image's.
    fn resolve_image(&mut self, element: &mut Element, at: usize) {
        if element.tag != "img" {
            return;
        }
        let origin = self.extracted.text.original(at);
        if let Some((_, src)) = element.attrs.iter_mut().find(|(name, _)| name == "src") {
            let (resolved, _) = self.compiler.image(self.unit, origin, src);
            *src = resolved;
        }
    }

    fn resolve_images(&mut self, nodes: &mut [Inline], at: usize) {
        for node in nodes {
            if let Inline::Html(element) = node {
                self.resolve_image(element, at);
                self.resolve_images(&mut element.children, at);
            }
        }
    }

    /// Close kept inline elements up to the one named `name`, if it is open.
    fn close_html(&mut self, name: &str) {
        let open = self
            .stack
            .iter()
            .rev()
            .take_while(|f| matches!(f.kind, Kind::Html(_)))
            .any(|f| matches!(&f.kind, Kind::Html(e) if e.tag == name));
        if !open {
            return;
        }
        while let Some(Frame {
            kind: Kind::Html(e),
            ..
        }) = self.stack.last()
        {
            let done = e.tag == name;
            self.close();
            if done {
                break;
            }
        }
    }

    /// Replace placeholders in text nodes (and inside kept HTML) by components.
    fn expand(&mut self, inlines: Vec<Inline>) -> Vec<Segment> {
        let mut out = Vec::new();
        for inline in inlines {
            match inline {
                Inline::Text { text } if text.contains(OPEN) => self.expand_text(&text, &mut out),
                Inline::Html(mut element) => {
                    element.children = self.inline_only(element.children);
                    out.push(Segment::Inline(Inline::Html(element)));
                }
                other => out.push(Segment::Inline(other)),
            }
        }
        out
    }

    fn expand_text(&mut self, text: &str, out: &mut Vec<Segment>) {
        let mut rest = text;
        while let Some(open) = rest.find(OPEN) {
            let after = &rest[open + OPEN.len_utf8()..];
            let Some(close) = after.find(CLOSE) else {
                break;
            };
            let Ok(index) = after[..close].parse::<usize>() else {
                break;
            };
            let Some(piece) = self.extracted.pieces.get(index) else {
                break;
            };
            if open > 0 {
                out.push(Segment::Inline(Inline::text(&rest[..open])));
            }
            if piece.block {
                let block = self.compiler.block_component(self.unit, piece);
                out.push(Segment::Block(block));
            } else {
                let inlines = self.compiler.inline_component(self.unit, piece);
                out.extend(inlines.into_iter().map(Segment::Inline));
            }
            rest = &after[close + CLOSE.len_utf8()..];
        }
        if !rest.is_empty() {
            out.push(Segment::Inline(Inline::text(rest)));
        }
    }

    /// Expand where only inlines can go: a block component here is kept as
    /// its text and reported.
    fn inline_only(&mut self, inlines: Vec<Inline>) -> Vec<Inline> {
        let mut out = Vec::new();
        for segment in self.expand(inlines) {
            match segment {
                Segment::Inline(inline) => out.push(inline),
                Segment::Block(block) => out.extend(super::outline::inline_fallback(block)),
            }
        }
        out
    }

    /// Undo placeholders (in code, where components are literal text).
    fn restore(&self, text: &str) -> String {
        if !text.contains(OPEN) {
            return text.to_string();
        }
        let mut out = text.to_string();
        for (index, piece) in self.extracted.pieces.iter().enumerate().rev() {
            out = out.replace(&super::components::placeholder(index), &piece.source);
        }
        out
    }
}

fn is_block_kind(kind: &Kind) -> bool {
    matches!(
        kind,
        Kind::Paragraph
            | Kind::Heading { .. }
            | Kind::Quote
            | Kind::List { .. }
            | Kind::Item { .. }
            | Kind::Footnote { .. }
            | Kind::Table { .. }
            | Kind::CodeBlock { .. }
            | Kind::HtmlBlock
    )
}

fn is_block_container(kind: &Kind) -> bool {
    matches!(
        kind,
        Kind::Root | Kind::Quote | Kind::Item { .. } | Kind::Footnote { .. }
    )
}

/// Group segments into paragraphs, split around block components.
fn paragraphs(segments: Vec<Segment>) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut run: Vec<Inline> = Vec::new();
    for segment in segments {
        match segment {
            Segment::Inline(inline) => run.push(inline),
            Segment::Block(block) => {
                push_paragraph(&mut blocks, std::mem::take(&mut run));
                blocks.push(block);
            }
        }
    }
    push_paragraph(&mut blocks, run);
    blocks
}

fn push_paragraph(blocks: &mut Vec<Block>, mut content: Vec<Inline>) {
    trim_edges(&mut content);
    if !content.is_empty() {
        blocks.push(Block::Paragraph { content });
    }
}

/// Drop breaks and white space at the edges of a paragraph.
fn trim_edges(content: &mut Vec<Inline>) {
    loop {
        match content.first_mut() {
            Some(Inline::SoftBreak | Inline::HardBreak) => {
                content.remove(0);
            }
            Some(Inline::Text { text })
                if text.trim_start().len() != text.len() || text.is_empty() =>
            {
                *text = text.trim_start().to_string();
                if text.is_empty() {
                    content.remove(0);
                }
            }
            _ => break,
        }
    }
    loop {
        match content.last_mut() {
            Some(Inline::SoftBreak | Inline::HardBreak) => {
                content.pop();
            }
            Some(Inline::Text { text })
                if text.trim_end().len() != text.len() || text.is_empty() =>
            {
                *text = text.trim_end().to_string();
                if text.is_empty() {
                    content.pop();
                }
            }
            _ => break,
        }
    }
}

/// An HTML block's nodes: kept elements become blocks, other runs paragraphs.
fn html_blocks(segments: Vec<Segment>) -> Vec<Block> {
    let segments = segments
        .into_iter()
        .map(|segment| match segment {
            Segment::Inline(Inline::Html(element)) if !is_inline_tag(&element.tag) => {
                Segment::Block(Block::Html(element))
            }
            other => other,
        })
        .collect();
    paragraphs(segments)
}

fn is_inline_tag(tag: &str) -> bool {
    matches!(
        tag,
        "a" | "abbr"
            | "b"
            | "br"
            | "cite"
            | "code"
            | "del"
            | "dfn"
            | "em"
            | "i"
            | "img"
            | "ins"
            | "kbd"
            | "mark"
            | "q"
            | "s"
            | "samp"
            | "small"
            | "span"
            | "strong"
            | "sub"
            | "sup"
            | "time"
            | "u"
            | "var"
            | "wbr"
    )
}

fn align(alignment: &Alignment) -> Align {
    match alignment {
        Alignment::None => Align::None,
        Alignment::Left => Align::Left,
        Alignment::Center => Align::Center,
        Alignment::Right => Align::Right,
    }
}

/// `bash{promptUser: user}` -> (`bash`, `user`); `rust ignore` -> (`rust`, none).
fn code_info(info: &str) -> (Option<String>, Option<String>) {
    let info = info.trim();
    let lang_end = info
        .find(|c: char| c == '{' || c.is_whitespace() || c == ',')
        .unwrap_or(info.len());
    let lang = Some(info[..lang_end].to_string()).filter(|l| !l.is_empty());
    let prompt = info[lang_end..].find("promptUser").and_then(|i| {
        let rest = &info[lang_end + i + "promptUser".len()..];
        let value = rest.trim_start().strip_prefix(':')?.trim_start();
        let value: String = value
            .trim_start_matches(['"', '\''])
            .chars()
            .take_while(|c| !matches!(c, ',' | '}' | '"' | '\''))
            .collect();
        Some(value.trim().to_string()).filter(|v| !v.is_empty())
    });
    (lang, prompt)
}

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

#[cfg(test)]
mod tests {
    use super::code_info;

    #[test]
    fn code_info_forms() {
        let cases = [
            ("bash{promptUser: user}", (Some("bash"), Some("user"))),
            (
                "bash{promptUser: \"root\", promptHost: h}",
                (Some("bash"), Some("root")),
            ),
            ("rust ignore", (Some("rust"), None)),
            ("", (None, None)),
        ];
        for (info, (lang, prompt)) in cases {
            let (l, p) = code_info(info);
            assert_eq!((l.as_deref(), p.as_deref()), (lang, prompt), "{info}");
        }
    }
}
