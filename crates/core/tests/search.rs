//! Search from a compiled guide: the index holds each chapter's sections
//! and never a quiz's answers; and no query or text makes searching panic.

#![cfg(feature = "compile")]

use primer_core::search::{find, snippet, IndexedChapter, Prepared, SearchIndex, Section};
use primer_core::{compile_guide, CompiledGuide, GuideConfig, Loaded, Resolver, SourceFile};
use proptest::prelude::*;

/// One quiz in memory: its answer and explanation must stay out of the index.
struct Memory;

const QUIZ: &str = r#"
[[questions]]
id = "q1"
type = "ShortAnswer"
prompt.prompt = "Which word?"
answer.answer = "zanzibar"
context = "Because quixotic."
"#;

impl Resolver for Memory {
    fn partial(&self, _file: &str) -> Result<Loaded, String> {
        Ok(Loaded {
            path: "partials/p.md".into(),
            text: "## From a partial\n\nPartial words here.\n".into(),
        })
    }

    fn quiz(&self, _from: &str, _file: &str) -> Result<Loaded, String> {
        Ok(Loaded {
            path: "quizzes/q.toml".into(),
            text: QUIZ.into(),
        })
    }

    fn asset(&self, _from: &str, _path: &str) -> Option<String> {
        None
    }
}

const CHAPTER: &str = "---\ntitle: Caching basics\npermalink: guide/caching\n---\n\
Opening *words* before any heading.\n\n\
## Time to live\n\n\
Each cached page expires.\n\n\
<Alert type=\"tip\" title=\"Careful\">\n\nPurge **gently**.\n\n</Alert>\n\n\
- listed item\n\n\
{{#quiz quizzes/q.toml}}\n\n\
<Partial file=\"p.md\" />\n";

/// A guide of one chapter file, compiled with the quiz and partial above.
fn guide_of(name: &str, text: String) -> CompiledGuide {
    let files = vec![SourceFile {
        name: name.into(),
        path: name.into(),
        text,
    }];
    compile_guide(
        &GuideConfig::default(),
        "guide.toml",
        "g",
        files,
        &Memory,
        &mut |_| {},
    )
}

fn compiled() -> primer_core::bundle::ChapterBundle {
    let guide = guide_of("caching.md", CHAPTER.into());
    assert!(
        guide.diagnostics.iter().all(|d| !d.is_error()),
        "{:?}",
        guide.diagnostics
    );
    guide.chapters.into_iter().next().unwrap()
}

fn index() -> IndexedChapter {
    IndexedChapter::of(&compiled())
}

#[test]
fn sections_of_a_compiled_chapter() {
    let chapter = index();
    assert_eq!(chapter.permalink, "guide/caching");
    assert_eq!(chapter.title, "Caching basics");
    let section = |id: &str, heading: &str, text: &str| Section {
        id: id.into(),
        heading: heading.into(),
        text: text.into(),
    };
    assert_eq!(
        chapter.sections,
        vec![
            section("", "", "Opening words before any heading."),
            section(
                "time-to-live",
                "Time to live",
                "Each cached page expires. Careful Purge gently. listed item"
            ),
            section("from-a-partial", "From a partial", "Partial words here."),
        ]
    );
}

#[test]
fn quiz_answers_are_not_indexed() {
    let bundle = serde_json::to_string(&compiled()).unwrap();
    assert!(bundle.contains("zanzibar"), "the quiz is in the chapter");
    let json = serde_json::to_string(&index()).unwrap();
    for secret in ["zanzibar", "quixotic", "Which word"] {
        assert!(!json.contains(secret), "{secret} in {json}");
    }
}

#[test]
fn long_sections_are_cut_at_a_word() {
    let long = format!(
        "---\ntitle: T\n---\n{}\n",
        "é word ".repeat(primer_core::SECTION_TEXT_LIMIT)
    );
    let guide = guide_of("t.md", long);
    let text = &IndexedChapter::of(&guide.chapters[0]).sections[0].text;
    assert!(text.len() <= primer_core::SECTION_TEXT_LIMIT);
    assert!(text.ends_with("word") || text.ends_with('é'), "{text:?}");
}

proptest! {
    #[test]
    fn searching_never_panics(
        query in "\\PC{0,12}|[a-zé ]{0,8}",
        texts in prop::collection::vec("\\PC{0,60}|[a-zé İß.]{0,80}", 1..5),
    ) {
        let index = SearchIndex {
            version: 1,
            chapters: texts
                .iter()
                .map(|t| IndexedChapter {
                    permalink: t.clone(),
                    title: t.chars().take(8).collect(),
                    sections: vec![Section { id: "h".into(), heading: t.clone(), text: t.clone() }],
                })
                .collect(),
        };
        let results = find(&Prepared::new(index), &query);
        prop_assert!(results.hits.len() <= results.total);
        let wanted: Vec<String> = vec![query.to_lowercase()];
        for text in &texts {
            let _ = snippet(text, &wanted);
        }
    }
}
