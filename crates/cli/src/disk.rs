//! A guide on disk: its `guide.toml`, its chapter files, and the
//! [`Resolver`] that reads partials, quizzes and assets for the compiler.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use primer_core::{Diagnostic, GuideConfig, Loaded, Resolver, SourceFile};
use sha2::{Digest, Sha256};

/// An asset the build copies: where it is, and its content-hashed name.
#[derive(Debug, Clone)]
pub struct Asset {
    pub source: PathBuf,
    pub url: String,
}

pub struct DiskGuide {
    pub dir: PathBuf,
    pub partials: PathBuf,
    pub config: GuideConfig,
    pub config_path: String,
    /// A problem with guide.toml itself.
    pub config_error: Option<Diagnostic>,
    /// Every file read, by display path, for showing source lines.
    pub texts: RefCell<BTreeMap<String, String>>,
    /// Assets found, by display path of the file on disk.
    pub assets: RefCell<BTreeMap<String, Asset>>,
}

fn display(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

impl DiskGuide {
    pub fn open(dir: &Path, partials: Option<&Path>) -> Result<DiskGuide> {
        if !dir.is_dir() {
            bail!("guide folder {} does not exist", dir.display());
        }
        let config_file = dir.join("guide.toml");
        let config_path = display(&config_file);
        let (config, config_error) = match fs::read_to_string(&config_file) {
            Ok(text) => match GuideConfig::parse(&config_path, &text) {
                Ok(config) => (config, None),
                Err(error) => (GuideConfig::default(), Some(error)),
            },
            Err(_) => (GuideConfig::default(), None),
        };
        let partials = match (partials, &config.partials) {
            (Some(dir), _) => dir.to_path_buf(),
            (None, Some(configured)) => dir.join(configured),
            (None, None) => dir.join("partials"),
        };
        let guide = DiskGuide {
            dir: dir.to_path_buf(),
            partials,
            config,
            config_path: config_path.clone(),
            config_error,
            texts: RefCell::default(),
            assets: RefCell::default(),
        };
        if let Ok(text) = fs::read_to_string(&config_file) {
            guide.texts.borrow_mut().insert(config_path, text);
        }
        Ok(guide)
    }

    /// The id to use when guide.toml gives none: the folder's name.
    pub fn default_id(&self) -> String {
        let absolute = fs::canonicalize(&self.dir).unwrap_or_else(|_| self.dir.clone());
        absolute
            .file_name()
            .map_or_else(|| "guide".to_string(), |n| n.to_string_lossy().into_owned())
    }

    /// The chapter files: those `chapters` lists, else every `.md`/`.mdx`
    /// at the top of the guide folder.
    pub fn chapter_files(&self) -> Result<Vec<SourceFile>> {
        let names: Vec<String> = match &self.config.chapters {
            Some(list) => list
                .iter()
                .filter(|name| self.dir.join(name).is_file())
                .cloned()
                .collect(),
            None => {
                let mut names = Vec::new();
                for entry in fs::read_dir(&self.dir)
                    .with_context(|| format!("reading {}", self.dir.display()))?
                {
                    let path = entry?.path();
                    let is_page = matches!(
                        path.extension().and_then(|e| e.to_str()),
                        Some("md" | "mdx")
                    );
                    if path.is_file() && is_page {
                        names.push(
                            path.file_name()
                                .unwrap_or_default()
                                .to_string_lossy()
                                .into_owned(),
                        );
                    }
                }
                names.sort();
                names
            }
        };
        let mut files = Vec::new();
        for name in names {
            let path = self.dir.join(&name);
            let text =
                fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
            let path = display(&path);
            self.texts.borrow_mut().insert(path.clone(), text.clone());
            files.push(SourceFile { name, path, text });
        }
        Ok(files)
    }

    /// A file's text: from memory when it was read before (a partial used
    /// by many chapters is read from disk once).
    fn load(&self, path: &Path) -> Option<Loaded> {
        let path_text = display(path);
        if let Some(text) = self.texts.borrow().get(&path_text) {
            return Some(Loaded {
                path: path_text,
                text: text.clone(),
            });
        }
        let text = fs::read_to_string(path).ok()?;
        let path = path_text;
        self.texts.borrow_mut().insert(path.clone(), text.clone());
        Some(Loaded { path, text })
    }
}

fn folder_of(from: &str) -> PathBuf {
    Path::new(from)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

impl Resolver for DiskGuide {
    fn partial(&self, file: &str) -> Result<Loaded, String> {
        let path = self.partials.join(file);
        self.load(&path)
            .ok_or_else(|| format!("looked for {}", display(&path)))
    }

    fn quiz(&self, from: &str, file: &str) -> Result<Loaded, String> {
        let beside = folder_of(from).join(file);
        let in_quizzes = self.dir.join("quizzes").join(file);
        self.load(&beside)
            .or_else(|| self.load(&in_quizzes))
            .ok_or_else(|| {
                format!(
                    "looked for {} and {}",
                    display(&beside),
                    display(&in_quizzes)
                )
            })
    }

    fn asset(&self, from: &str, path: &str) -> Option<String> {
        let path = path.split(['?', '#']).next().unwrap_or(path);
        let source = folder_of(from).join(path);
        let key = display(&source);
        if let Some(asset) = self.assets.borrow().get(&key) {
            return Some(asset.url.clone());
        }
        let bytes = fs::read(&source).ok()?;
        let hash = hex(&Sha256::digest(&bytes));
        let name = source.file_stem()?.to_string_lossy();
        let url = match source.extension() {
            Some(ext) => format!("assets/{name}.{}.{}", &hash[..10], ext.to_string_lossy()),
            None => format!("assets/{name}.{}", &hash[..10]),
        };
        self.assets.borrow_mut().insert(
            key,
            Asset {
                source,
                url: url.clone(),
            },
        );
        Some(url)
    }
}

/// Lowercase hex of bytes.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl DiskGuide {
    /// Compile every chapter, handing each bundle to `each` as it is
    /// compiled (see `primer_core::compile_guide_each`); guide.toml's own
    /// error (if any) comes first among the diagnostics.
    pub fn compile_each(
        &self,
        each: &mut dyn FnMut(&str, primer_core::bundle::ChapterBundle),
    ) -> Result<primer_core::GuideSummary> {
        let files = self.chapter_files()?;
        let mut summary = primer_core::compile_guide_each(
            &self.config,
            &self.config_path,
            &self.default_id(),
            files,
            self,
            each,
        );
        if let Some(error) = &self.config_error {
            summary.diagnostics.insert(0, error.clone());
        }
        Ok(summary)
    }
}
