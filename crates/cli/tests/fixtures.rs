//! Fixture guides under `tests/fixtures/compile/<case>/`: each `guide/` is
//! checked (`expected.diagnostics`, JSON lines) and, when it has no errors,
//! built (`expected.tree.json`: per chapter its permalink, meta and blocks).
//!
//! `PRIMER_BLESS=1` rewrites the expected files; read them before keeping
//! them. A case with a `KNOWN_BUG` file is skipped and named in the output.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{json, Value};

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/compile")
}

fn primer(case: &Path, args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_primer"))
        .args(args)
        .current_dir(case)
        .output()
        .expect("running primer");
    let code = output.status.code().unwrap_or(-1);
    if code == 2 {
        panic!(
            "{}: primer {args:?} failed: {}",
            case.display(),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    (
        code,
        String::from_utf8(output.stdout).expect("UTF-8 output"),
    )
}

/// Per chapter in manifest order: permalink, meta (when any) and blocks.
fn tree(case: &Path) -> String {
    let out = tempfile::tempdir().expect("a temp dir");
    let out_arg = out.path().to_str().expect("UTF-8 temp path");
    let (code, _) = primer(
        case,
        &["build", "guide", "--out", out_arg, "--format", "json"],
    );
    assert_eq!(code, 0, "{}: build failed", case.display());
    let read = |rel: &str| -> Value {
        let text = fs::read_to_string(out.path().join(rel)).expect("build output");
        serde_json::from_str(&text).expect("JSON output")
    };
    let manifest = read("manifest.json");
    let mut chapters = Vec::new();
    for entry in manifest["chapters"].as_array().expect("chapters") {
        let bundle = read(entry["bundle"].as_str().expect("bundle name"));
        let mut chapter = json!({ "permalink": bundle["permalink"] });
        if let Some(meta) = bundle.get("meta") {
            chapter["meta"] = meta.clone();
        }
        chapter["blocks"] = bundle["blocks"].clone();
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
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            out += &format!("  +{:>4} {}\n", j + 1, b[j]);
            j += 1;
        } else {
            out += &format!("  -{:>4} {}\n", i + 1, a[i]);
            i += 1;
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
            eprintln!("known bug, not compared: {name}: {}", why.trim());
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
        compare(
            &name,
            &case.join("expected.diagnostics"),
            &diagnostics,
            bless,
            &mut failures,
        );
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
