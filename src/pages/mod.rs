//! Pages of the reader: a chapter, and the learner's progress.

pub mod chapter;
pub mod progress;
