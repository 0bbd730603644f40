//! Fixture guides under `tests/fixtures/compile/<case>/`: each `guide/` is
//! checked (`expected.diagnostics`, JSON lines) and, when it has no errors,
//! built (`expected.tree.json`: per chapter its permalink, meta and blocks).
//!
//! `PRIMER_BLESS=1` rewrites the expected files; read them before keeping
//! them. A case with a `KNOWN_BUG` file is skipped and named in the output.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use primer_core::document::Block;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// What a fixture's tree keeps of a chapter bundle (blocks in the typed
/// tree's own field order, so each node starts with its `t`).
#[derive(Serialize, Deserialize)]
struct Chapter {
    permalink: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    meta: Option<Value>,
    blocks: Vec<Block>,
}

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/compile")
}

/// Run primer in the case folder: exit code and stdout.
fn primer(case: &Path, args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_primer"))
        .args(args)
        .current_dir(case)
        .output()
        .expect("running primer");
    let code = output.status.code().unwrap_or(-1);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_ne!(code, 2, "{}: primer {args:?}: {stderr}", case.display());
    (code, String::from_utf8(output.stdout).expect("UTF-8"))
}

/// Per chapter in manifest order: permalink, meta (when any) and blocks.
fn tree(case: &Path) -> String {
    let out = tempfile::tempdir().expect("a temp dir");
    let out_arg = out.path().to_str().expect("UTF-8 temp path");
    let args = ["build", "guide", "--out", out_arg, "--format", "json"];
    let (code, _) = primer(case, &args);
    assert_eq!(code, 0, "{}: build failed", case.display());
    let read = |rel: &str| fs::read_to_string(out.path().join(rel)).expect("build output");
    let manifest: Value = serde_json::from_str(&read("manifest.json")).expect("a manifest");
    let mut chapters = Vec::new();
    for entry in manifest["chapters"].as_array().expect("chapters") {
        let bundle = read(entry["bundle"].as_str().expect("bundle name"));
        let chapter: Chapter = serde_json::from_str(&bundle).expect("a chapter bundle");
        chapters.push(chapter);
    }
    serde_json::to_string_pretty(&chapters).expect("JSON") + "\n"
}

/// A line diff (longest common subsequence): `-` expected, `+` actual.
fn diff(expected: &str, actual: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            (i, j) = (i + 1, j + 1);
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out += &format!("  -{:>4} {}\n", i + 1, a[i]);
            i += 1;
        } else {
            out += &format!("  +{:>4} {}\n", j + 1, b[j]);
            j += 1;
        }
    }
    out
}

/// Compare `actual` with the expected file (or rewrite it when blessing).
fn compare(case: &str, file: &Path, actual: &str, bless: bool, failures: &mut Vec<String>) {
    if bless {
        fs::write(file, actual).expect("writing an expected file");
        return;
    }
    let expected = fs::read_to_string(file).unwrap_or_default();
    if expected != actual {
        let name = file.file_name().unwrap().to_string_lossy();
        eprintln!(
            "--- {case}: {name} differs (- expected, + actual)\n{}",
            diff(&expected, actual)
        );
        failures.push(format!("{case}: {name}"));
    }
}

#[test]
fn compile_fixtures() {
    let bless = std::env::var("PRIMER_BLESS").is_ok_and(|v| v == "1");
    let mut cases: Vec<PathBuf> = fs::read_dir(cases_dir())
        .expect("tests/fixtures/compile")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.join("guide").is_dir())
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "no fixture cases found");
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        if case.join("KNOWN_BUG").exists() {
            let why = fs::read_to_string(case.join("KNOWN_BUG")).unwrap_or_default();
            // Straight to stderr, past the test harness's capture.
            let line = format!("known bug, not compared: {name}: {}\n", why.trim());
            std::io::stderr().write_all(line.as_bytes()).unwrap();
            continue;
        }
        let (code, diagnostics) = primer(case, &["check", "guide", "--format", "json"]);
        let has_error = diagnostics.lines().any(|line| {
            let value: Value = serde_json::from_str(line).expect("a JSON diagnostic");
            value["severity"] == "error"
        });
        if code != i32::from(has_error) {
            failures.push(format!("{name}: exit code {code}, errors: {has_error}"));
        }
        let expected = case.join("expected.diagnostics");
        compare(&name, &expected, &diagnostics, bless, &mut failures);
        let tree_file = case.join("expected.tree.json");
        if has_error {
            if bless {
                let _ = fs::remove_file(&tree_file);
            } else if tree_file.exists() {
                failures.push(format!("{name}: has errors but an expected.tree.json"));
            }
        } else {
            compare(&name, &tree_file, &tree(case), bless, &mut failures);
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixture failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
