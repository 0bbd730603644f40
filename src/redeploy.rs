//! Was the guide redeployed under the open page? A deploy gives chapter
//! files new content-hashed names and removes the old ones (a static host
//! replaces the whole folder; `primer build` removes the previous build's
//! files; a service worker that updates from another tab deletes the old
//! build's cache), so a page opened before it asks for files that are gone:
//! a 404, or a network error when the service worker no longer has them and
//! the network is away. Then [`chapter`] asks [`check`]: manifest.json
//! is fetched again past the HTTP cache (a service worker answers it from
//! the build it serves, offline too), and when it is another build of the
//! same guide the shell switches to it (`open_guide`) and the chapter loads
//! from its new file. Bundles the page fetched before (the next chapter is
//! prefetched) stay as its build had them until then: nothing is asked of
//! the server while every file the page needs is at hand.
//!
//! The learner's progress is untouched: it is kept by guide id and question
//! id, never by build. A manifest of another guide id is never switched to
//! (the progress on screen belongs to the guide the page opened): only a
//! reload may show it.

use std::rc::Rc;

use primer_core::bundle::{ChapterBundle, Manifest};
use yew::Callback;

use crate::loader::{self, LoadError};

/// What a chapter file that could not be fetched turned out to mean.
#[derive(Debug, Clone, PartialEq)]
pub enum Rebuilt {
    /// manifest.json is still the build the page has (or could not be
    /// fetched either): the failure stands as it is.
    No,
    /// Another build of the same guide: its manifest.
    Yes(Rc<Manifest>),
    /// A build only a new page can read (a newer format, another guide).
    NeedsReload(LoadError),
}

/// The chapter bundle at `url` (see `loader::chapter`). When it cannot be
/// fetched (404, network), [`check`] whether the guide at `manifest_url`
/// (empty: never) was redeployed under `current`: a newer build is handed
/// to `on_rebuilt`, whose page then loads the chapter from its new file, and
/// the error is returned as it was; a build only a new page can read turns
/// the error into the one that says so.
pub async fn chapter(
    url: &str,
    manifest_url: &str,
    current: &Manifest,
    on_rebuilt: &Callback<Rc<Manifest>>,
) -> Result<Rc<ChapterBundle>, LoadError> {
    let error = match loader::chapter(url).await {
        Err(error @ (LoadError::NotFound | LoadError::Network(_))) if !manifest_url.is_empty() => {
            error
        }
        other => return other,
    };
    match check(manifest_url, current).await {
        Rebuilt::No => Err(error),
        Rebuilt::NeedsReload(reason) => Err(reason),
        Rebuilt::Yes(fresh) => {
            on_rebuilt.emit(fresh);
            Err(error)
        }
    }
}

/// Fetch `manifest_url` again and compare it with `current`, the manifest
/// the page has.
pub async fn check(manifest_url: &str, current: &Manifest) -> Rebuilt {
    compare(current, loader::fresh_manifest(manifest_url).await)
}

/// [`check`]'s verdict on the manifest fetched again.
pub fn compare(current: &Manifest, fresh: Result<Manifest, LoadError>) -> Rebuilt {
    match fresh {
        Ok(fresh) if fresh == *current => Rebuilt::No,
        Ok(fresh) if fresh.guide.id != current.guide.id => {
            Rebuilt::NeedsReload(LoadError::OtherGuide)
        }
        Ok(fresh) => Rebuilt::Yes(Rc::new(fresh)),
        Err(error) if error.needs_reload() => Rebuilt::NeedsReload(error),
        // Offline, or the manifest is damaged too: nothing to switch to.
        Err(_) => Rebuilt::No,
    }
}

#[cfg(test)]
mod tests {
    use primer_core::bundle::{ChapterEntry, GuideInfo, FORMAT_VERSION};

    use super::*;

    fn manifest(guide: &str, bundles: &[(&str, &str)]) -> Manifest {
        let chapter = |&(permalink, bundle): &(&str, &str)| ChapterEntry {
            title: permalink.to_uppercase(),
            subtitle: None,
            permalink: permalink.into(),
            objectives: Vec::new(),
            bundle: bundle.into(),
            size: 1,
            hash: bundle.into(),
            quizzes: Vec::new(),
        };
        Manifest {
            version: FORMAT_VERSION,
            guide: GuideInfo {
                id: guide.into(),
                title: "Guide".into(),
            },
            chapters: bundles.iter().map(chapter).collect(),
            search: None,
        }
    }

    #[test]
    fn verdicts() {
        let open = manifest(
            "g",
            &[("a", "chapters/a.1.json"), ("b", "chapters/b.1.json")],
        );
        let rebuilt = manifest(
            "g",
            &[("a", "chapters/a.1.json"), ("b", "chapters/b.2.json")],
        );
        let other = manifest("h", &[("a", "chapters/a.1.json")]);
        let newer = LoadError::WrongVersion(FORMAT_VERSION + 1);
        let cases = [
            (Ok(open.clone()), Rebuilt::No),
            (Ok(rebuilt.clone()), Rebuilt::Yes(Rc::new(rebuilt))),
            (Ok(other), Rebuilt::NeedsReload(LoadError::OtherGuide)),
            (Err(newer.clone()), Rebuilt::NeedsReload(newer)),
            (Err(LoadError::Network("offline".into())), Rebuilt::No),
            (Err(LoadError::NotFound), Rebuilt::No),
            (Err(LoadError::Damaged), Rebuilt::No),
            (Err(LoadError::WrongVersion(0)), Rebuilt::No),
        ];
        for (fresh, expected) in cases {
            assert_eq!(compare(&open, fresh.clone()), expected, "{fresh:?}");
        }
    }
}
