//! `primer build` as a site builder, through the binary: the whole static
//! site around the guide (every `www/` file, content-hashed code whose
//! references follow the names, the web app manifest, the precache list
//! and the versioned service worker), `--base-url`, and what happens when
//! the reader app is missing. A stub reader stands in for wasm-pack's
//! output, so these tests need no wasm build.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use serde_json::Value;
use sha2::{Digest, Sha256};
use support::{copy_tree, files, primer, repo, stderr, stub_reader};

mod support;

fn hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Build `guide` with the stub reader; returns the output folder.
fn build_site(guide: &Path, extra: &[&str]) -> (tempfile::TempDir, tempfile::TempDir) {
    let reader = stub_reader();
    let out = tempfile::tempdir().unwrap();
    let guide = guide.to_string_lossy();
    let out_arg = out.path().to_string_lossy().into_owned();
    let app = reader.path().to_string_lossy().into_owned();
    let mut args = vec!["build", &guide, "--out", &out_arg, "--app", &app];
    args.extend_from_slice(extra);
    let output = primer(&args, None);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    (out, reader)
}

/// The site file that `name` (a shell file's own name) became: itself, or
/// `stem.<10 hex>.ext` whose hash is that of its content.
fn built_name<'a>(site: &'a BTreeMap<String, Vec<u8>>, name: &str) -> &'a str {
    if let Some((path, _)) = site.get_key_value(name) {
        return path;
    }
    let (stem, ext) = name.rsplit_once('.').unwrap();
    let hashed: Vec<&String> = site
        .keys()
        .filter(|p| {
            p.strip_prefix(&format!("{stem}."))
                .and_then(|rest| rest.strip_suffix(&format!(".{ext}")))
                .is_some_and(|hash| hash.len() == 10 && hash.chars().all(|c| c.is_ascii_hexdigit()))
        })
        .collect();
    assert_eq!(hashed.len(), 1, "{name} is in the site once: {hashed:?}");
    let path = hashed[0];
    let hash = &path[stem.len() + 1..stem.len() + 11];
    assert_eq!(
        hash,
        &hex(&site[path])[..10],
        "{path} is named by its content"
    );
    path
}

/// The URLs in `src="..."`, `href="..."` and `from "..."` of a page.
fn page_urls(html: &str) -> Vec<String> {
    let mut urls = Vec::new();
    for opener in ["src=\"", "href=\"", "from \""] {
        for (at, _) in html.match_indices(opener) {
            let rest = &html[at + opener.len()..];
            urls.push(rest[..rest.find('"').unwrap()].to_string());
        }
    }
    urls
}

#[test]
fn a_whole_site_with_hashed_code_a_manifest_a_precache_list_and_a_worker() {
    let (out, _reader) = build_site(&repo().join("content"), &[]);
    let site = files(out.path());

    // Every file under www/ is there, under its name or a content-hashed one.
    for (name, bytes) in files(&repo().join("www")) {
        let path = built_name(&site, &name);
        if path == name && !name.ends_with(".js") {
            assert_eq!(site[path], bytes, "{name} is copied as it is");
        }
    }
    for stable in [
        "index.html",
        "sw.js",
        "manifest.json",
        "app.webmanifest",
        "precache.json",
    ] {
        assert!(site.contains_key(stable), "{stable} keeps its name");
    }

    // The page loads hashed code, and everything it names exists.
    let page = String::from_utf8(site["index.html"].clone()).unwrap();
    assert!(page.contains("<title>WebOps Study Guide</title>"));
    assert!(page.contains(r#"data-routing="hash""#));
    let script = built_name(&site, "primer.js");
    let styles = built_name(&site, "primer.css");
    assert!(
        page.contains(&format!(r#"import init from "./{script}";"#)),
        "{page}"
    );
    assert!(page.contains(&format!(r#"href="{styles}""#)));
    for url in page_urls(&page) {
        let path = url.trim_start_matches("./");
        assert!(
            site.contains_key(path),
            "index.html refers to {url}, which exists"
        );
    }

    // The glue loads the hashed wasm; the look-alike import key is untouched.
    let wasm = built_name(&site, "primer_bg.wasm");
    let glue = String::from_utf8(site[script].clone()).unwrap();
    assert!(
        glue.contains(&format!("new URL('{wasm}', import.meta.url)")),
        "{glue}"
    );
    assert!(glue.contains("\"./primer_bg.js\""));

    // The precache list: every file but itself and the worker, with sizes
    // and hashes; hashed names are immutable.
    let list: Value = serde_json::from_slice(&site["precache.json"]).unwrap();
    let listed: BTreeMap<&str, &Value> = list["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["url"].as_str().unwrap(), f))
        .collect();
    let expected: Vec<&str> = site
        .keys()
        .map(String::as_str)
        .filter(|p| *p != "precache.json" && *p != "sw.js")
        .collect();
    assert_eq!(listed.keys().copied().collect::<Vec<_>>(), expected);
    for (url, file) in &listed {
        assert_eq!(file["size"], site[*url].len(), "{url}");
        assert_eq!(file["sha256"], hex(&site[*url]), "{url}");
        let hashed = url.starts_with("chapters/")
            || url.starts_with("assets/")
            || [script, styles, wasm].contains(url);
        if hashed {
            assert_eq!(file["immutable"], true, "{url}");
        }
    }
    assert_eq!(listed["index.html"]["immutable"], false);
    assert_eq!(listed["manifest.json"]["immutable"], false);

    // The worker carries the list's version.
    let version = list["version"].as_str().unwrap();
    let worker = String::from_utf8(site["sw.js"].clone()).unwrap();
    assert!(worker.contains(&format!("const VERSION = '{version}';")));
    assert!(!worker.contains("PRIMER_BUILD_VERSION"));

    let manifest: Value = serde_json::from_slice(&site["app.webmanifest"]).unwrap();
    assert_eq!(manifest["name"], "WebOps Study Guide");
    assert_eq!(manifest["start_url"], ".");
    for icon in manifest["icons"].as_array().unwrap() {
        assert!(site.contains_key(icon["src"].as_str().unwrap()), "{icon}");
    }
}

#[test]
fn a_base_url_gives_history_routing_and_absolute_urls() {
    let (out, _reader) = build_site(&repo().join("content"), &["--base-url", "/docs/guide"]);
    let site = files(out.path());
    let page = String::from_utf8(site["index.html"].clone()).unwrap();
    assert!(page.contains(r#"data-manifest="/docs/guide/manifest.json" data-routing="history" data-base="/docs/guide/""#), "{page}");
    for url in page_urls(&page) {
        let path = url
            .strip_prefix("/docs/guide/")
            .unwrap_or_else(|| panic!("{url} is under the base"));
        assert!(site.contains_key(path), "{url} exists");
    }
    // The manifest stays relative to itself: the same site works anywhere.
    let manifest: Value = serde_json::from_slice(&site["app.webmanifest"]).unwrap();
    assert_eq!(manifest["start_url"], ".");
}

#[test]
fn base_path_in_guide_toml_is_the_default() {
    let guide = tempfile::tempdir().unwrap();
    fs::write(
        guide.path().join("guide.toml"),
        "title = \"T\"\nbase_path = \"/learn/\"\n",
    )
    .unwrap();
    fs::write(
        guide.path().join("one.md"),
        "---\ntitle: One\n---\n\nText.\n",
    )
    .unwrap();
    let (out, _reader) = build_site(guide.path(), &[]);
    let page = fs::read_to_string(out.path().join("index.html")).unwrap();
    assert!(page.contains(r#"data-base="/learn/""#), "{page}");
    let (out, _reader) = build_site(guide.path(), &["--base-url", "/other/"]);
    let page = fs::read_to_string(out.path().join("index.html")).unwrap();
    assert!(page.contains(r#"data-base="/other/""#), "the flag wins");
}

#[test]
fn the_version_follows_the_content() {
    let guide = tempfile::tempdir().unwrap();
    fs::write(
        guide.path().join("one.md"),
        "---\ntitle: One\n---\n\nFirst.\n",
    )
    .unwrap();
    let version = |out: &Path| -> (String, Vec<u8>) {
        let list: Value =
            serde_json::from_slice(&fs::read(out.join("precache.json")).unwrap()).unwrap();
        (
            list["version"].as_str().unwrap().to_string(),
            fs::read(out.join("sw.js")).unwrap(),
        )
    };
    let (a, _r1) = build_site(guide.path(), &[]);
    let (b, _r2) = build_site(guide.path(), &[]);
    assert_eq!(
        files(a.path()),
        files(b.path()),
        "the same input gives the same site"
    );
    fs::write(
        guide.path().join("one.md"),
        "---\ntitle: One\n---\n\nSecond.\n",
    )
    .unwrap();
    let (c, _r3) = build_site(guide.path(), &[]);
    let (first, first_worker) = version(a.path());
    let (changed, changed_worker) = version(c.path());
    assert_ne!(first, changed);
    assert_ne!(
        first_worker, changed_worker,
        "browsers see a new service worker"
    );
}

#[test]
fn without_the_reader_the_guide_files_are_written_with_a_warning() {
    let empty = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let out_arg = out.path().to_string_lossy().into_owned();
    let output = primer(&["build", "content", "--out", &out_arg], Some(empty.path()));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let said = stderr(&output);
    assert!(
        said.contains("warning: the reader app was not found (no primer.js or primer_bg.wasm in"),
        "{said}"
    );
    assert!(said.contains("wasm-pack build --target web"), "{said}");
    let site = files(out.path());
    assert!(site.contains_key("manifest.json"));
    assert!(site.keys().any(|p| p.starts_with("chapters/")));
    for absent in ["index.html", "sw.js", "precache.json", "app.webmanifest"] {
        assert!(!site.contains_key(absent), "{absent} is not written");
    }
}

#[test]
fn usage_errors_exit_2_before_writing() {
    let empty = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let out_arg = out.path().join("site").to_string_lossy().into_owned();
    let app = empty.path().to_string_lossy().into_owned();
    let output = primer(
        &["build", "content", "--out", &out_arg, "--app", &app],
        None,
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("--app: no primer.js or primer_bg.wasm in"),
        "{}",
        stderr(&output)
    );
    assert!(!out.path().join("site").exists(), "nothing was written");

    let output = primer(
        &["build", "content", "--out", &out_arg, "--base-url", "docs/"],
        None,
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("must be a path on the site's host that starts with `/`"),
        "{}",
        stderr(&output)
    );

    let guide = tempfile::tempdir().unwrap();
    fs::write(guide.path().join("guide.toml"), "base_path = \"docs\"\n").unwrap();
    let guide_arg = guide.path().to_string_lossy().into_owned();
    let output = primer(&["build", &guide_arg, "--out", &out_arg], None);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("guide.toml: base_path: the base URL must be a path"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_failed_build_leaves_the_output_as_it_was() {
    // Chapters are written as they are compiled; an error in the last one
    // must not leave the earlier ones, or a staging folder, behind.
    let (out, reader) = build_site(&repo().join("content"), &[]);
    let before = files(out.path());
    assert!(!before.keys().any(|name| name.contains("staging")));
    let guide = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("content"), guide.path());
    let last = guide.path().join("05-operations.md");
    let mut text = fs::read_to_string(&last).unwrap();
    text = text.replace("## ", "## Changed: ");
    text.push_str("\n<Partial file=\"no-such-partial.md\"/>\n");
    fs::write(&last, text).unwrap();
    fs::write(
        guide.path().join("00-intro.md"),
        fs::read_to_string(guide.path().join("00-intro.md")).unwrap() + "\nA changed intro.\n",
    )
    .unwrap();

    let guide_arg = guide.path().to_string_lossy().into_owned();
    let app = reader.path().to_string_lossy().into_owned();
    let out_arg = out.path().to_string_lossy().into_owned();
    let failed = primer(
        &["build", &guide_arg, "--out", &out_arg, "--app", &app],
        None,
    );
    assert_eq!(failed.status.code(), Some(1), "{}", stderr(&failed));
    assert!(stderr(&failed).contains("no-such-partial.md"));
    assert_eq!(files(out.path()), before, "the earlier build is untouched");

    let fresh = out.path().join("never-made");
    let fresh_arg = fresh.to_string_lossy().into_owned();
    let failed = primer(
        &["build", &guide_arg, "--out", &fresh_arg, "--app", &app],
        None,
    );
    assert_eq!(failed.status.code(), Some(1), "{}", stderr(&failed));
    assert!(!fresh.exists(), "a failed build creates no output folder");
}
