//! The content compiler: chapters, partials and quizzes in; typed chapter
//! bundles and diagnostics out. See the crate docs for the passes.

mod components;
mod entities;
mod flatten;
mod frontmatter;
mod guide;
mod html;
mod links;
mod markdown;
mod outline;
mod parts;
mod search_index;
mod slug;
mod source_map;
mod tag;

pub use frontmatter::Frontmatter;
pub use guide::{
    compile_guide, compile_guide_each, CompiledGuide, GuideConfig, GuideSummary, SourceFile,
};
pub use markdown::plain_text;
pub use search_index::SECTION_TEXT_LIMIT;
pub use slug::slugify;

use std::sync::Arc;

use crate::diagnostic::{Diagnostic, Position};
use crate::document::Block;
use crate::quiz::Quiz;
use links::LinkIndex;
use slug::UniqueSlugs;
use source_map::MappedText;

/// A file the resolver loaded: its display path (used in diagnostics) and text.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub path: String,
    pub text: String,
}

/// How the compiler reaches partials, quizzes and assets. The CLI reads the
/// disk; tests use a map. `from` is the display path of the referring file.
pub trait Resolver {
    /// A partial by its `file` attribute (relative to the partials folder).
    /// `Err` says where it was looked for.
    fn partial(&self, file: &str) -> Result<Loaded, String>;
    /// A quiz file referenced from `from` (a chapter or partial).
    fn quiz(&self, from: &str, file: &str) -> Result<Loaded, String>;
    /// The URL to use for an image or download referenced from `from`, or
    /// `None` when the file does not exist.
    fn asset(&self, from: &str, path: &str) -> Option<String>;
}

/// The file being compiled: its display path and whole text.
pub struct Unit<'a> {
    pub file: &'a str,
    pub text: &'a str,
}

impl Unit<'_> {
    /// Line and column of byte `offset` of this file.
    fn position(&self, offset: usize) -> Position {
        Position::of_offset(self.text, offset)
    }

    fn error(&self, offset: usize, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(self.file, self.position(offset), message)
    }

    fn warning(&self, offset: usize, message: impl Into<String>) -> Diagnostic {
        Diagnostic::warning(self.file, self.position(offset), message)
    }
}

/// Partials may include partials this deep, and no deeper.
pub const MAX_PARTIAL_DEPTH: usize = 10;

/// State while compiling one chapter.
struct Compiler<'a> {
    resolver: &'a dyn Resolver,
    links: &'a LinkIndex,
    diagnostics: Vec<Diagnostic>,
    /// Partials being inlined, outermost first (for cycles and depth).
    partial_chain: Vec<String>,
    heading_ids: UniqueSlugs,
    /// Tab ids are element ids too: unique in the chapter, across TabLists.
    tab_ids: UniqueSlugs,
    /// Every quiz compiled from a tag, with where the tag is. Some are left
    /// out of the chapter after all (in a table cell, a dropped element):
    /// only those still in its blocks are placed (see `guide::placed_quizzes`).
    quiz_places: Vec<QuizPlace>,
}

/// A quiz compiled from a `<Quiz>` tag, and where that tag is.
struct QuizPlace {
    quiz: Arc<Quiz>,
    /// The chapter or partial the tag is in.
    file: String,
    at: Position,
}

impl<'a> Compiler<'a> {
    fn new(resolver: &'a dyn Resolver, links: &'a LinkIndex) -> Self {
        Compiler {
            resolver,
            links,
            diagnostics: Vec::new(),
            partial_chain: Vec::new(),
            heading_ids: UniqueSlugs::default(),
            tab_ids: UniqueSlugs::default(),
            quiz_places: Vec::new(),
        }
    }

    /// Compile Markdown with components.
    fn markdown(&mut self, unit: &Unit, text: &MappedText) -> Vec<Block> {
        let extracted = components::extract(unit, text, &mut self.diagnostics);
        markdown::convert(self, unit, &extracted)
    }

    /// Compile a whole file (header split off) as a list of blocks.
    fn file(&mut self, file: &str, text: &str) -> (Frontmatter, Vec<Block>) {
        let split = frontmatter::split(file, text, &mut self.diagnostics);
        let unit = Unit { file, text };
        let body = MappedText::new(&text[split.body_start..], split.body_start);
        let blocks = self.markdown(&unit, &body);
        (split.frontmatter, blocks)
    }
}

/// Sort diagnostics by place and drop repeats: a problem seen again while
/// compiling a component's inside (an unclosed tag, a partial included
/// twice) is reported once. Distinct findings at one place (an unknown Alert
/// type, and that Alert in a table cell) are all kept, in the order they
/// were found (the sort is stable), so the output is deterministic.
fn tidy(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    let mut kept: Vec<Diagnostic> = Vec::with_capacity(diagnostics.len());
    let mut place_start = 0;
    for diagnostic in diagnostics.drain(..) {
        let same_place = |d: &Diagnostic| {
            (&d.file, d.line, d.column) == (&diagnostic.file, diagnostic.line, diagnostic.column)
        };
        if !kept.last().is_some_and(same_place) {
            place_start = kept.len();
        }
        if !kept[place_start..].contains(&diagnostic) {
            kept.push(diagnostic);
        }
    }
    *diagnostics = kept;
}

/// One chapter compiled on its own (no guide: links are not resolved to
/// chapters). For tools and tests; guides use [`compile_guide`].
pub fn compile_chapter(
    file: &str,
    text: &str,
    resolver: &dyn Resolver,
) -> (Frontmatter, Vec<Block>, Vec<Diagnostic>) {
    let links = LinkIndex::default();
    let mut compiler = Compiler::new(resolver, &links);
    let (frontmatter, blocks) = compiler.file(file, text);
    tidy(&mut compiler.diagnostics);
    (frontmatter, blocks, compiler.diagnostics)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn warning(line: usize, message: &str) -> Diagnostic {
        Diagnostic::warning("c.md", Position { line, column: 1 }, message)
    }

    #[test]
    fn tidy_keeps_distinct_findings_at_one_place_and_drops_repeats() {
        let mut diagnostics = vec![
            warning(2, "in a table cell"),
            warning(1, "unknown type"),
            warning(2, "unknown type"),
            warning(2, "in a table cell"),
            Diagnostic::error("c.md", Position { line: 2, column: 1 }, "in a table cell"),
        ];
        tidy(&mut diagnostics);
        let shown: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "c.md:1:1: warning: unknown type",
                "c.md:2:1: warning: in a table cell",
                "c.md:2:1: warning: unknown type",
                "c.md:2:1: error: in a table cell",
            ]
        );
    }
}
