//! Helpers shared by the CLI's integration tests (each test file includes
//! this module and uses only some of it).
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository's root folder.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every file under `dir`, by `/`-separated relative path.
pub fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut found = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let name = path
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                found.insert(name, fs::read(&path).unwrap());
            }
        }
    }
    found
}

/// Copy a folder tree.
pub fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            fs::copy(&path, &target).unwrap();
        }
    }
}

/// A stand-in for wasm-pack's output: glue that loads the wasm the way
/// wasm-bindgen's does.
pub fn stub_reader() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("primer.js"),
        "const imports = { \"./primer_bg.js\": {} };\nexport default async function init() {\n  return fetch(new URL('primer_bg.wasm', import.meta.url));\n}\n",
    )
    .unwrap();
    fs::write(dir.path().join("primer_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
    dir
}

/// Run the `primer` binary in the repository's root, with
/// `$PRIMER_APP_DIR` set to `app_dir_env` (or unset).
pub fn primer(args: &[&str], app_dir_env: Option<&Path>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_primer"));
    command.args(args).current_dir(repo());
    command.env_remove("PRIMER_APP_DIR");
    if let Some(dir) = app_dir_env {
        command.env("PRIMER_APP_DIR", dir);
    }
    command.output().expect("the primer binary runs")
}

/// What a run printed on stderr.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
