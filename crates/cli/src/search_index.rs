//! The guide's search index, written beside the manifest under a
//! content-hashed name (compact JSON: it is fetched when a learner first
//! searches, and precached for offline use).

use std::path::Path;

use anyhow::{Context, Result};
use primer_core::bundle::FORMAT_VERSION;
use primer_core::search::{IndexedChapter, SearchIndex};
use sha2::{Digest, Sha256};

use crate::build::write;
use crate::disk::hex;
use crate::site::precache::CachedFile;

/// Write the index of `chapters` into `out`; its precache line (whose `url`
/// is the name the manifest refers to).
pub fn write_index(out: &Path, chapters: Vec<IndexedChapter>) -> Result<CachedFile> {
    let index = SearchIndex {
        version: FORMAT_VERSION,
        chapters,
    };
    let json = serde_json::to_vec(&index).context("serialising the search index")?;
    let hash = hex(&Sha256::digest(&json));
    let name = format!("search.{}.json", &hash[..10]);
    write(&out.join(&name), &json)?;
    Ok(CachedFile::of(&name, &json, true))
}

/// "search index search.0123456789.json, 12.3 KB" for the build summary.
pub fn summary(file: &CachedFile) -> String {
    format!(
        "search index: {}, {:.1} KB",
        file.url,
        file.size as f64 / 1024.0
    )
}
