//! The component pass: find MDX-style tags (`<Alert>`, `<Partial/>`,
//! `<Popover/>`) outside code, pair opening and closing tags, and swap each
//! top-level component for a placeholder the Markdown parser passes through.
//!
//! A component's inner text is dedented to its opening tag's indentation and
//! compiled later on its own, so inner Markdown works with or without blank
//! lines around it and inside list items. Nested components are found when
//! that inner text is compiled in turn.

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag as MdTag};

use super::source_map::MappedText;
use super::tag::{read_tag, Attr, AttrValue, Tag};
use super::Unit;
use crate::diagnostic::Diagnostic;

/// Placeholder delimiters: private-use characters no author types.
pub const OPEN: char = '\u{E000}';
pub const CLOSE: char = '\u{E001}';

/// Components that are always inline (inside a sentence or a table cell).
const INLINE: &[&str] = &["Icon", "Popover"];

/// Components the engine knows; anything else capitalised is unknown.
pub const KNOWN: &[&str] = &[
    "Alert",
    "Partial",
    "Quiz",
    "TabList",
    "Tab",
    "Accordion",
    "Popover",
    "Youtube",
    "Icon",
    "Example",
    "Image",
    "Download",
    "Card",
    "CardGroup",
    "Check",
];

/// One top-level component found in a piece of text.
#[derive(Debug, Clone)]
pub struct Piece {
    pub tag: Tag,
    /// Offset of the opening `<` in the file (for diagnostics).
    pub at: usize,
    /// The dedented text between opening and closing tags (`None` when self-closing).
    pub inner: Option<MappedText>,
    /// True for block components (rendered between paragraphs).
    pub block: bool,
    /// The component as written, for the rare place a placeholder must be undone.
    pub source: String,
}

/// The text with placeholders, and the pieces they stand for.
pub struct Extracted {
    pub text: MappedText,
    pub pieces: Vec<Piece>,
}

struct Open {
    tag: Tag,
    start: usize,
}

/// Run the pass over `text`, reporting unclosed and mismatched tags.
pub fn extract(unit: &Unit, text: &MappedText, diagnostics: &mut Vec<Diagnostic>) -> Extracted {
    let source = text.text.as_str();
    let code = code_ranges(source);
    let mut stack: Vec<Open> = Vec::new();
    let mut pieces = Vec::new();
    let mut out = MappedText::default();
    let mut copied = 0;
    let mut at = 0;
    let mut in_code = code.iter().peekable();
    while let Some(found) = source[at..].find(['<', '{']) {
        let start = at + found;
        at = start + 1;
        while in_code.peek().is_some_and(|r| r.end <= start) {
            in_code.next();
        }
        if in_code.peek().is_some_and(|r| r.start <= start) {
            continue;
        }
        if source[start..].starts_with('{') {
            if let Some(tag) = quiz_directive(source, start).filter(|_| stack.is_empty()) {
                at = tag.end;
                pieces.push(piece(text, tag, start, None, at));
                copied = swap(&mut out, text, copied, start, at, pieces.len() - 1);
            }
            continue;
        }
        let after = &source[start + 1..];
        let name_start = after.strip_prefix('/').unwrap_or(after);
        if !name_start.starts_with(|c: char| c.is_ascii_uppercase()) {
            continue;
        }
        let Some(tag) = read_tag(source, start) else {
            let name: String = name_start
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            if KNOWN.contains(&name.as_str()) {
                let message =
                    format!("the <{name}> tag is not closed with `>` or has a malformed attribute");
                diagnostics.push(unit.error(text.original(start), message));
            }
            continue;
        };
        at = tag.end;
        if tag.closing {
            let Some(depth) = stack.iter().rposition(|open| open.tag.name == tag.name) else {
                let message = format!("closing tag </{}> has no matching opening tag", tag.name);
                diagnostics.push(unit.error(text.original(start), message));
                continue;
            };
            for unclosed in stack.drain(depth + 1..).rev() {
                let message = format!(
                    "<{}> is not closed: expected </{}> before </{}>",
                    unclosed.tag.name, unclosed.tag.name, tag.name
                );
                report_once(
                    diagnostics,
                    unit.error(text.original(unclosed.start), message),
                );
            }
            let open = stack.pop().expect("depth is in the stack");
            if stack.is_empty() {
                let inner = dedent(text, open.tag.end, start, prefix_of(source, open.start));
                let end = tag.end;
                pieces.push(piece(text, open.tag, open.start, Some(inner), end));
                copied = swap(&mut out, text, copied, open.start, end, pieces.len() - 1);
            }
        } else if tag.self_closing {
            if stack.is_empty() {
                let end = tag.end;
                pieces.push(piece(text, tag, start, None, end));
                copied = swap(&mut out, text, copied, start, end, pieces.len() - 1);
            }
        } else {
            stack.push(Open { tag, start });
        }
    }
    // Tags never closed: report them, and close them at the end of the text.
    if let Some(outermost) = stack.first() {
        for open in &stack {
            let message = format!(
                "<{}> is opened here but never closed with </{}>",
                open.tag.name, open.tag.name
            );
            report_once(diagnostics, unit.error(text.original(open.start), message));
        }
        let (tag, start) = (outermost.tag.clone(), outermost.start);
        let inner = dedent(text, tag.end, source.len(), prefix_of(source, start));
        pieces.push(piece(text, tag, start, Some(inner), source.len()));
        copied = swap(
            &mut out,
            text,
            copied,
            start,
            source.len(),
            pieces.len() - 1,
        );
    }
    out.push_slice(text, copied, source.len());
    Extracted { text: out, pieces }
}

/// Report a tag left unclosed unless an error is already reported at it: a
/// tag an outer closing tag cut short (`expected </Alert> before </Tab>`) is
/// seen again, never closed, when the component around it is compiled.
fn report_once(diagnostics: &mut Vec<Diagnostic>, error: Diagnostic) {
    let reported = diagnostics.iter().any(|d| {
        d.is_error() && (&d.file, d.line, d.column) == (&error.file, error.line, error.column)
    });
    if !reported {
        diagnostics.push(error);
    }
}

/// `{{#quiz path/to/quiz.toml}}` alone on its line (the mdBook directive),
/// read as `<Quiz file="path/to/quiz.toml" />`.
fn quiz_directive(source: &str, start: usize) -> Option<Tag> {
    let rest = source[start..].strip_prefix("{{#quiz")?;
    let close = rest.find("}}")?;
    let file = rest[..close].trim();
    let end = start + "{{#quiz".len() + close + 2;
    let line_end = source[end..].find('\n').map_or(source.len(), |i| end + i);
    let alone = source[line_start(source, start)..start].trim().is_empty()
        && source[end..line_end].trim().is_empty();
    if file.is_empty() || file.contains('\n') || !alone {
        return None;
    }
    Some(Tag {
        name: "Quiz".to_string(),
        attrs: vec![Attr {
            name: "file".to_string(),
            value: AttrValue::Text(file.to_string()),
        }],
        closing: false,
        self_closing: true,
        end,
    })
}

fn piece(text: &MappedText, tag: Tag, at: usize, inner: Option<MappedText>, end: usize) -> Piece {
    let source = text.text.as_str();
    let starts_line = source[line_start(source, at)..at].trim().is_empty();
    let block = if INLINE.contains(&tag.name.as_str()) {
        false
    } else {
        KNOWN.contains(&tag.name.as_str()) || starts_line
    };
    Piece {
        tag,
        at: text.original(at),
        inner,
        block,
        source: source[at..end].to_string(),
    }
}

/// Copy text up to `start`, then the placeholder for piece `index`; returns
/// the new copy position.
fn swap(
    out: &mut MappedText,
    text: &MappedText,
    copied: usize,
    start: usize,
    end: usize,
    index: usize,
) -> usize {
    out.push_slice(text, copied, start);
    out.push_synthetic(&placeholder(index), text.original(start));
    end
}

pub fn placeholder(index: usize) -> String {
    format!("{OPEN}{index}{CLOSE}")
}

fn line_start(source: &str, at: usize) -> usize {
    source[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// What stands before the tag on its line, when that is only indentation
/// and blockquote markers (`   `, `> `); otherwise the leading white space.
fn prefix_of(source: &str, at: usize) -> &str {
    let start = line_start(source, at);
    let before = &source[start..at];
    if before.chars().all(|c| matches!(c, ' ' | '\t' | '>')) {
        before
    } else {
        let len = before.len() - before.trim_start_matches([' ', '\t']).len();
        &before[..len]
    }
}

/// The inner text `start..end`, with as much of `prefix` as each line after
/// the first begins with removed.
fn dedent(text: &MappedText, start: usize, end: usize, prefix: &str) -> MappedText {
    let source = &text.text;
    let mut out = MappedText::default();
    let mut line = start;
    let mut first = true;
    while line < end {
        let line_end = source[line..end].find('\n').map_or(end, |i| line + i + 1);
        let skip = if first {
            0
        } else {
            source[line..line_end]
                .bytes()
                .zip(prefix.bytes())
                .take_while(|(have, want)| have == want)
                .count()
        };
        out.push_slice(text, line + skip, line_end);
        first = false;
        line = line_end;
    }
    out
}

/// Byte ranges of code (fenced, indented, inline) where tags are literal text.
///
/// A line starting with `<Alert ...>` would open an HTML block for the
/// Markdown parser, hiding code right below it; so the `<` of component tags
/// is swapped for a letter first (same length: offsets stay true).
fn code_ranges(source: &str) -> Vec<Range<usize>> {
    let mut neutral = source.as_bytes().to_vec();
    for i in 0..neutral.len().saturating_sub(2) {
        let next = if neutral[i + 1] == b'/' {
            neutral[i + 2]
        } else {
            neutral[i + 1]
        };
        if neutral[i] == b'<' && next.is_ascii_uppercase() {
            neutral[i] = b'x';
        }
    }
    let neutral = String::from_utf8(neutral).expect("an ASCII byte swapped for an ASCII byte");
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let mut block_start = None;
    for (event, range) in Parser::new_ext(&neutral, super::markdown::options()).into_offset_iter() {
        match event {
            Event::Start(MdTag::CodeBlock(_)) => block_start = Some(range.start),
            Event::End(pulldown_cmark::TagEnd::CodeBlock) => {
                if let Some(start) = block_start.take() {
                    ranges.push(start..range.end);
                }
            }
            Event::Code(_) => ranges.push(range),
            _ => {}
        }
    }
    ranges.sort_by_key(|r| r.start);
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(source: &str) -> (String, Vec<Piece>, Vec<Diagnostic>) {
        let unit = Unit {
            file: "t.md",
            text: source,
        };
        let mut diagnostics = Vec::new();
        let extracted = extract(&unit, &MappedText::new(source, 0), &mut diagnostics);
        let shown = extracted.text.text.replace(OPEN, "[").replace(CLOSE, "]");
        (shown, extracted.pieces, diagnostics)
    }

    #[test]
    fn blocks_inline_and_code() {
        let (text, pieces, diagnostics) = run(
            "Intro\n\n<Alert title=\"N\" type=\"info\">\n\n**b** <Icon icon=\"x\"/>\n\n</Alert>\n\nSee <Icon icon=\"plus\" text=\"Add\"/> and `<Alert>`.\n\n```\n<Partial file=\"x\"/>\n```\n",
        );
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(
            text,
            "Intro\n\n[0]\n\nSee [1] and `<Alert>`.\n\n```\n<Partial file=\"x\"/>\n```\n"
        );
        assert!(pieces[0].block && !pieces[1].block);
        assert_eq!(
            pieces[0].inner.as_ref().unwrap().text,
            "\n\n**b** <Icon icon=\"x\"/>\n\n"
        );
    }

    #[test]
    fn mdbook_quiz_directive() {
        let (text, pieces, _) =
            run("Text {{#quiz no.toml}}\n\n{{#quiz quizzes/a.toml}}\n`{{#quiz code.toml}}`\n");
        assert_eq!(
            text,
            "Text {{#quiz no.toml}}\n\n[0]\n`{{#quiz code.toml}}`\n"
        );
        assert_eq!(pieces[0].tag.name, "Quiz");
        assert_eq!(
            pieces[0].tag.attr("file").as_deref(),
            Some("quizzes/a.toml")
        );
    }

    #[test]
    fn dedents_inside_list_items() {
        let (text, pieces, _) =
            run("1. Step\n\n   <Alert title=\"N\">\n   text\n       code\n   </Alert>\n");
        assert_eq!(text, "1. Step\n\n   [0]\n");
        assert_eq!(pieces[0].inner.as_ref().unwrap().text, "\ntext\n    code\n");
    }

    #[test]
    fn unclosed_and_mismatched() {
        let (_, _, diagnostics) = run("<Alert>\n<Tab>\nx\n</Alert>\n");
        assert_eq!(diagnostics.len(), 1);
        assert_eq!((diagnostics[0].line, diagnostics[0].column), (2, 1));
        let (_, pieces, diagnostics) = run("a\n<Alert>\nx\n");
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].line, 2);
        assert_eq!(pieces.len(), 1);
        let (_, _, diagnostics) = run("x </Alert>\n");
        assert!(diagnostics[0].message.contains("no matching opening"));
    }
}
