//! The command line: `primer check` and `primer build`.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::site::base_url::BaseUrl;

#[derive(Debug, Parser)]
#[command(
    name = "primer",
    version,
    about = "Check and build Primer study guides"
)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Report errors and warnings in a guide's content.
    Check(CheckArgs),
    /// Compile a guide into a static site: the reader, the manifest, chapter
    /// bundles, assets, and what makes it work offline.
    Build(BuildArgs),
}

/// Where the guide is.
#[derive(Debug, clap::Args)]
pub struct GuideArgs {
    /// The guide folder (chapters, partials, quizzes, optional guide.toml).
    #[arg(default_value = ".")]
    pub guide: PathBuf,
    /// The partials folder [default: `partials` in guide.toml, else GUIDE/partials].
    #[arg(long)]
    pub partials: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub guide: GuideArgs,
    /// Fail on warnings too.
    #[arg(long)]
    pub strict: bool,
    /// How diagnostics are printed.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub guide: GuideArgs,
    /// The output folder.
    #[arg(long)]
    pub out: PathBuf,
    /// The built reader app (wasm-pack's primer.js and primer_bg.wasm)
    /// [default: $PRIMER_APP_DIR, else pkg/ beside the executable's folder,
    /// i.e. target/pkg]. Without it only the guide's files are written.
    #[arg(long, value_name = "DIR")]
    pub app: Option<PathBuf>,
    /// Serve with history routing under this path, like /docs/guide/ (the
    /// host must answer every route under it with index.html) [default:
    /// base_path in guide.toml, else hash routing with relative URLs].
    #[arg(long, value_name = "PATH")]
    pub base_url: Option<BaseUrl>,
    /// How diagnostics are printed.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Source line with a caret, like rustc.
    Human,
    /// One JSON object per line.
    Json,
}
