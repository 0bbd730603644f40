//! What `primer build` writes and the reader loads: the guide manifest and
//! one bundle per chapter. Both are JSON; the version lets the reader refuse
//! a bundle it does not understand with a clear message.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::document::Block;

/// Bumped whenever the bundle or manifest shape changes incompatibly.
pub const FORMAT_VERSION: u32 = 1;

/// The guide's table of contents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub version: u32,
    pub guide: GuideInfo,
    pub chapters: Vec<ChapterEntry>,
    /// The search index's file name (content-hashed) next to the manifest;
    /// absent from manifests written before search existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GuideInfo {
    /// Stable id: namespaces everything stored for the learner.
    pub id: String,
    pub title: String,
}

/// One chapter in reading order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChapterEntry {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    /// The chapter's route, without leading or trailing slashes.
    pub permalink: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<Objective>,
    /// The bundle's file name (content-hashed) next to the manifest.
    pub bundle: String,
    pub size: u64,
    /// SHA-256 of the bundle, hex.
    pub hash: String,
    /// The chapter's quizzes, for the progress page (no need to load every chapter).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quizzes: Vec<QuizSummary>,
}

/// A learning objective: quiz questions refer to it by `id`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Objective {
    pub id: String,
    pub text: String,
}

/// What the progress page needs of a quiz without loading its chapter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizSummary {
    pub id: String,
    pub questions: Vec<QuestionSummary>,
}

/// One question of a [`QuizSummary`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionSummary {
    pub id: String,
    pub fingerprint: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<String>,
}

impl ChapterBundle {
    /// Summaries of every quiz in the chapter, in reading order.
    pub fn quizzes(&self) -> Vec<QuizSummary> {
        let mut quizzes = Vec::new();
        crate::document::walk(&self.blocks, &mut |block| {
            if let Block::Quiz(quiz) = block {
                quizzes.push(QuizSummary::of(quiz));
            }
        });
        quizzes
    }
}

impl QuizSummary {
    pub fn of(quiz: &crate::quiz::Quiz) -> QuizSummary {
        QuizSummary {
            id: quiz.id.clone(),
            questions: quiz
                .questions
                .iter()
                .map(|q| QuestionSummary {
                    id: q.id.clone(),
                    fingerprint: q.fingerprint.clone(),
                    objectives: q.objectives.clone(),
                })
                .collect(),
        }
    }
}

/// A heading, for the sidebar's outline of the current chapter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeadingEntry {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// One compiled chapter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChapterBundle {
    pub version: u32,
    pub guide_id: String,
    pub permalink: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<Objective>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub headings: Vec<HeadingEntry>,
    /// Every frontmatter key, kept as metadata (Jekyll fields included).
    /// The reader never reads it (it skips it, and the code to parse it).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[cfg_attr(not(feature = "compile"), serde(skip_deserializing))]
    pub meta: BTreeMap<String, Meta>,
    pub blocks: Vec<Block>,
}

/// A frontmatter value, kept as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Meta {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<Meta>),
    Map(BTreeMap<String, Meta>),
}
