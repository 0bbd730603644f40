//! Finding the built reader app (wasm-pack's `primer.js` and
//! `primer_bg.wasm`): `--app DIR`, else `$PRIMER_APP_DIR`, else `pkg`
//! beside the folder of the `primer` executable (`target/pkg` when it runs
//! as `target/release/primer`).

use std::fs;
use std::path::{Path, PathBuf};

/// The wasm-bindgen glue and the WebAssembly it loads.
pub const SCRIPT: &str = "primer.js";
pub const WASM: &str = "primer_bg.wasm";

/// The command that builds the reader into `target/pkg`.
pub const BUILD_COMMAND: &str =
    "wasm-pack build --target web --profile wasm-release --out-dir target/pkg --no-typescript --no-pack";

/// Where the app folder came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// `--app`: missing files are an error.
    Flag,
    /// `$PRIMER_APP_DIR`.
    Environment,
    /// `<dir of the executable>/../pkg`.
    BesideExecutable,
}

/// The reader app's files, read.
pub struct ReaderApp {
    pub dir: PathBuf,
    pub script: Vec<u8>,
    pub wasm: Vec<u8>,
}

/// The folder to look in, and why.
pub fn locate(flag: Option<&Path>) -> (PathBuf, Source) {
    if let Some(dir) = flag {
        return (dir.to_path_buf(), Source::Flag);
    }
    if let Some(dir) = std::env::var_os("PRIMER_APP_DIR").filter(|d| !d.is_empty()) {
        return (PathBuf::from(dir), Source::Environment);
    }
    let beside = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent()?.parent().map(|target| target.join("pkg")))
        .unwrap_or_else(|| PathBuf::from("target/pkg"));
    (beside, Source::BesideExecutable)
}

/// Read the app from `dir`; the error names the files that are missing.
pub fn load(dir: &Path) -> Result<ReaderApp, String> {
    let read = |name: &'static str| fs::read(dir.join(name)).map_err(|_| name);
    match (read(SCRIPT), read(WASM)) {
        (Ok(script), Ok(wasm)) => Ok(ReaderApp {
            dir: dir.to_path_buf(),
            script,
            wasm,
        }),
        (script, wasm) => {
            let missing: Vec<&str> = [script.err(), wasm.err()].into_iter().flatten().collect();
            Err(format!("no {} in {}", missing.join(" or "), dir.display()))
        }
    }
}
