//! Embeds the reader's static shell in the `primer` binary: the repository's
//! `index.html` and every file under `www/` (icons, styles, scripts, the
//! service worker), so that `primer build` needs only the wasm-pack output
//! on disk. Writes `$OUT_DIR/shell_files.rs`: a sorted table of
//! `(path in the site, bytes)`.

use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let www = repo.join("www");
    let index = repo.join("index.html");
    println!("cargo:rerun-if-changed={}", index.display());
    println!("cargo:rerun-if-changed={}", www.display());

    let mut files = vec![("index.html".to_string(), index)];
    collect(&www, &www, &mut files);
    files.sort();

    let mut table = String::from("/// The shell: (path in the site, bytes), sorted by path.\n");
    table.push_str("pub static SHELL_FILES: &[(&str, &[u8])] = &[\n");
    for (site_path, file) in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let absolute = fs::canonicalize(file).unwrap_or_else(|_| file.clone());
        table.push_str(&format!(
            "    ({site_path:?}, include_bytes!({:?})),\n",
            absolute.to_string_lossy()
        ));
    }
    table.push_str("];\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("shell_files.rs"), table).expect("writing shell_files.rs");
}

/// Every file under `dir` (hidden ones skipped), named relative to `root`
/// with `/` separators.
fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, PathBuf)>) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if hidden {
            continue;
        }
        if path.is_dir() {
            collect(root, &path, files);
        } else if let Ok(relative) = path.strip_prefix(root) {
            let name = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            files.push((name, path));
        }
    }
}
