//! The reader's static shell: the repository's `index.html` and every file
//! under `www/`, embedded in the binary at compile time (see `build.rs`),
//! and which of them keep their names.

include!(concat!(env!("OUT_DIR"), "/shell_files.rs"));

/// The page that starts the reader.
pub const PAGE: &str = "index.html";
/// The service worker: its URL must stay the same from build to build, or
/// browsers would never see a new version.
pub const WORKER: &str = "sw.js";
/// Files that keep their names because pages elsewhere link to them by a
/// stable URL: the page, the service worker, the embed loader.
const STABLE: [&str; 3] = [PAGE, WORKER, "embed.js"];

/// Whether a shell file gets a content-hashed name: scripts and styles
/// (icons and other files keep theirs).
pub fn is_fingerprinted(path: &str) -> bool {
    let code = [".js", ".mjs", ".css"]
        .iter()
        .any(|ext| path.ends_with(ext));
    code && !STABLE.contains(&path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shell_has_the_page_the_worker_and_the_icons() {
        let paths: Vec<&str> = SHELL_FILES.iter().map(|(p, _)| *p).collect();
        for needed in [PAGE, WORKER, "primer.css", "theme.js", "offline.js"] {
            assert!(paths.contains(&needed), "{needed} is embedded: {paths:?}");
        }
        for (icon, _, _) in super::super::webmanifest::ICONS {
            assert!(paths.contains(&icon), "{icon} is embedded");
        }
    }

    #[test]
    fn which_names_are_hashed() {
        assert!(is_fingerprinted("primer.css"));
        assert!(is_fingerprinted("theme.js"));
        assert!(!is_fingerprinted("sw.js"));
        assert!(!is_fingerprinted("embed.js"));
        assert!(!is_fingerprinted("index.html"));
        assert!(!is_fingerprinted("icons/icon-192.png"));
    }
}
