//! The files an earlier build wrote into the output folder, as its
//! `precache.json` lists them, and removing the ones a new build did not
//! write again, so a rebuild leaves no stale bundles, code or assets behind.
//!
//! Only listed files are ever removed: anything else in the folder (a
//! `CNAME`, a `.nojekyll`) stays. A listed path that is absolute, has a `.`
//! or `..` part, or passes through a symbolic link is never followed, so
//! nothing outside the folder is touched. Folders left empty are removed,
//! up to but not including the output folder.

use std::collections::BTreeSet;
use std::fs;
use std::io::ErrorKind;
use std::path::{Component, Path};

use serde::Deserialize;

use crate::site::precache;

/// The files the earlier build listed, as `/`-separated paths inside the
/// output folder.
#[derive(Debug, Default)]
pub struct PreviousBuild {
    files: Vec<String>,
}

/// What is read of the earlier list: only the files' paths.
#[derive(Deserialize)]
struct Listed {
    files: Vec<ListedFile>,
}

#[derive(Deserialize)]
struct ListedFile {
    url: String,
}

impl PreviousBuild {
    /// The files listed by `out`'s `precache.json`: none when there is no
    /// list, and none, with a warning, when it cannot be read or parsed.
    /// Paths that would lead outside `out` are left out, with a warning.
    pub fn read(out: &Path) -> PreviousBuild {
        let path = out.join(precache::FILE);
        if !out.is_dir() {
            return PreviousBuild::default();
        }
        let listed = match fs::read(&path) {
            Ok(bytes) => serde_json::from_slice::<Listed>(&bytes).map_err(|e| e.to_string()),
            Err(error) if error.kind() == ErrorKind::NotFound => return PreviousBuild::default(),
            Err(error) => Err(error.to_string()),
        };
        let listed = match listed {
            Ok(listed) => listed,
            Err(reason) => {
                eprintln!(
                    "warning: {} is not a readable list of an earlier build's files ({reason}), so no files of an earlier build are removed",
                    path.display()
                );
                return PreviousBuild::default();
            }
        };
        let mut files = Vec::new();
        let mut outside = Vec::new();
        for file in listed.files {
            match inside(&file.url) {
                Some(path) => files.push(path),
                None => outside.push(file.url),
            }
        }
        if !outside.is_empty() {
            eprintln!(
                "warning: {} lists paths outside {}, which are never removed: {}",
                path.display(),
                out.display(),
                outside.join(", ")
            );
        }
        PreviousBuild { files }
    }

    /// Remove every listed file that is not among `written` (the new
    /// build's paths, compared without regard to case, since on a
    /// case-insensitive disk they are the same file), then the folders
    /// that leaves empty. Returns how many files were removed; a file that
    /// cannot be removed is left with a warning.
    pub fn prune<'a>(&self, out: &Path, written: impl IntoIterator<Item = &'a str>) -> usize {
        let written: BTreeSet<String> = written.into_iter().map(str::to_lowercase).collect();
        let mut removed = 0;
        for file in &self.files {
            if written.contains(&file.to_lowercase()) || through_link(out, file) {
                continue;
            }
            let path = out.join(file);
            match fs::symlink_metadata(&path) {
                Ok(meta) if !meta.is_dir() => {}
                _ => continue,
            }
            match fs::remove_file(&path) {
                Ok(()) => {
                    removed += 1;
                    remove_empty_folders(out, file);
                }
                Err(error) if error.kind() == ErrorKind::NotFound => {}
                Err(error) => eprintln!(
                    "warning: could not remove {}, left by an earlier build: {error}",
                    path.display()
                ),
            }
        }
        removed
    }
}

/// `url` as a `/`-separated path inside the output folder, or `None` when
/// it is empty, absolute, or has a `.` or `..` part.
fn inside(url: &str) -> Option<String> {
    let mut parts = Vec::new();
    for component in Path::new(url).components() {
        match component {
            Component::Normal(part) => parts.push(part.to_str()?),
            _ => return None,
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

/// Whether a folder on the way to `file` (inside `out`) is a symbolic
/// link, which could lead out of the folder.
fn through_link(out: &Path, file: &str) -> bool {
    let mut folder = out.to_path_buf();
    let parts: Vec<&str> = file.split('/').collect();
    for part in &parts[..parts.len() - 1] {
        folder.push(part);
        match fs::symlink_metadata(&folder) {
            Ok(meta) if meta.file_type().is_symlink() => return true,
            Ok(_) => {}
            Err(_) => return false,
        }
    }
    false
}

/// Remove `file`'s folders inside `out` that are now empty, deepest first,
/// stopping at the first that still holds anything.
fn remove_empty_folders(out: &Path, file: &str) {
    let mut folder = Path::new(file).parent();
    while let Some(relative) = folder.filter(|f| !f.as_os_str().is_empty()) {
        if fs::remove_dir(out.join(relative)).is_err() {
            return;
        }
        folder = relative.parent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(url: &str, expected: Option<&str>) {
        assert_eq!(inside(url).as_deref(), expected, "{url}");
    }

    #[test]
    fn only_paths_inside_the_folder_are_kept() {
        case(
            "chapters/one.0123456789.json",
            Some("chapters/one.0123456789.json"),
        );
        case("index.html", Some("index.html"));
        case("assets//logo.png", Some("assets/logo.png"));
        case("../outside.txt", None);
        case("chapters/../../outside.txt", None);
        case("chapters/../index.html", None);
        case("./index.html", None);
        case("/etc/passwd", None);
        case("", None);
        case(".", None);
    }

    fn tree(files: &[&str]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for file in files {
            let path = dir.path().join(file);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, file).unwrap();
        }
        dir
    }

    fn previous(files: &[&str]) -> PreviousBuild {
        PreviousBuild {
            files: files.iter().map(|f| f.to_string()).collect(),
        }
    }

    #[test]
    fn listed_files_not_written_again_go_with_their_emptied_folders() {
        let out = tree(&["a/b/old.js", "a/new.js", "c/d/old.css", "CNAME"]);
        let removed = previous(&["a/b/old.js", "c/d/old.css", "gone.txt", "a/new.js"])
            .prune(out.path(), ["a/new.js"]);
        assert_eq!(removed, 2, "a file already gone is not counted");
        assert!(!out.path().join("a/b").exists());
        assert!(out.path().join("a/new.js").exists(), "written again");
        assert!(!out.path().join("c").exists(), "emptied up to the top");
        assert!(out.path().join("CNAME").exists(), "never listed");
        assert!(out.path().exists());
    }

    #[test]
    fn a_folder_that_still_holds_anything_stays() {
        let out = tree(&["assets/old.png", "assets/mine.txt", "chapters/x/old.json"]);
        fs::create_dir(out.path().join("chapters/x/empty")).unwrap();
        let removed = previous(&["assets/old.png", "chapters/x/old.json", "chapters/x"])
            .prune(out.path(), []);
        assert_eq!(removed, 2, "a listed folder is not removed");
        assert!(out.path().join("assets/mine.txt").exists());
        assert!(out.path().join("chapters/x/empty").is_dir());
    }

    #[test]
    fn a_file_written_again_in_another_case_stays() {
        let out = tree(&["assets/Logo.png"]);
        let removed = previous(&["assets/Logo.png"]).prune(out.path(), ["assets/logo.png"]);
        assert_eq!(removed, 0);
        assert!(out.path().join("assets/Logo.png").exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_is_never_followed() {
        let elsewhere = tree(&["kept.txt"]);
        let out = tree(&[]);
        std::os::unix::fs::symlink(elsewhere.path(), out.path().join("linked")).unwrap();
        let removed = previous(&["linked/kept.txt"]).prune(out.path(), []);
        assert_eq!(removed, 0);
        assert!(elsewhere.path().join("kept.txt").exists());
    }

    #[test]
    fn an_unreadable_list_is_no_previous_build() {
        let out = tree(&["old.js"]);
        fs::write(out.path().join(precache::FILE), "{ not json").unwrap();
        assert!(PreviousBuild::read(out.path()).files.is_empty());
        fs::write(
            out.path().join(precache::FILE),
            r#"{"files":[{"url":"old.js"},{"url":"../x"}]}"#,
        )
        .unwrap();
        assert_eq!(PreviousBuild::read(out.path()).files, ["old.js"]);
        assert!(PreviousBuild::read(&out.path().join("missing"))
            .files
            .is_empty());
    }
}
