//! Chapter bundles written as they are compiled, into a staging folder
//! inside the output, and moved into `chapters/` only when the whole build
//! has succeeded: a build holds one bundle at a time in memory, and a
//! failed build leaves the output folder as it was.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use primer_core::bundle::{ChapterBundle, ChapterEntry};
use sha2::{Digest, Sha256};

use crate::build::write;
use crate::disk::hex;
use crate::site::precache::CachedFile;

/// The staging folder; removed when dropped, whether or not it was committed.
pub struct Staging {
    dir: PathBuf,
    /// The output folder, when this build created it (removed again if
    /// the build fails and leaves it empty).
    created: Option<PathBuf>,
    /// Bundle paths relative to the output (`chapters/<name>.<hash>.json`).
    bundles: Vec<String>,
}

impl Staging {
    /// A fresh staging folder inside `out`.
    pub fn new(out: &Path) -> Result<Staging> {
        let created = (!out.exists()).then(|| out.to_path_buf());
        let dir = out.join(".primer-staging");
        if dir.exists() {
            // Left by a build that was killed: nothing in it is needed.
            fs::remove_dir_all(&dir).with_context(|| format!("removing {}", dir.display()))?;
        }
        fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        Ok(Staging {
            dir,
            created,
            bundles: Vec::new(),
        })
    }

    /// Serialise and write one chapter's bundle; its manifest entry and
    /// precache line.
    pub fn chapter(&mut self, chapter: &ChapterBundle) -> Result<(ChapterEntry, CachedFile)> {
        let json = serde_json::to_vec(chapter).context("serialising a chapter bundle")?;
        let hash = hex(&Sha256::digest(&json));
        let stem: String = chapter
            .permalink
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        let bundle = format!("chapters/{}.{}.json", stem.trim_matches('-'), &hash[..10]);
        write(&self.dir.join(&bundle), &json)?;
        let cached = CachedFile::of(&bundle, &json, true);
        self.bundles.push(bundle.clone());
        let entry = ChapterEntry {
            title: chapter.title.clone(),
            subtitle: chapter.subtitle.clone(),
            permalink: chapter.permalink.clone(),
            objectives: chapter.objectives.clone(),
            bundle,
            size: json.len() as u64,
            hash,
            quizzes: chapter.quizzes(),
        };
        Ok((entry, cached))
    }

    /// Move every staged bundle to its place in `out`.
    pub fn commit(self, out: &Path) -> Result<()> {
        for bundle in &self.bundles {
            let to = out.join(bundle);
            if let Some(parent) = to.parent() {
                fs::create_dir_all(parent)
                    .with_context(|| format!("creating {}", parent.display()))?;
            }
            let from = self.dir.join(bundle);
            fs::rename(&from, &to)
                .with_context(|| format!("moving {} to {}", from.display(), to.display()))?;
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
        if let Some(out) = &self.created {
            // Only if empty: a committed build has filled it.
            let _ = fs::remove_dir(out);
        }
    }
}
