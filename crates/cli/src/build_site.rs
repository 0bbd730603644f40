//! `primer build`'s second half: the reader app and its shell around the
//! guide's files, then the precache list and the service worker, written
//! to disk (the files themselves come from `site`).

use std::path::Path;

use anyhow::{bail, Context, Result};

use crate::args::BuildArgs;
use crate::build::{write, MANIFEST};
use crate::disk::DiskGuide;
use crate::site;
use crate::site::base_url::BaseUrl;
use crate::site::precache::{self, CachedFile, Precache};
use crate::site::reader::{self, ReaderApp, Source};

/// `--base-url`, else `base_path` from guide.toml, else none (hash routing).
pub fn base_url(args: &BuildArgs, guide: &DiskGuide) -> Result<Option<BaseUrl>> {
    if let Some(base) = &args.base_url {
        return Ok(Some(base.clone()));
    }
    match &guide.config.base_path {
        Some(path) => match path.parse::<BaseUrl>() {
            Ok(base) => Ok(Some(base)),
            Err(reason) => bail!("{}: base_path: {reason}", guide.config_path),
        },
        None => Ok(None),
    }
}

/// The reader app, or why it is missing. Missing files are an error only
/// when `--app` named the folder; otherwise the build writes the guide's
/// files alone and warns.
pub fn find_reader(flag: Option<&Path>) -> Result<Result<ReaderApp, String>> {
    let (dir, source) = reader::locate(flag);
    match reader::load(&dir) {
        Ok(app) => Ok(Ok(app)),
        Err(missing) if source == Source::Flag => {
            bail!(
                "--app: {missing} (build the reader with `{}`)",
                reader::BUILD_COMMAND
            )
        }
        Err(missing) => Ok(Err(missing)),
    }
}

/// What `primer build` says when it writes no site.
pub fn warning(missing: &str) -> String {
    format!(
        "warning: the reader app was not found ({missing}), so only the manifest, chapters and assets were written, not the site around them (index.html, reader, service worker).\n  Build the reader with `{}` (scripts/build-site.sh does it), or pass --app DIR or set PRIMER_APP_DIR.",
        reader::BUILD_COMMAND
    )
}

/// What `write_site` wrote.
pub struct WrittenSite {
    /// Every file of the build, the guide's included, relative to the output.
    pub files: Vec<String>,
    /// A line for the build summary.
    pub summary: String,
}

/// Write the site around the guide's files already `written` (which the
/// precache list includes).
pub fn write_site(
    out: &Path,
    title: &str,
    app: &ReaderApp,
    base: Option<&BaseUrl>,
    mut written: Vec<CachedFile>,
) -> Result<WrittenSite> {
    let site = site::assemble(title, app, base, &[MANIFEST]).context("assembling the site")?;
    for file in &site.files {
        write(&out.join(&file.path), &file.bytes)?;
        written.push(CachedFile::of(&file.path, &file.bytes, file.immutable));
    }
    let list = Precache::new(written);
    write(&out.join(precache::FILE), &list.to_json())?;
    let mut files: Vec<String> = list.files.iter().map(|f| f.url.clone()).collect();
    files.push(precache::FILE.to_string());
    if let Some(worker) = site
        .worker(&list.version)
        .context("writing the service worker")?
    {
        write(&out.join(&worker.path), &worker.bytes)?;
        files.push(worker.path);
    }
    let routing = match base {
        Some(base) => format!("history routing under {base}"),
        None => "hash routing".to_string(),
    };
    let summary = format!(
        "site: the reader from {}, {routing}, {} files listed for offline use (version {})",
        app.dir.display(),
        list.files.len(),
        list.version
    );
    Ok(WrittenSite { files, summary })
}
