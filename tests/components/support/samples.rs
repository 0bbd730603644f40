//! Sample content to render: text, paragraphs, raw HTML elements as a
//! bundle carries them, and a three-chapter guide manifest.

use primer_core::bundle::{ChapterEntry, GuideInfo, Manifest, FORMAT_VERSION};
use primer_core::document::{Block, Element as RawElement, Inline};

pub fn text(text: &str) -> Inline {
    Inline::text(text)
}

pub fn para(words: &str) -> Block {
    Block::Paragraph {
        content: vec![text(words)],
    }
}

/// A raw HTML element as a (possibly tampered) bundle carries it.
pub fn raw(tag: &str, attrs: &[(&str, &str)], children: Vec<Inline>) -> RawElement {
    RawElement {
        tag: tag.to_string(),
        attrs: attrs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        children,
    }
}

/// A guide's chapter entry; the bundle name follows the permalink.
pub fn chapter(title: &str, subtitle: Option<&str>, permalink: &str) -> ChapterEntry {
    ChapterEntry {
        title: title.into(),
        subtitle: subtitle.map(String::from),
        permalink: permalink.into(),
        objectives: vec![],
        bundle: format!("{}.json", permalink.replace('/', "-")),
        size: 1,
        hash: "0".into(),
        quizzes: vec![],
    }
}

/// Three chapters: intro, caching ([`PERMALINK`](super::PERMALINK)) and
/// invalidation; the first and last have subtitles.
pub fn manifest() -> Manifest {
    Manifest {
        version: FORMAT_VERSION,
        guide: GuideInfo {
            id: "study-guide".into(),
            title: "Study guide".into(),
        },
        chapters: vec![
            chapter("Chapter 1", Some("Introduction"), "study-guide/intro"),
            chapter("Caching", None, "study-guide/caching"),
            chapter(
                "Chapter 3",
                Some("Invalidation"),
                "study-guide/invalidation",
            ),
        ],
        search: None,
    }
}
