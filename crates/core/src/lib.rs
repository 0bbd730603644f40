//! Primer's pure core: the study-guide model, the content compiler and quiz grading.
//!
//! # Design
//!
//! A guide is a folder of Markdown chapters with MDX-style components,
//! partials and quiz files. Compiling a chapter runs these passes:
//!
//! 1. `frontmatter`: split off and parse the YAML header.
//! 2. `components`: our own pass finds `<Alert>`, `<Partial/>`, `<Popover/>`...
//!    (block, self-closing and inline), parses their attributes, and swaps each
//!    for a placeholder the Markdown parser passes through untouched. Inner
//!    Markdown is compiled recursively, so it works with or without blank lines
//!    and inside list items.
//! 3. `markdown`: pulldown-cmark events become the typed [`document`] tree;
//!    placeholders become component nodes; raw HTML goes through the `html`
//!    allow-list.
//! 4. `partials` and quizzes are loaded through a [`Resolver`], so the core
//!    never touches a file system: the CLI reads the disk, tests use a map.
//! 5. `guide` orders chapters, extracts learning objectives, resolves links
//!    between chapters and checks quiz objective tags.
//!
//! Everything that can go wrong is a [`Diagnostic`] with file, line and
//! column. No input panics: the compiler returns a tree plus diagnostics.
//!
//! With the `compile` feature off, only the model ([`document`], [`quiz`],
//! [`bundle`]) and grading remain: that is what the reader app links.

pub mod bundle;
pub mod decode;
pub mod diagnostic;
pub mod document;
pub mod hash;
pub mod json;
pub mod progress;
pub mod quiz;
pub mod safety;
pub mod search;

#[cfg(feature = "compile")]
mod compile;
#[cfg(feature = "compile")]
pub use compile::*;

pub use diagnostic::{Diagnostic, Position, Severity};
