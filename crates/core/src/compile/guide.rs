//! A whole guide: `guide.toml`, chapter order, links between chapters,
//! learning objectives and the bundles the build writes.
//!
//! Order: `chapters` in `guide.toml` when given; otherwise the
//! `previousurl`/`nexturl` chain in frontmatter; chapters outside the chain
//! follow in file-name order.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use serde::Deserialize;

use super::frontmatter::{self, Frontmatter};
use super::links::{normalize_permalink, LinkIndex};
use super::slug::slugify;
use super::source_map::MappedText;
use super::{outline, Compiler, QuizPlace, Resolver, Unit};
use crate::bundle::{ChapterBundle, GuideInfo, FORMAT_VERSION};
use crate::diagnostic::{Diagnostic, Position};
use crate::document::Block;

/// `guide.toml`: every key optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideConfig {
    /// Stable id that namespaces learner progress.
    pub id: Option<String>,
    pub title: Option<String>,
    /// The partials folder, relative to the guide.
    pub partials: Option<String>,
    /// Chapter files in reading order, relative to the guide.
    pub chapters: Option<Vec<String>>,
    /// Base path for history routing (`/docs/guide/`).
    pub base_path: Option<String>,
    /// Default theme: `light`, `dark` or `auto`.
    pub theme: Option<String>,
}

impl GuideConfig {
    /// Parse `guide.toml`; an error names the file, line and column.
    pub fn parse(file: &str, text: &str) -> Result<GuideConfig, Diagnostic> {
        toml::from_str(text).map_err(|error| {
            let at = error.span().map_or(0, |span| span.start);
            Diagnostic::error(
                file,
                Position::of_offset(text, at),
                error.message().to_string(),
            )
        })
    }
}

/// A chapter file: `name` relative to the guide (used by `chapters` and
/// for file-name order), `path` as shown in diagnostics.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: String,
    pub path: String,
    pub text: String,
}

/// The compiled guide: chapters in reading order, plus every diagnostic.
#[derive(Debug, Clone)]
pub struct CompiledGuide {
    pub info: GuideInfo,
    pub chapters: Vec<ChapterBundle>,
    pub diagnostics: Vec<Diagnostic>,
}

/// What [`compile_guide_each`] returns once every chapter has been handed on.
#[derive(Debug, Clone)]
pub struct GuideSummary {
    pub info: GuideInfo,
    /// How many chapters were compiled.
    pub chapters: usize,
    pub diagnostics: Vec<Diagnostic>,
}

/// Compile every chapter of a guide into one [`CompiledGuide`]; `progress`
/// is told each chapter's path as it is compiled. See [`compile_guide_each`].
pub fn compile_guide(
    config: &GuideConfig,
    config_path: &str,
    default_id: &str,
    files: Vec<SourceFile>,
    resolver: &dyn Resolver,
    progress: &mut dyn FnMut(&str),
) -> CompiledGuide {
    let mut chapters = Vec::new();
    let summary = compile_guide_each(
        config,
        config_path,
        default_id,
        files,
        resolver,
        &mut |path, bundle| {
            progress(path);
            chapters.push(bundle);
        },
    );
    CompiledGuide {
        info: summary.info,
        chapters,
        diagnostics: summary.diagnostics,
    }
}

struct Chapter {
    file: SourceFile,
    frontmatter: Frontmatter,
    body_start: usize,
    permalink: String,
}

/// Compile every chapter of a guide, handing each bundle to `each` with its
/// file's path as soon as it is compiled, in reading order, so a build
/// need not hold every bundle at once. `config_path` is where `guide.toml`
/// is (for diagnostics); `default_id` is used when it names no id.
pub fn compile_guide_each(
    config: &GuideConfig,
    config_path: &str,
    default_id: &str,
    files: Vec<SourceFile>,
    resolver: &dyn Resolver,
    each: &mut dyn FnMut(&str, ChapterBundle),
) -> GuideSummary {
    let mut diagnostics = Vec::new();
    let mut chapters: Vec<Chapter> = files
        .into_iter()
        .map(|file| {
            let split = frontmatter::split(&file.path, &file.text, &mut diagnostics);
            let permalink = split
                .frontmatter
                .permalink
                .as_deref()
                .map(|p| p.trim().trim_matches('/').to_string())
                .filter(|p| !p.is_empty())
                .unwrap_or_else(|| default_permalink(&file.name));
            Chapter {
                file,
                frontmatter: split.frontmatter,
                body_start: split.body_start,
                permalink,
            }
        })
        .collect();
    chapters.sort_by(|a, b| a.file.name.cmp(&b.file.name));
    let chapters = match &config.chapters {
        Some(list) => order_by_list(chapters, list, config_path, &mut diagnostics),
        None => order_by_chain(chapters),
    };
    check_permalinks(&chapters, &mut diagnostics);
    let mut links = LinkIndex::default();
    for chapter in &chapters {
        links.add(&chapter.file.path, &chapter.permalink);
    }
    let guide_id = config.id.clone().unwrap_or_else(|| slugify(default_id));
    let mut first_title = None;
    for chapter in &chapters {
        let bundle = compile_one(chapter, &guide_id, &links, resolver, &mut diagnostics);
        first_title.get_or_insert_with(|| bundle.title.clone());
        each(&chapter.file.path, bundle);
    }
    let title = config
        .title
        .clone()
        .or(first_title)
        .unwrap_or_else(|| guide_id.clone());
    super::tidy(&mut diagnostics);
    GuideSummary {
        info: GuideInfo {
            id: guide_id,
            title,
        },
        chapters: chapters.len(),
        diagnostics,
    }
}

fn compile_one(
    chapter: &Chapter,
    guide_id: &str,
    links: &LinkIndex,
    resolver: &dyn Resolver,
    diagnostics: &mut Vec<Diagnostic>,
) -> ChapterBundle {
    let file = &chapter.file;
    let mut compiler = Compiler::new(resolver, links);
    let unit = Unit {
        file: &file.path,
        text: &file.text,
    };
    let body = MappedText::new(&file.text[chapter.body_start..], chapter.body_start);
    let blocks = compiler.markdown(&unit, &body);
    let fm = &chapter.frontmatter;
    let objectives = if fm.objectives.is_empty() {
        outline::objectives_from_alert(&blocks)
    } else {
        fm.objectives.clone()
    };
    let placed = placed_quizzes(&blocks, std::mem::take(&mut compiler.quiz_places));
    check_quiz_objectives(&objectives, &placed, &mut compiler.diagnostics);
    for (key, url) in [("previousurl", &fm.previousurl), ("nexturl", &fm.nexturl)] {
        if let Some(url) = url
            .as_deref()
            .filter(|u| links.chapter_for_permalink(u).is_none())
        {
            let at = file.text.find(&format!("{key}:")).unwrap_or(0);
            let message = format!("{key} \"{url}\" points outside the guide");
            compiler.diagnostics.push(Diagnostic::warning(
                &file.path,
                Position::of_offset(&file.text, at),
                message,
            ));
        }
    }
    diagnostics.append(&mut compiler.diagnostics);
    let title = fm.title.clone().unwrap_or_else(|| {
        outline::headings(&blocks)
            .into_iter()
            .next()
            .map_or_else(|| chapter.permalink.clone(), |h| h.text)
    });
    ChapterBundle {
        version: FORMAT_VERSION,
        guide_id: guide_id.to_string(),
        permalink: chapter.permalink.clone(),
        title,
        subtitle: fm.subtitle.clone(),
        description: fm.description.clone(),
        objectives,
        headings: outline::headings(&blocks),
        meta: fm.meta.clone(),
        blocks,
    }
}

/// `01-webops.md` -> `webops`.
fn default_permalink(name: &str) -> String {
    let stem = name.rsplit('/').next().unwrap_or(name);
    let stem = stem.rsplit_once('.').map_or(stem, |(s, _)| s);
    let trimmed = stem.trim_start_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '_');
    slugify(if trimmed.is_empty() { stem } else { trimmed })
}

fn order_by_list(
    chapters: Vec<Chapter>,
    list: &[String],
    config_path: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Chapter> {
    let mut by_name: BTreeMap<String, Chapter> = chapters
        .into_iter()
        .map(|c| (c.file.name.clone(), c))
        .collect();
    let mut ordered = Vec::new();
    for name in list {
        match by_name.remove(name.trim_start_matches("./")) {
            Some(chapter) => ordered.push(chapter),
            None => diagnostics.push(Diagnostic::error(
                config_path,
                Position::START,
                format!("chapter \"{name}\" listed in `chapters` does not exist"),
            )),
        }
    }
    for name in by_name.keys() {
        diagnostics.push(Diagnostic::warning(
            config_path,
            Position::START,
            format!("\"{name}\" is not listed in `chapters`, so it is left out of the guide"),
        ));
    }
    ordered
}

/// Follow the chain from each chapter no other chapter leads to. A chapter's
/// next is its `nexturl`, or else the chapter whose `previousurl` names it.
fn order_by_chain(chapters: Vec<Chapter>) -> Vec<Chapter> {
    let by_permalink: HashMap<String, usize> = chapters
        .iter()
        .enumerate()
        .map(|(i, c)| (normalize_permalink(&c.permalink), i))
        .collect();
    let find = |url: &Option<String>| {
        url.as_deref()
            .and_then(|u| by_permalink.get(&normalize_permalink(u)).copied())
    };
    let mut next: Vec<Option<usize>> = chapters
        .iter()
        .map(|c| find(&c.frontmatter.nexturl))
        .collect();
    for (i, chapter) in chapters.iter().enumerate() {
        if let Some(previous) = find(&chapter.frontmatter.previousurl).filter(|p| *p != i) {
            next[previous].get_or_insert(i);
        }
    }
    let next_of = |i: usize| next[i];
    let has_previous: HashSet<usize> = (0..chapters.len()).filter_map(next_of).collect();
    let mut order = Vec::new();
    let mut placed = vec![false; chapters.len()];
    let starts: Vec<usize> = (0..chapters.len())
        .filter(|i| !has_previous.contains(i))
        .collect();
    for start in starts.into_iter().chain(0..chapters.len()) {
        let mut at = Some(start);
        while let Some(i) = at.filter(|i| !placed[*i]) {
            placed[i] = true;
            order.push(i);
            at = next_of(i);
        }
    }
    let mut slots: Vec<Option<Chapter>> = chapters.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}

fn check_permalinks(chapters: &[Chapter], diagnostics: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<String, &str> = HashMap::new();
    for chapter in chapters {
        if let Some(first) =
            seen.insert(normalize_permalink(&chapter.permalink), &chapter.file.path)
        {
            let at = chapter.file.text.find("permalink:").unwrap_or(0);
            diagnostics.push(Diagnostic::error(
                &chapter.file.path,
                Position::of_offset(&chapter.file.text, at),
                format!(
                    "permalink \"{}\" is already used by {first}",
                    chapter.permalink
                ),
            ));
        }
    }
}

/// The quizzes the chapter shows, in reading order, each with its own tag's
/// place: of those compiled, the ones still in `blocks` (a quiz left out,
/// in a table cell or a dropped element, is not placed), told apart by
/// identity, not id (one quiz file may be placed twice).
fn placed_quizzes(blocks: &[Block], mut compiled: Vec<QuizPlace>) -> Vec<QuizPlace> {
    let mut placed = Vec::new();
    for_each_quiz(blocks, &mut |quiz| {
        if let Some(i) = compiled.iter().position(|p| Arc::ptr_eq(&p.quiz, quiz)) {
            placed.push(compiled.swap_remove(i));
        }
    });
    placed
}

/// Every objective a question names must be one of the chapter's.
fn check_quiz_objectives(
    objectives: &[crate::bundle::Objective],
    placed: &[QuizPlace],
    diagnostics: &mut Vec<Diagnostic>,
) {
    let known: HashSet<&str> = objectives.iter().map(|o| o.id.as_str()).collect();
    for QuizPlace { quiz, file, at } in placed {
        for question in &quiz.questions {
            for objective in question
                .objectives
                .iter()
                .filter(|o| !known.contains(o.as_str()))
            {
                let message = format!(
                    "question \"{}\" names objective \"{objective}\", which is not one of the chapter's objectives",
                    question.id
                );
                diagnostics.push(Diagnostic::warning(file, *at, message));
            }
        }
    }
}

fn for_each_quiz(blocks: &[Block], f: &mut dyn FnMut(&Arc<crate::quiz::Quiz>)) {
    crate::document::walk(blocks, &mut |block| {
        if let Block::Quiz(quiz) = block {
            f(quiz);
        }
    });
}
