//! The static site around a compiled guide: the reader app, its shell
//! (page, styles, scripts, icons, service worker), the web app manifest and
//! the precache list. Pure: files in, files out; `build` writes them.
//!
//! 1. Gather the shell (embedded from `index.html` and `www/`) and the
//!    reader app (wasm-pack's output, found by `reader`).
//! 2. Give scripts, styles and the wasm content-hashed names, leaves first,
//!    rewriting references to them (`fingerprint`, `references`).
//! 3. Rewrite references in the files that keep their names, write
//!    `app.webmanifest` (`webmanifest`), and finish `index.html` (`page`):
//!    title, routing, and absolute URLs under `--base-url`.
//! 4. Once `build` has every file, `precache` lists them with their hashes;
//!    the list's digest is the build version, which goes into `sw.js`.

pub mod base_url;
mod fingerprint;
pub mod page;
pub mod precache;
pub mod reader;
mod references;
mod shell;
pub mod webmanifest;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use base_url::BaseUrl;
use reader::ReaderApp;

/// The placeholder in `www/sw.js` that the build replaces with its version.
const VERSION_MARKER: &str = "PRIMER_BUILD_VERSION";

/// A file to write into the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteFile {
    pub path: String,
    pub bytes: Vec<u8>,
    /// Named by its content (never changes under this name).
    pub immutable: bool,
}

/// The shell, the app and the web app manifest, and the service worker
/// that still needs the build version.
pub struct Site {
    pub files: Vec<SiteFile>,
    worker: Option<Vec<u8>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SiteError {
    /// Shell files that refer to each other in a cycle.
    CircularReferences(Vec<String>),
    /// The shell page lacks text the build replaces.
    PageMarkerMissing(&'static str),
    /// `sw.js` lacks the version placeholder.
    WorkerMarkerMissing,
}

impl fmt::Display for SiteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SiteError::CircularReferences(paths) => write!(
                f,
                "the shell files {} refer to each other, so none can be named by its content",
                paths.join(", ")
            ),
            SiteError::PageMarkerMissing(marker) => write!(
                f,
                "index.html no longer contains `{marker}`, which primer build replaces"
            ),
            SiteError::WorkerMarkerMissing => write!(
                f,
                "www/sw.js no longer contains `{VERSION_MARKER}`, which primer build replaces with the build version"
            ),
        }
    }
}

impl std::error::Error for SiteError {}

/// The site's files for a guide titled `title`. `content` names the
/// guide's own files the page refers to (`manifest.json`).
pub fn assemble(
    title: &str,
    reader: &ReaderApp,
    base: Option<&BaseUrl>,
    content: &[&str],
) -> Result<Site, SiteError> {
    let mut files: BTreeMap<String, Vec<u8>> = shell::SHELL_FILES
        .iter()
        .map(|(path, bytes)| (path.to_string(), bytes.to_vec()))
        .collect();
    files.insert(reader::SCRIPT.into(), reader.script.clone());
    files.insert(reader::WASM.into(), reader.wasm.clone());
    let page = files.remove(shell::PAGE).unwrap_or_default();
    let worker = files.remove(shell::WORKER);

    let to_hash: BTreeSet<String> = files
        .keys()
        .filter(|p| shell::is_fingerprinted(p) || *p == reader::SCRIPT || *p == reader::WASM)
        .cloned()
        .collect();
    let renames = fingerprint::assign(&mut files, &to_hash)?;
    let hashed: BTreeSet<&String> = renames.values().collect();
    for (path, bytes) in files.iter_mut() {
        if !hashed.contains(path) {
            *bytes = fingerprint::rewrite_bytes(path, std::mem::take(bytes), &renames);
        }
    }
    files.insert(webmanifest::FILE.into(), webmanifest::render(title));

    let mut names: BTreeMap<String, String> =
        files.keys().map(|p| (p.clone(), p.clone())).collect();
    names.extend(renames.clone());
    for path in content.iter().chain([&shell::WORKER]) {
        names.insert(path.to_string(), path.to_string());
    }
    let page = page::finish(&String::from_utf8_lossy(&page), &names, title, base)?;
    files.insert(shell::PAGE.into(), page.into_bytes());

    let files = files
        .into_iter()
        .map(|(path, bytes)| SiteFile {
            immutable: hashed.contains(&path),
            path,
            bytes,
        })
        .collect();
    Ok(Site { files, worker })
}

impl Site {
    /// `sw.js` for the build `version` (`None` when the shell has no
    /// service worker).
    pub fn worker(&self, version: &str) -> Result<Option<SiteFile>, SiteError> {
        let Some(template) = &self.worker else {
            return Ok(None);
        };
        let text = String::from_utf8_lossy(template);
        if !text.contains(VERSION_MARKER) {
            return Err(SiteError::WorkerMarkerMissing);
        }
        Ok(Some(SiteFile {
            path: shell::WORKER.into(),
            bytes: text.replace(VERSION_MARKER, version).into_bytes(),
            immutable: false,
        }))
    }
}
