//! [`Decode`](super::Decode) for the manifest and chapter bundles.

use super::Placeholder;
use crate::bundle::{
    ChapterBundle, ChapterEntry, GuideInfo, HeadingEntry, Manifest, Objective, QuestionSummary,
    QuizSummary,
};

impl Placeholder for GuideInfo {
    fn placeholder() -> Self {
        GuideInfo {
            id: String::new(),
            title: String::new(),
        }
    }
}

decode_struct!(Manifest {
    version: required,
    guide: required,
    chapters: required,
    search: optional
});

decode_struct!(GuideInfo {
    id: required,
    title: required
});

decode_struct!(ChapterEntry {
    title: required,
    subtitle: optional,
    permalink: required,
    objectives: or_default,
    bundle: required,
    size: required,
    hash: required,
    quizzes: or_default,
});

decode_struct!(QuizSummary {
    id: required,
    questions: required
});

decode_struct!(QuestionSummary {
    id: required,
    fingerprint: required,
    objectives: or_default
});

decode_struct!(Objective {
    id: required,
    text: required
});

decode_struct!(HeadingEntry {
    level: required,
    id: required,
    text: required
});

// The reader never reads `meta` (frontmatter kept as written): it stays empty.
decode_struct!(ChapterBundle {
    version: required,
    guide_id: required,
    permalink: required,
    title: required,
    subtitle: optional,
    description: optional,
    objectives: or_default,
    headings: or_default,
    meta: skip,
    blocks: required,
});
