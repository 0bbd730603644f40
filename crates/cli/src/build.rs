//! `primer build`: compile a guide and write the manifest, one
//! content-hashed bundle per chapter, and the referenced assets; then, when
//! the reader app is found, the rest of the static site (`build_site`),
//! after which the files only the previous build in the folder wrote are
//! removed (`previous_build`).
//!
//! Deterministic: the same input gives byte-identical output (no times, no
//! unordered maps, names derived from content).

use std::fs;
use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use primer_core::bundle::{Manifest, FORMAT_VERSION};
use primer_core::search::IndexedChapter;

use crate::args::{BuildArgs, Format};
use crate::build_site;
use crate::disk::DiskGuide;
use crate::previous_build::PreviousBuild;
use crate::report;
use crate::search_index;
use crate::site::precache::CachedFile;
use crate::staging::Staging;

/// Guides with at least this many chapters get a progress bar on a terminal.
const PROGRESS_FROM: usize = 200;

/// The guide's table of contents, which the reader loads first.
pub const MANIFEST: &str = "manifest.json";

pub fn run(args: &BuildArgs) -> Result<ExitCode> {
    let guide = DiskGuide::open(&args.guide.guide, args.guide.partials.as_deref())?;
    let base = build_site::base_url(args, &guide)?;
    let reader = build_site::find_reader(args.app.as_deref())?;
    let bar = progress_bar(&guide)?;
    let out = &args.out;
    let previous = PreviousBuild::read(out);
    let mut staging = Staging::new(out)?;
    let mut entries = Vec::new();
    let mut written = Vec::new();
    let mut indexed = Vec::new();
    let mut failure = None;
    let compiled = guide.compile_each(&mut |_, chapter| {
        if let Some(bar) = &bar {
            bar.inc(1);
        }
        if failure.is_some() {
            return;
        }
        indexed.push(IndexedChapter::of(&chapter));
        match staging.chapter(&chapter) {
            Ok((entry, cached)) => {
                entries.push(entry);
                written.push(cached);
            }
            Err(error) => failure = Some(error),
        }
    })?;
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    report::print(&compiled.diagnostics, &guide.texts.borrow(), args.format);
    if compiled.diagnostics.iter().any(|d| d.is_error()) {
        if args.format == Format::Human {
            eprintln!("build failed: {}", report::summary(&compiled.diagnostics));
        }
        return Ok(ExitCode::from(1));
    }
    if let Some(error) = failure {
        return Err(error);
    }
    staging.commit(out)?;
    for asset in guide.assets.borrow().values() {
        let bytes = fs::read(&asset.source)
            .with_context(|| format!("reading {}", asset.source.display()))?;
        write(&out.join(&asset.url), &bytes)?;
        written.push(CachedFile::of(&asset.url, &bytes, true));
    }
    let index = search_index::write_index(out, indexed)?;
    let manifest = Manifest {
        version: FORMAT_VERSION,
        guide: compiled.info.clone(),
        chapters: entries,
        search: Some(index.url.clone()),
    };
    let index_summary = search_index::summary(&index);
    written.push(index);
    let json = serde_json::to_vec_pretty(&manifest).context("serialising the manifest")?;
    write(&out.join(MANIFEST), &json)?;
    written.push(CachedFile::of(MANIFEST, &json, false));
    let site = match &reader {
        Ok(app) => Some(build_site::write_site(
            out,
            &manifest.guide.title,
            app,
            base.as_ref(),
            written,
        )?),
        Err(missing) => {
            eprintln!("{}", build_site::warning(missing));
            None
        }
    };
    if args.format == Format::Human {
        eprintln!(
            "built {} chapters and {} assets into {} ({})",
            compiled.chapters,
            guide.assets.borrow().len(),
            out.display(),
            report::summary(&compiled.diagnostics)
        );
        eprintln!("{index_summary}");
        if let Some(site) = &site {
            eprintln!("{}", site.summary);
        }
    }
    // Without the reader the previous site stays whole, its list with it.
    if let Some(site) = &site {
        let removed = previous.prune(out, site.files.iter().map(String::as_str));
        if removed > 0 && args.format == Format::Human {
            let s = if removed == 1 { "" } else { "s" };
            eprintln!("removed {removed} stale file{s} of the previous build");
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn progress_bar(guide: &DiskGuide) -> Result<Option<ProgressBar>> {
    if !std::io::stderr().is_terminal() {
        return Ok(None);
    }
    let count = guide.chapter_files()?.len();
    if count < PROGRESS_FROM {
        return Ok(None);
    }
    let bar = ProgressBar::new(count as u64);
    bar.set_style(
        ProgressStyle::with_template("{spinner} compiling {pos}/{len} chapters {wide_bar} {eta}")
            .expect("a valid template"),
    );
    Ok(Some(bar))
}

pub fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    }
    fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))
}
