//! The guide as the open page holds it: its manifest (loading, failed or
//! in), replaced by a newer build's when the guide is redeployed under the
//! page (see `redeploy`), the chapters such an update took out, and whether
//! the note about the update is still shown. A reducer, so that two
//! chapters finding the same new build at once switch to it once.

use std::rc::Rc;

use primer_core::bundle::Manifest;
use yew::prelude::*;

use crate::loader::LoadError;

/// The manifest: `None` while it loads.
pub type LoadedManifest = Option<Result<Rc<Manifest>, LoadError>>;

#[derive(Debug, Default, PartialEq)]
pub struct OpenGuide {
    pub manifest: LoadedManifest,
    /// Permalinks of chapters an earlier build had and this one has not.
    pub removed: Vec<String>,
    /// The guide was updated while open and the learner has not dismissed
    /// the note saying so.
    pub updated: bool,
}

#[derive(Debug, Clone)]
pub enum GuideAction {
    /// The manifest is being fetched (again).
    Loading,
    Loaded(Result<Rc<Manifest>, LoadError>),
    /// A newer build of the same guide was found on the server.
    Rebuilt(Rc<Manifest>),
    /// The learner closed the note about the update.
    Dismiss,
}

impl OpenGuide {
    /// Whether `permalink` was a chapter of an earlier build that the
    /// current one no longer has.
    pub fn was_removed(&self, permalink: &str) -> bool {
        self.removed.iter().any(|p| p == permalink)
    }
}

impl Reducible for OpenGuide {
    type Action = GuideAction;

    fn reduce(self: Rc<Self>, action: GuideAction) -> Rc<Self> {
        let (manifest, removed, updated) = match action {
            GuideAction::Loading => (None, self.removed.clone(), self.updated),
            GuideAction::Loaded(loaded) => (Some(loaded), self.removed.clone(), self.updated),
            GuideAction::Rebuilt(fresh) => {
                let Some(Ok(current)) = &self.manifest else {
                    return self;
                };
                if **current == *fresh {
                    return self;
                }
                let has = |p: &String| fresh.chapters.iter().any(|c| c.permalink == *p);
                let mut removed: Vec<String> =
                    self.removed.iter().filter(|p| !has(p)).cloned().collect();
                for chapter in &current.chapters {
                    if !has(&chapter.permalink) && !removed.contains(&chapter.permalink) {
                        removed.push(chapter.permalink.clone());
                    }
                }
                (Some(Ok(fresh)), removed, true)
            }
            GuideAction::Dismiss => (self.manifest.clone(), self.removed.clone(), false),
        };
        Rc::new(OpenGuide {
            manifest,
            removed,
            updated,
        })
    }
}

#[cfg(test)]
mod tests {
    use primer_core::bundle::{ChapterEntry, GuideInfo, FORMAT_VERSION};

    use super::*;

    fn manifest(chapters: &[&str], build: u32) -> Rc<Manifest> {
        let chapter = |permalink: &&str| ChapterEntry {
            title: permalink.to_uppercase(),
            subtitle: None,
            permalink: permalink.to_string(),
            objectives: Vec::new(),
            bundle: format!("chapters/{permalink}.{build}.json"),
            size: 1,
            hash: build.to_string(),
            quizzes: Vec::new(),
        };
        Rc::new(Manifest {
            version: FORMAT_VERSION,
            guide: GuideInfo {
                id: "g".into(),
                title: "Guide".into(),
            },
            chapters: chapters.iter().map(chapter).collect(),
            search: None,
        })
    }

    fn after(actions: Vec<GuideAction>) -> Rc<OpenGuide> {
        actions
            .into_iter()
            .fold(Rc::new(OpenGuide::default()), |state, action| {
                state.reduce(action)
            })
    }

    #[test]
    fn a_new_build_replaces_the_manifest_and_remembers_what_it_removed() {
        let v1 = manifest(&["a", "b", "c"], 1);
        let v2 = manifest(&["a", "c", "d"], 2);
        let state = after(vec![
            GuideAction::Loading,
            GuideAction::Loaded(Ok(v1)),
            GuideAction::Rebuilt(v2.clone()),
        ]);
        assert_eq!(state.manifest, Some(Ok(v2.clone())));
        assert_eq!(state.removed, ["b"]);
        assert!(state.was_removed("b") && !state.was_removed("a"));
        assert!(state.updated);
        // A third build brings "b" back and removes "c".
        let v3 = manifest(&["a", "b", "d"], 3);
        let state = state.reduce(GuideAction::Rebuilt(v3));
        assert_eq!(state.removed, ["c"]);
        let state = state.reduce(GuideAction::Dismiss);
        assert!(!state.updated);
        assert_eq!(state.removed, ["c"]);
    }

    #[test]
    fn the_same_build_twice_or_before_the_manifest_is_in_changes_nothing() {
        let v1 = manifest(&["a", "b"], 1);
        let v2 = manifest(&["a"], 2);
        let state = after(vec![
            GuideAction::Loaded(Ok(v1)),
            GuideAction::Rebuilt(v2.clone()),
        ]);
        let again = state.clone().reduce(GuideAction::Rebuilt(v2.clone()));
        assert!(Rc::ptr_eq(&state, &again));
        let loading = after(vec![GuideAction::Loading, GuideAction::Rebuilt(v2)]);
        assert_eq!(*loading, OpenGuide::default());
    }
}
