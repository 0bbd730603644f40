//! `<primer-quiz>`: one quiz of a guide, alone, inside an element on another
//! site's page (the mdbook-quiz use case). The manifest says which chapter
//! holds the quiz; that chapter's bundle has it. Answers are kept with the
//! rest of the guide's progress, as if given in the stand-alone guide.

use std::sync::Arc;

use primer_core::bundle::{ChapterEntry, Manifest};
use primer_core::document::{walk, Block};
use primer_core::quiz::Quiz as QuizFile;
use yew::prelude::*;

use crate::components::load_error::{load_error, load_failure};
use crate::components::progress_provider::ProgressProvider;
use crate::components::quiz::{section::Quiz, QuizRef};
use crate::components::skeleton::skeleton;
use crate::hooks::use_count;
use crate::links::{Links, Routing};
use crate::loader::{self, LoadError};
use crate::redeploy::{self, Rebuilt};
use crate::shell::folder_of;

#[derive(Properties, PartialEq)]
pub struct QuizEmbedProps {
    pub manifest_url: String,
    /// The quiz id: its `<Quiz id="...">`, else its file name without `.toml`.
    pub quiz: String,
}

/// Why the quiz cannot be shown.
#[derive(Debug, Clone, PartialEq)]
pub enum QuizProblem {
    Load(LoadError),
    /// No chapter of the guide lists the quiz; `known` are the ids it has.
    NotInGuide {
        quiz: String,
        known: Vec<String>,
    },
}

impl std::fmt::Display for QuizProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            QuizProblem::Load(error) => error.fmt(f),
            QuizProblem::NotInGuide { quiz, known } if known.is_empty() => {
                write!(f, "This guide has no quiz “{quiz}”: it has no quizzes.")
            }
            QuizProblem::NotInGuide { quiz, known } => write!(
                f,
                "This guide has no quiz “{quiz}”. Its quizzes are: {}.",
                known.join(", ")
            ),
        }
    }
}

/// The chapter whose manifest entry lists quiz `id`.
pub fn chapter_with<'m>(manifest: &'m Manifest, id: &str) -> Result<&'m ChapterEntry, QuizProblem> {
    let listed = |c: &&ChapterEntry| c.quizzes.iter().any(|q| q.id == id);
    manifest
        .chapters
        .iter()
        .find(listed)
        .ok_or_else(|| QuizProblem::NotInGuide {
            quiz: id.to_string(),
            known: manifest
                .chapters
                .iter()
                .flat_map(|c| c.quizzes.iter().map(|q| q.id.clone()))
                .collect(),
        })
}

/// Quiz `id` wherever it sits in a chapter (in a tab, an alert...).
pub fn quiz_in(blocks: &[Block], id: &str) -> Option<Arc<QuizFile>> {
    let mut found = None;
    walk(blocks, &mut |block| match block {
        Block::Quiz(quiz) if found.is_none() && quiz.id == id => found = Some(quiz.clone()),
        _ => {}
    });
    found
}

/// A quiz ready to show: whose progress it is part of, and where it lives.
#[derive(Clone)]
struct Found {
    guide_id: String,
    permalink: String,
    quiz: QuizRef,
}

/// Quiz `id` of the guide at `manifest_url`. A chapter file that is gone
/// (404, or unreachable) may mean the guide was redeployed since the
/// manifest was cached: `redeploy::check` fetches it again past the HTTP
/// cache, and the quiz is looked up in the newer build it finds.
async fn find(links: &Links, manifest_url: &str, id: &str) -> Result<Found, QuizProblem> {
    let manifest = loader::manifest(manifest_url)
        .await
        .map_err(QuizProblem::Load)?;
    match find_in(links, &manifest, id).await {
        Err(QuizProblem::Load(error @ (LoadError::NotFound | LoadError::Network(_)))) => {
            match redeploy::check(manifest_url, &manifest).await {
                Rebuilt::Yes(fresh) => find_in(links, &fresh, id).await,
                Rebuilt::NeedsReload(reason) => Err(QuizProblem::Load(reason)),
                Rebuilt::No => Err(QuizProblem::Load(error)),
            }
        }
        other => other,
    }
}

/// Quiz `id` as `manifest`'s build has it.
async fn find_in(links: &Links, manifest: &Manifest, id: &str) -> Result<Found, QuizProblem> {
    let entry = chapter_with(manifest, id)?;
    let bundle = loader::chapter(&links.content(&entry.bundle))
        .await
        .map_err(QuizProblem::Load)?;
    // Listed in the manifest but not in the bundle: files of two builds.
    let quiz = quiz_in(&bundle.blocks, id).ok_or(QuizProblem::Load(LoadError::Damaged))?;
    Ok(Found {
        permalink: entry.permalink.clone(),
        guide_id: manifest.guide.id.clone(),
        quiz: QuizRef(quiz),
    })
}

#[function_component]
pub fn QuizEmbed(props: &QuizEmbedProps) -> Html {
    // Links in a quiz lead to the stand-alone guide.
    let links = Links {
        routing: Routing::Memory,
        content_base: folder_of(&props.manifest_url),
    };
    let found = use_state(|| None::<Result<Found, QuizProblem>>);
    let attempt = use_count(0);
    {
        let found = found.clone();
        let links = links.clone();
        let (url, id) = (props.manifest_url.clone(), props.quiz.clone());
        use_effect_with((url, id, *attempt), move |(url, id, _)| {
            let (url, id) = (url.clone(), id.clone());
            found.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                found.set(Some(find(&links, &url, &id).await));
            });
        });
    }
    let body = match &*found {
        None => skeleton(),
        Some(Err(problem)) => {
            let attempt = attempt.clone();
            let title = "This quiz could not be loaded".to_string();
            let retry = Callback::from(move |_| attempt.set(*attempt + 1));
            match problem {
                QuizProblem::Load(error) => load_failure(title, error, retry),
                other => load_error(title, other.to_string(), retry),
            }
        }
        Some(Ok(found)) => html! {
            <ProgressProvider guide_id={found.guide_id.clone()}>
                <Quiz quiz={found.quiz.clone()} {links} permalink={found.permalink.clone()} />
            </ProgressProvider>
        },
    };
    // `chapter`: the quiz's Markdown looks as it does in its chapter.
    html! { <div class="primer primer-embedded primer-quiz-embed"><div class="chapter">{body}</div></div> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use primer_core::bundle::{GuideInfo, QuizSummary, FORMAT_VERSION};

    fn entry(permalink: &str, quizzes: &[&str]) -> ChapterEntry {
        ChapterEntry {
            title: permalink.into(),
            subtitle: None,
            permalink: permalink.into(),
            objectives: vec![],
            bundle: format!("chapters/{permalink}.json"),
            size: 0,
            hash: String::new(),
            quizzes: quizzes
                .iter()
                .map(|id| QuizSummary {
                    id: id.to_string(),
                    questions: vec![],
                })
                .collect(),
        }
    }

    fn quiz(id: &str) -> Block {
        Block::Quiz(std::sync::Arc::new(QuizFile {
            id: id.into(),
            file: format!("{id}.toml"),
            multipart: Default::default(),
            questions: vec![],
        }))
    }

    #[test]
    fn the_manifest_says_which_chapter_holds_a_quiz() {
        let manifest = Manifest {
            version: FORMAT_VERSION,
            guide: GuideInfo {
                id: "g".into(),
                title: "G".into(),
            },
            chapters: vec![entry("a", &[]), entry("b", &["dns", "tls"])],
            search: None,
        };
        assert_eq!(chapter_with(&manifest, "tls").unwrap().permalink, "b");
        let missing = chapter_with(&manifest, "cdn").unwrap_err();
        assert_eq!(
            missing.to_string(),
            "This guide has no quiz “cdn”. Its quizzes are: dns, tls."
        );
    }

    #[test]
    fn a_quiz_is_found_inside_other_blocks() {
        let blocks = vec![
            quiz("first"),
            Block::Alert {
                kind: primer_core::document::AlertKind::Info,
                title: None,
                icon: None,
                children: vec![quiz("nested")],
            },
        ];
        assert_eq!(
            quiz_in(&blocks, "nested").map(|q| q.file.clone()),
            Some("nested.toml".into())
        );
        assert!(quiz_in(&blocks, "none").is_none());
    }
}
