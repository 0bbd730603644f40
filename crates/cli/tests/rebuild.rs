//! `primer build` into a folder that holds an earlier build: the files only
//! the earlier build wrote (as its `precache.json` lists them) are removed
//! once the new build has succeeded; nothing else in the folder, nothing
//! outside it, and nothing at all when the build fails or the earlier list
//! cannot be read.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use serde_json::{json, Value};
use support::{files, primer, stderr, stub_reader};

mod support;

/// A guide of two chapters; the first shows an image.
fn guide() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    };
    write("guide.toml", "title = \"Rebuilt\"\n");
    write(
        "one.md",
        "---\ntitle: One\npermalink: guide/one\n---\n\nFirst.\n\n![A logo](images/logo.svg)\n",
    );
    write(
        "two.md",
        "---\ntitle: Two\npermalink: guide/two\n---\n\nSecond.\n",
    );
    write(
        "images/logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
    );
    dir
}

/// `primer build guide --out out --app reader`: the exit code and stderr.
fn build(guide: &Path, out: &Path, reader: &Path) -> (Option<i32>, String) {
    let [guide, out, app] = [guide, out, reader].map(|p| p.to_string_lossy().into_owned());
    let output = primer(&["build", &guide, "--out", &out, "--app", &app], None);
    (output.status.code(), stderr(&output))
}

/// Build and expect success; returns what was said.
fn build_ok(guide: &Path, out: &Path, reader: &Path) -> String {
    let (code, said) = build(guide, out, reader);
    assert_eq!(code, Some(0), "{said}");
    said
}

/// The site's file whose path starts with `prefix` and ends with `suffix`
/// (exactly one).
fn named(site: &BTreeMap<String, Vec<u8>>, prefix: &str, suffix: &str) -> String {
    let found: Vec<&String> = site
        .keys()
        .filter(|p| p.starts_with(prefix) && p.ends_with(suffix))
        .collect();
    assert_eq!(found.len(), 1, "one {prefix}*{suffix}: {found:?}");
    found[0].clone()
}

#[test]
fn a_rebuild_removes_what_only_the_previous_build_wrote() {
    let guide = guide();
    let reader = stub_reader();
    let out = tempfile::tempdir().unwrap();
    build_ok(guide.path(), out.path(), reader.path());
    let first = files(out.path());
    fs::write(out.path().join("CNAME"), "guide.example.org\n").unwrap();
    fs::write(out.path().join(".nojekyll"), "").unwrap();

    // New text in one chapter, without its image; the other renamed; a
    // new reader.
    fs::write(
        guide.path().join("one.md"),
        "---\ntitle: One\npermalink: guide/one\n---\n\nFirst, revised.\n",
    )
    .unwrap();
    fs::remove_file(guide.path().join("images/logo.svg")).unwrap();
    fs::write(
        guide.path().join("two.md"),
        "---\ntitle: Two\npermalink: guide/second\n---\n\nSecond.\n",
    )
    .unwrap();
    fs::write(reader.path().join("primer_bg.wasm"), b"\0asm\x01\0\0\0\0").unwrap();
    let said = build_ok(guide.path(), out.path(), reader.path());

    // Exactly what a build into an empty folder writes, and the user's files.
    let fresh = tempfile::tempdir().unwrap();
    build_ok(guide.path(), fresh.path(), reader.path());
    let mut expected = files(fresh.path());
    expected.insert("CNAME".into(), b"guide.example.org\n".to_vec());
    expected.insert(".nojekyll".into(), Vec::new());
    let site = files(out.path());
    assert_eq!(
        site.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>()
    );
    assert_eq!(site, expected);

    for stale in [
        named(&first, "chapters/guide-one.", ""),
        named(&first, "chapters/guide-two.", ""),
        named(&first, "assets/logo.", ""),
        named(&first, "primer_bg.", ""),
        named(&first, "primer.", ".js"),
        named(&first, "search.", ".json"),
    ] {
        assert!(!site.contains_key(&stale), "{stale} is removed");
    }
    assert!(
        !out.path().join("assets").exists(),
        "the emptied folder goes"
    );
    named(&site, "chapters/guide-one.", "");
    named(&site, "chapters/guide-second.", "");
    let removed = first.keys().filter(|p| !site.contains_key(*p)).count();
    assert_eq!(removed, 6);
    assert!(
        said.contains("removed 6 stale files of the previous build"),
        "{said}"
    );
}

#[test]
fn a_tampered_list_never_reaches_outside_the_folder() {
    let guide = guide();
    let reader = stub_reader();
    let parent = tempfile::tempdir().unwrap();
    let out = parent.path().join("site");
    build_ok(guide.path(), &out, reader.path());
    let elsewhere = tempfile::tempdir().unwrap();
    let kept = elsewhere.path().join("kept.txt");
    fs::write(&kept, "not the build's").unwrap();
    fs::write(parent.path().join("outside.txt"), "not the build's").unwrap();
    fs::write(out.join("stale.0123456789.js"), "an old build's").unwrap();

    let list_path = out.join("precache.json");
    let mut list: Value = serde_json::from_slice(&fs::read(&list_path).unwrap()).unwrap();
    let listed = list["files"].as_array_mut().unwrap();
    for url in [
        "../outside.txt",
        "chapters/../../outside.txt",
        &kept.to_string_lossy(),
        "linked/kept.txt",
        "stale.0123456789.js",
    ] {
        listed.push(json!({ "url": url, "size": 0, "sha256": "", "immutable": true }));
    }
    fs::write(&list_path, serde_json::to_vec(&list).unwrap()).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(elsewhere.path(), out.join("linked")).unwrap();

    let said = build_ok(guide.path(), &out, reader.path());
    assert!(parent.path().join("outside.txt").exists());
    assert!(kept.exists());
    assert!(
        !out.join("stale.0123456789.js").exists(),
        "a listed file goes"
    );
    assert!(
        said.contains("lists paths outside") && said.contains("../outside.txt"),
        "{said}"
    );
    assert!(
        said.contains("removed 1 stale file of the previous build"),
        "{said}"
    );
}

#[test]
fn a_garbled_list_removes_nothing_and_says_so() {
    let guide = guide();
    let reader = stub_reader();
    let out = tempfile::tempdir().unwrap();
    build_ok(guide.path(), out.path(), reader.path());
    let old_bundle = named(&files(out.path()), "chapters/guide-one.", "");
    let list_path = out.path().join("precache.json");
    fs::write(&list_path, "{\"files\": [").unwrap();

    fs::write(
        guide.path().join("one.md"),
        "---\ntitle: One\npermalink: guide/one\n---\n\nFirst, revised.\n",
    )
    .unwrap();
    let said = build_ok(guide.path(), out.path(), reader.path());
    assert!(out.path().join(&old_bundle).exists(), "nothing is removed");
    assert!(
        said.contains(&format!(
            "warning: {} is not a readable list",
            list_path.display()
        )),
        "{said}"
    );
    assert!(!said.contains("stale"), "{said}");
}

#[test]
fn a_failed_rebuild_leaves_every_file_until_a_build_succeeds() {
    let guide = guide();
    let reader = stub_reader();
    let out = tempfile::tempdir().unwrap();
    build_ok(guide.path(), out.path(), reader.path());
    fs::write(out.path().join("CNAME"), "guide.example.org\n").unwrap();
    let before = files(out.path());
    let old_bundle = named(&before, "chapters/guide-one.", "");

    let one = guide.path().join("one.md");
    fs::write(
        &one,
        "---\ntitle: One\npermalink: guide/one\n---\n\nFirst.\n\n<Partial file=\"missing.md\"/>\n",
    )
    .unwrap();
    fs::remove_file(guide.path().join("images/logo.svg")).unwrap();
    let (code, said) = build(guide.path(), out.path(), reader.path());
    assert_eq!(code, Some(1), "{said}");
    assert_eq!(files(out.path()), before, "every file is as it was");

    fs::write(
        &one,
        "---\ntitle: One\npermalink: guide/one\n---\n\nFirst, fixed.\n",
    )
    .unwrap();
    build_ok(guide.path(), out.path(), reader.path());
    let site = files(out.path());
    assert!(!site.contains_key(&old_bundle), "the next build removes it");
    assert!(!site.keys().any(|p| p.starts_with("assets/")));
    assert!(site.contains_key("CNAME"));
}
