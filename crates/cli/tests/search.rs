//! `primer build` writes the search index: compact, named by its content,
//! referenced from the manifest, listed for offline use, one entry per
//! chapter in reading order, and without quiz answers.

use serde_json::Value;
use sha2::{Digest, Sha256};
use support::{files, primer, repo, stderr, stub_reader};

mod support;

#[test]
fn the_site_has_a_search_index_the_manifest_names_and_the_precache_lists() {
    let reader = stub_reader();
    let out = tempfile::tempdir().unwrap();
    let guide = repo().join("content");
    let args = [
        "build",
        &guide.to_string_lossy(),
        "--out",
        &out.path().to_string_lossy(),
        "--app",
        &reader.path().to_string_lossy(),
    ]
    .map(|a| a.to_string());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let output = primer(&args, None);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stderr(&output).contains("search index: search."));
    let site = files(out.path());

    let manifest: Value = serde_json::from_slice(&site["manifest.json"]).unwrap();
    let name = manifest["search"].as_str().expect("manifest.search");
    let bytes = &site[name];
    let hash: String = Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(name, format!("search.{}.json", &hash[..10]));
    let text = std::str::from_utf8(bytes).unwrap();
    assert!(!text.contains("\n  "), "compact, not pretty-printed");

    let list: Value = serde_json::from_slice(&site["precache.json"]).unwrap();
    let listed = list["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["url"] == name)
        .expect("the index is precached");
    assert_eq!(listed["immutable"], true);

    let index: Value = serde_json::from_str(text).unwrap();
    let permalinks = |v: &Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|c| c["permalink"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        permalinks(&index["chapters"]),
        permalinks(&manifest["chapters"])
    );
    let caching = index["chapters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["permalink"] == "study-guide/caching")
        .unwrap();
    assert!(caching["sections"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["heading"] == "Controlling caches with headers"));
    // Answers of the demo's quizzes (they appear nowhere else).
    for answer in [
        "The CMS purges the article's URL or cache tag",
        "All traffic hits the origin at once",
    ] {
        assert!(!text.contains(answer), "{answer}");
    }
}
