//! The serde-free decoder reads exactly what serde writes: every fixture
//! guide and the demo guide are compiled, their bundles and manifest written
//! with serde_json, and decoded back equal. Also: `json::parse` agrees with
//! serde_json and never panics, whatever the input.

#![cfg(feature = "compile")]

use std::fs;
use std::path::{Path, PathBuf};

use primer_core::bundle::{ChapterBundle, ChapterEntry, Manifest, FORMAT_VERSION};
use primer_core::decode::{decode_str, Decode};
use primer_core::json::{self, Json};
use primer_core::search::{IndexedChapter, SearchIndex};
use primer_core::{compile_guide, GuideConfig, Loaded, Resolver, SourceFile};
use proptest::prelude::*;
use serde::Serialize;

/// A guide folder on disk, read the way the CLI reads it.
struct Disk {
    dir: PathBuf,
    partials: PathBuf,
}

fn load(path: &Path) -> Option<Loaded> {
    let text = fs::read_to_string(path).ok()?;
    Some(Loaded {
        path: path.to_string_lossy().into_owned(),
        text,
    })
}

fn folder_of(from: &str) -> PathBuf {
    Path::new(from)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

impl Resolver for Disk {
    fn partial(&self, file: &str) -> Result<Loaded, String> {
        load(&self.partials.join(file)).ok_or_else(|| format!("no partial {file}"))
    }

    fn quiz(&self, from: &str, file: &str) -> Result<Loaded, String> {
        load(&folder_of(from).join(file))
            .or_else(|| load(&self.dir.join("quizzes").join(file)))
            .ok_or_else(|| format!("no quiz {file}"))
    }

    fn asset(&self, from: &str, path: &str) -> Option<String> {
        let path = path.split(['?', '#']).next().unwrap_or(path);
        folder_of(from)
            .join(path)
            .is_file()
            .then(|| format!("assets/{path}"))
    }
}

/// serde writes `value`; we parse and decode it back to the same value.
fn round_trip<T: Serialize + Decode + PartialEq + std::fmt::Debug>(
    what: &str,
    value: &T,
) -> String {
    let text = serde_json::to_string(value).expect("serialisable");
    let back: T = decode_str(&text).unwrap_or_else(|e| panic!("{what}: {e}"));
    assert!(back == *value, "{what}: decoded differently\n{text}");
    text
}

/// Compile a guide folder and round-trip each bundle and the manifest;
/// the number of bundles checked.
fn check_guide(dir: &Path) -> usize {
    let config = fs::read_to_string(dir.join("guide.toml"))
        .ok()
        .and_then(|text| GuideConfig::parse("guide.toml", &text).ok())
        .unwrap_or_default();
    let partials = dir.join(config.partials.as_deref().unwrap_or("partials"));
    let names: Vec<String> = match &config.chapters {
        Some(list) => list.clone(),
        None => {
            let mut names: Vec<String> = fs::read_dir(dir)
                .expect("a guide folder")
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|name| name.ends_with(".md") || name.ends_with(".mdx"))
                .collect();
            names.sort();
            names
        }
    };
    let files = names
        .into_iter()
        .filter_map(|name| {
            let path = dir.join(&name);
            let text = fs::read_to_string(&path).ok()?;
            Some(SourceFile {
                name,
                path: path.to_string_lossy().into_owned(),
                text,
            })
        })
        .collect();
    let resolver = Disk {
        dir: dir.to_path_buf(),
        partials,
    };
    let guide = compile_guide(
        &config,
        "guide.toml",
        "guide",
        files,
        &resolver,
        &mut |_| {},
    );
    let mut entries = Vec::new();
    for bundle in &guide.chapters {
        let what = format!("{}: {}", dir.display(), bundle.permalink);
        // The reader skips `meta`: written or not, it decodes empty.
        let mut without_meta = bundle.clone();
        without_meta.meta.clear();
        let text = serde_json::to_string(bundle).expect("serialisable");
        let back: ChapterBundle = decode_str(&text).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert!(back == without_meta, "{what}: decoded differently\n{text}");
        round_trip(&what, &without_meta);
        entries.push(ChapterEntry {
            title: bundle.title.clone(),
            subtitle: bundle.subtitle.clone(),
            permalink: bundle.permalink.clone(),
            objectives: bundle.objectives.clone(),
            bundle: format!("{}.json", bundle.permalink.replace('/', "-")),
            size: text.len() as u64,
            hash: "0123456789abcdef".repeat(4),
            quizzes: bundle.quizzes(),
        });
    }
    let manifest = Manifest {
        version: FORMAT_VERSION,
        guide: guide.info.clone(),
        chapters: entries,
        search: Some("search.0123456789.json".into()),
    };
    round_trip(&format!("{}: manifest", dir.display()), &manifest);
    let index = SearchIndex {
        version: FORMAT_VERSION,
        chapters: guide.chapters.iter().map(IndexedChapter::of).collect(),
    };
    round_trip(&format!("{}: search index", dir.display()), &index);
    guide.chapters.len()
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn every_fixture_guide_round_trips() {
    let mut cases: Vec<PathBuf> = fs::read_dir(repo().join("tests/fixtures/compile"))
        .expect("tests/fixtures/compile")
        .flatten()
        .map(|entry| entry.path().join("guide"))
        .filter(|guide| guide.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 40, "only {} fixture cases", cases.len());
    let bundles: usize = cases.iter().map(|case| check_guide(case)).sum();
    assert!(
        bundles >= cases.len(),
        "{bundles} bundles from {} cases",
        cases.len()
    );
}

#[test]
fn the_demo_guide_round_trips() {
    assert_eq!(check_guide(&repo().join("content")), 6);
}

/// The serde_json view of our tree, for comparing the two parsers.
fn to_value(json: &Json) -> serde_json::Value {
    use serde_json::Value;
    match json {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => serde_json::Number::from_f64(*n).map_or(Value::Null, Value::Number),
        Json::String(s) => Value::String(s.clone()),
        Json::Array(items) => Value::Array(items.iter().map(to_value).collect()),
        // Inserting in order: the last duplicate wins, as in serde_json.
        Json::Object(entries) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| (k.clone(), to_value(v)))
                .collect(),
        ),
    }
}

/// Equal values; numbers as f64 (serde_json keeps integers exact) and
/// within a few ULPs (our parser skips core's exact float parser).
fn same(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value;
    match (a, b) {
        (Value::Number(a), Value::Number(b)) => {
            let (a, b) = (
                a.as_f64().unwrap_or(f64::NAN),
                b.as_f64().unwrap_or(f64::NAN),
            );
            a == b || (a - b).abs() <= 1e-15 * b.abs() || (a.abs() < 1e-300 && b.abs() < 1e-300)
        }
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same(a, b))
        }
        (Value::Object(a), Value::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .zip(b)
                    .all(|((ka, a), (kb, b))| ka == kb && same(a, b))
        }
        (a, b) => a == b,
    }
}

/// Both parsers accept the same texts and read them alike.
fn agrees_with_serde(text: &str) {
    let ours = json::parse(text);
    let theirs = serde_json::from_str::<serde_json::Value>(text);
    match (ours, theirs) {
        (Ok(ours), Ok(theirs)) => {
            assert!(same(&to_value(&ours), &theirs), "{text:?}: {ours:?}")
        }
        (Err(e), Err(_)) => assert!(e.offset <= text.len(), "{text:?}: {e}"),
        (ours, theirs) => panic!("{text:?}: ours {ours:?}, serde_json {theirs:?}"),
    }
}

#[test]
fn json_parse_agrees_with_serde_json_on_edge_cases() {
    for text in [
        "0",
        "-0",
        "-0.0",
        "1E2",
        "1e-400",
        "123456789012345678901234567890",
        "9007199254740993",
        "[]",
        "{}",
        r#"{"a":1,"a":2}"#,
        r#""\u0000\u001f\ud800\udc00""#,
        "\"\u{7f}\"",
        " [ 1 , { } ] ",
        "[1,]",
        "{\"a\"}",
        "\"\\ud800\"",
        "\"\t\"",
        "01",
        "1.",
        "-",
        "--1",
        "1e",
        "nan",
        "[",
        "\"",
    ] {
        agrees_with_serde(text);
    }
}

/// Any JSON value: every string (control characters, astral planes), numbers
/// of every size, nesting.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        // Not within 1e-14 of f64::MAX, which our parser may overflow.
        any::<f64>().prop_map(|x| Value::from(x % 1e308)),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((any::<String>(), inner), 0..8)
                .prop_map(|entries| Value::Object(entries.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(1000),
        ..ProptestConfig::default()
    })]

    #[test]
    fn json_parse_never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let text = String::from_utf8_lossy(&bytes);
        if let Err(e) = json::parse(&text) {
            prop_assert!(e.offset <= text.len());
        }
    }

    #[test]
    fn json_parse_agrees_with_serde_json(
        text in r#"([\[\]{},:" \n]|\\[\\"/bfnrtu]|\\u[dD][89abAB][0-9a-fA-F]{2}|\\u[dD][c-fC-F][0-9a-fA-F]{2}|[0-9a-f]{1,4}|-|\.|[eE][+-]?|true|false|null|é|😀|\u{1}){0,40}"#,
    ) {
        agrees_with_serde(&text);
    }

    #[test]
    fn json_parse_reads_what_serde_json_writes(value in json_value()) {
        let text = serde_json::to_string(&value).expect("serialisable");
        let ours = json::parse(&text).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        prop_assert!(same(&to_value(&ours), &value), "{}: {:?}", text, ours);
    }

    #[test]
    fn decoding_random_json_never_panics(text in r#"([\[\]{},:" ]|"[a-z_]{1,12}"|[0-9]{1,3}|-1|1\.5|true|null){0,60}"#) {
        if let Ok(value) = json::parse(&text) {
            let _ = ChapterBundle::decode(&value);
            let _ = Manifest::decode(&value);
            let _ = Vec::<primer_core::document::Block>::decode(&value);
        }
    }
}
