//! The compiler on real pages by others (`../shared/corpus`) and on our own
//! demo guide: what the "done when" names, checked end to end
//! through the `primer` binary.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;
use support::{files, repo};

mod support;

/// The shared corpus; `None` (skip) only outside CI, where it may be absent.
fn corpus() -> Option<PathBuf> {
    let dir = repo().join("../shared/corpus");
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must have ../shared/corpus beside the repo"
    );
    eprintln!("skipped: no ../shared/corpus here");
    None
}

fn primer(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_primer"))
        .args(args)
        .current_dir(repo())
        .output()
        .expect("the primer binary runs")
}

fn json_lines(output: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

fn errors(diagnostics: &[Value]) -> Vec<&Value> {
    diagnostics
        .iter()
        .filter(|d| d["severity"] == "error")
        .collect()
}

/// Count nodes of each type in a JSON tree: enums are externally tagged, so
/// a node is a one-key object whose key is its type (`{"alert":{...}}`).
fn count_nodes(value: &Value, counts: &mut BTreeMap<String, usize>) {
    match value {
        Value::Object(map) => {
            if let (1, Some((kind, inner))) = (map.len(), map.iter().next()) {
                if inner.is_object() || inner.is_array() {
                    *counts.entry(kind.clone()).or_default() += 1;
                }
            }
            map.values().for_each(|v| count_nodes(v, counts));
        }
        Value::Array(items) => items.iter().for_each(|v| count_nodes(v, counts)),
        _ => {}
    }
}

/// Count component tags in a source file and, recursively, in the partials it includes.
fn count_tags(text: &str, partials: &Path, counts: &mut BTreeMap<String, usize>) {
    for (tag, node) in [
        ("<Alert", "alert"),
        ("<Example", "example"),
        ("<Youtube", "youtube"),
        ("<Icon", "icon"),
        ("<Partial", "partial"),
    ] {
        *counts.entry(node.to_string()).or_default() += text.matches(tag).count();
    }
    for reference in text.split("<Partial file=\"").skip(1) {
        let file = reference.split('"').next().unwrap();
        let partial = std::fs::read_to_string(partials.join(file)).expect("corpus partials exist");
        count_tags(&partial, partials, counts);
    }
}

fn build(guide: &str, partials: Option<&str>) -> (PathBuf, Value) {
    let out = tempfile::tempdir().unwrap().keep();
    let out_text = out.to_string_lossy().to_string();
    let mut args = vec!["build", guide, "--out", &out_text];
    if let Some(partials) = partials {
        args.extend(["--partials", partials]);
    }
    let output = primer(&args);
    assert!(
        output.status.success(),
        "build failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let manifest =
        serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    (out, manifest)
}

#[test]
fn pantheon_study_guide_checks_clean_and_keeps_every_component() {
    let Some(corpus) = corpus() else { return };
    let guide = corpus.join("pantheon/certification/study-guide-cms");
    let partials = corpus.join("pantheon/partials");
    let (guide_arg, partials_arg) = (guide.to_string_lossy(), partials.to_string_lossy());
    let check = primer(&[
        "check",
        &guide_arg,
        "--partials",
        &partials_arg,
        "--format",
        "json",
    ]);
    assert_eq!(check.status.code(), Some(0));
    assert!(errors(&json_lines(&check)).is_empty());

    let (out, manifest) = build(&guide_arg, Some(&partials_arg));
    let chapters = manifest["chapters"].as_array().unwrap();
    let permalinks: Vec<&str> = chapters
        .iter()
        .map(|c| c["permalink"].as_str().unwrap())
        .collect();
    // The previousurl/nexturl chain: intro, webops, platform, create.
    assert_eq!(
        permalinks,
        [
            "docs/certification/study-guide",
            "docs/certification/study-guide/webops",
            "docs/certification/study-guide/platform",
            "docs/certification/study-guide/create"
        ]
    );
    let sources = [
        "00-intro.md",
        "01-webops.md",
        "02-platform.md",
        "03-create.md",
    ];
    for (chapter, source) in chapters.iter().zip(sources) {
        let bundle: Value = serde_json::from_slice(
            &std::fs::read(out.join(chapter["bundle"].as_str().unwrap())).unwrap(),
        )
        .unwrap();
        let mut in_tree = BTreeMap::new();
        count_nodes(&bundle["blocks"], &mut in_tree);
        let mut in_source = BTreeMap::new();
        count_tags(
            &std::fs::read_to_string(guide.join(source)).unwrap(),
            &partials,
            &mut in_source,
        );
        for (node, expected) in &in_source {
            assert_eq!(
                in_tree.get(node).copied().unwrap_or(0),
                *expected,
                "{node} in {source}"
            );
        }
        assert!(in_source.values().sum::<usize>() > 0 || source == "00-intro.md");
    }
}

#[test]
fn seeds_report_exactly_the_four_missing_partials() {
    let Some(corpus) = corpus() else { return };
    let seeds = corpus.join("seeds");
    let check = primer(&["check", &seeds.to_string_lossy(), "--format", "json"]);
    assert_eq!(check.status.code(), Some(1));
    let diagnostics = json_lines(&check);
    let errors = errors(&diagnostics);
    let source = std::fs::read_to_string(seeds.join("webops-chapter-1.md")).unwrap();
    let expected: Vec<(usize, &str)> = source
        .lines()
        .enumerate()
        .filter(|(_, line)| line.contains("<Partial file=\"certification-guide/"))
        .map(|(i, line)| (i + 1, line.split('"').nth(1).unwrap()))
        .collect();
    assert_eq!(expected.len(), 4);
    assert_eq!(errors.len(), 4, "{errors:#?}");
    for (error, (line, file)) in errors.iter().zip(expected) {
        assert!(error["file"]
            .as_str()
            .unwrap()
            .ends_with("webops-chapter-1.md"));
        assert_eq!(error["line"], line);
        assert_eq!(error["column"], 1);
        assert!(error["message"].as_str().unwrap().contains(file), "{error}");
    }
}

#[test]
fn jekyll_page_keeps_its_fields() {
    let Some(corpus) = corpus() else { return };
    let guide = tempfile::tempdir().unwrap();
    std::fs::copy(
        corpus.join("seeds/web-operations-skills.md"),
        guide.path().join("skills.md"),
    )
    .unwrap();
    let (out, manifest) = build(&guide.path().to_string_lossy(), None);
    let bundle_name = manifest["chapters"][0]["bundle"].as_str().unwrap();
    let bundle: Value =
        serde_json::from_slice(&std::fs::read(out.join(bundle_name)).unwrap()).unwrap();
    let meta = &bundle["meta"];
    assert_eq!(meta["layout"], "default");
    assert_eq!(meta["section"], "the-team");
    assert_eq!(meta["status"], "draft");
    assert_eq!(meta["audience"]["primary"], "service manager");
    assert_eq!(meta["phases"], serde_json::json!(["discovery"]));
    assert_eq!(bundle["title"], "Web operations skills");
    assert_eq!(bundle["subtitle"], "helping develop maintainable systems");
}

#[test]
fn demo_guide_is_clean_even_when_strict() {
    for args in [
        &["check", "content"][..],
        &["check", "--strict", "content"][..],
    ] {
        let output = primer(args);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

#[test]
fn build_is_deterministic() {
    let (first, _) = build("content", None);
    let (second, _) = build("content", None);
    let (a, b) = (files(&first), files(&second));
    assert!(a.len() > 6, "manifest, six bundles and assets");
    assert_eq!(a, b);
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(primer(&["check", "no/such/guide"]).status.code(), Some(2));
    assert_eq!(
        primer(&["build", "content"]).status.code(),
        Some(2),
        "--out is required"
    );
    assert_eq!(primer(&["frobnicate"]).status.code(), Some(2));
}
