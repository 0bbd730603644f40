//! Content-hashed names for the reader's code and styles
//! (`primer.js` becomes `primer.3f9a1c2b7d.js`), so that browsers and the
//! service worker may keep them forever.
//!
//! A file's name depends on its bytes, and its bytes on the names of the
//! files it refers to (`primer.js` loads `primer_bg.wasm`), so files are
//! named leaves first: a file is hashed once every file it refers to has
//! its final name.

use std::collections::{BTreeMap, BTreeSet};

use sha2::{Digest, Sha256};

use super::references;
use super::SiteError;
use crate::disk::hex;

/// The first hex digits of a SHA-256 that go into a name (as for bundles).
const NAME_HASH_LEN: usize = 10;

/// `dir/name.ext` with the hash before the extension: `dir/name.<hash>.ext`.
pub fn hashed_name(path: &str, bytes: &[u8]) -> String {
    let hash = hex(&Sha256::digest(bytes));
    let hash = &hash[..NAME_HASH_LEN];
    let (dir, file) = match path.rsplit_once('/') {
        Some((dir, file)) => (format!("{dir}/"), file),
        None => (String::new(), path),
    };
    match file.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => format!("{dir}{stem}.{hash}.{ext}"),
        _ => format!("{dir}{file}.{hash}"),
    }
}

/// Whether a file's references are rewritten (it is text the browser reads
/// URLs from).
pub fn is_text(path: &str) -> bool {
    [".html", ".js", ".mjs", ".css", ".webmanifest"]
        .iter()
        .any(|ext| path.ends_with(ext))
}

/// Give each file of `files` named in `to_hash` its content-hashed name:
/// rewrites references in the text files among them, renames them in
/// `files`, and returns the renames (old path to new path).
pub fn assign(
    files: &mut BTreeMap<String, Vec<u8>>,
    to_hash: &BTreeSet<String>,
) -> Result<BTreeMap<String, String>, SiteError> {
    let mut renames: BTreeMap<String, String> = BTreeMap::new();
    let mut pending: BTreeSet<String> = to_hash
        .iter()
        .filter(|p| files.contains_key(*p))
        .cloned()
        .collect();
    while !pending.is_empty() {
        let waiting: BTreeSet<&str> = pending.iter().map(String::as_str).collect();
        let ready: Vec<String> = pending
            .iter()
            .filter(|path| {
                let refers_to_pending = is_text(path)
                    && std::str::from_utf8(&files[*path]).is_ok_and(|text| {
                        let mut names = references::referenced(text, &waiting);
                        names.remove(path.as_str());
                        !names.is_empty()
                    });
                !refers_to_pending
            })
            .cloned()
            .collect();
        if ready.is_empty() {
            return Err(SiteError::CircularReferences(pending.into_iter().collect()));
        }
        for path in ready {
            let bytes = files.remove(&path).unwrap_or_default();
            let bytes = rewrite_bytes(&path, bytes, &renames);
            let name = hashed_name(&path, &bytes);
            files.insert(name.clone(), bytes);
            renames.insert(path.clone(), name);
            pending.remove(&path);
        }
    }
    Ok(renames)
}

/// A file's bytes with references renamed (text files only).
pub fn rewrite_bytes(path: &str, bytes: Vec<u8>, renames: &BTreeMap<String, String>) -> Vec<u8> {
    if !is_text(path) || renames.is_empty() {
        return bytes;
    }
    match String::from_utf8(bytes) {
        Ok(text) => {
            let urls: BTreeMap<&str, String> = renames
                .iter()
                .map(|(from, to)| (from.as_str(), to.clone()))
                .collect();
            references::rewrite(&text, &urls).into_bytes()
        }
        Err(error) => error.into_bytes(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        let h = &hex(&Sha256::digest(b"x"))[..NAME_HASH_LEN];
        assert_eq!(hashed_name("primer.js", b"x"), format!("primer.{h}.js"));
        assert_eq!(
            hashed_name("icons/a.b.png", b"x"),
            format!("icons/a.b.{h}.png")
        );
        assert_eq!(hashed_name("LICENSE", b"x"), format!("LICENSE.{h}"));
        assert_eq!(hashed_name(".hidden", b"x"), format!(".hidden.{h}"));
    }

    fn site(files: &[(&str, &str)]) -> BTreeMap<String, Vec<u8>> {
        files
            .iter()
            .map(|(p, t)| (p.to_string(), t.as_bytes().to_vec()))
            .collect()
    }

    #[test]
    fn leaves_are_named_first_and_referrers_see_their_names() {
        let mut files = site(&[
            (
                "primer.js",
                "init(new URL('primer_bg.wasm', import.meta.url))",
            ),
            ("primer_bg.wasm", "\0asm"),
            ("primer.css", "body {}"),
            (
                "index.html",
                r#"<link href="primer.css"><script src="./primer.js">"#,
            ),
        ]);
        let to_hash =
            BTreeSet::from(["primer.js", "primer_bg.wasm", "primer.css"].map(String::from));
        let renames = assign(&mut files, &to_hash).unwrap();
        let wasm = &renames["primer_bg.wasm"];
        let js = &renames["primer.js"];
        assert_eq!(*wasm, hashed_name("primer_bg.wasm", b"\0asm"));
        let script = String::from_utf8(files[js].clone()).unwrap();
        assert_eq!(script, format!("init(new URL('{wasm}', import.meta.url))"));
        assert_eq!(*js, hashed_name("primer.js", script.as_bytes()));
        assert!(!files.contains_key("primer.js"));
        // index.html is not hashed: assign leaves it to the caller.
        assert!(files.contains_key("index.html"));
    }

    #[test]
    fn a_changed_leaf_changes_its_referrer_name() {
        let to_hash = BTreeSet::from(["a.js", "b.css"].map(String::from));
        let mut one = site(&[("a.js", "load('b.css')"), ("b.css", "one")]);
        let mut two = site(&[("a.js", "load('b.css')"), ("b.css", "two")]);
        let first = assign(&mut one, &to_hash).unwrap();
        let second = assign(&mut two, &to_hash).unwrap();
        assert_ne!(first["a.js"], second["a.js"]);
    }

    #[test]
    fn circular_references_are_an_error() {
        let to_hash = BTreeSet::from(["a.js", "b.js"].map(String::from));
        let mut files = site(&[("a.js", "import './b.js'"), ("b.js", "import './a.js'")]);
        let error = assign(&mut files, &to_hash).unwrap_err();
        assert_eq!(
            error.to_string(),
            "the shell files a.js, b.js refer to each other, so none can be named by its content"
        );
    }

    #[test]
    fn a_file_may_name_itself() {
        let to_hash = BTreeSet::from(["a.js".to_string()]);
        let mut files = site(&[("a.js", "console.log('a.js')")]);
        assert!(assign(&mut files, &to_hash).is_ok());
    }
}
