//! `precache.json`: every file the offline reader needs, with its size and
//! SHA-256, and the build version derived from them. The service worker
//! downloads exactly this list on install, checks each file's hash, and
//! names its cache after the version.

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::disk::hex;

/// The list's file name.
pub const FILE: &str = "precache.json";

/// How many hex digits of the list's digest make the version.
const VERSION_LEN: usize = 16;

/// One file of the site.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct CachedFile {
    /// Relative to the site's folder (and the service worker's).
    pub url: String,
    pub size: u64,
    pub sha256: String,
    /// The name carries a content hash: its bytes never change, so a copy
    /// cached by an earlier version may be reused.
    pub immutable: bool,
}

impl CachedFile {
    pub fn of(url: &str, bytes: &[u8], immutable: bool) -> CachedFile {
        CachedFile {
            url: url.to_string(),
            size: bytes.len() as u64,
            sha256: hex(&Sha256::digest(bytes)),
            immutable,
        }
    }
}

/// The list and its version.
#[derive(Debug, Serialize)]
pub struct Precache {
    pub version: String,
    pub files: Vec<CachedFile>,
}

impl Precache {
    /// Sorted by URL; the version is a digest of every URL and hash, so
    /// any change to any file gives a new version.
    pub fn new(mut files: Vec<CachedFile>) -> Precache {
        files.sort();
        files.dedup_by(|a, b| a.url == b.url);
        let mut digest = Sha256::new();
        for file in &files {
            digest.update(file.url.as_bytes());
            digest.update(b" ");
            digest.update(file.sha256.as_bytes());
            digest.update(b"\n");
        }
        let version = hex(&digest.finalize())[..VERSION_LEN].to_string();
        Precache { version, files }
    }

    pub fn to_json(&self) -> Vec<u8> {
        let mut json = serde_json::to_vec_pretty(self).unwrap_or_default();
        json.push(b'\n');
        json
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_follows_every_file() {
        let a = CachedFile::of("index.html", b"<html>", false);
        let b = CachedFile::of("chapters/x.1.json", b"{}", true);
        let one = Precache::new(vec![a.clone(), b.clone()]);
        let same = Precache::new(vec![b.clone(), a.clone()]);
        assert_eq!(one.version, same.version, "order does not matter");
        assert_eq!(one.files[0].url, "chapters/x.1.json", "sorted");
        let changed = Precache::new(vec![a, CachedFile::of("chapters/x.1.json", b"{ }", true)]);
        assert_ne!(one.version, changed.version);
        assert_eq!(one.version.len(), 16);
    }
}
