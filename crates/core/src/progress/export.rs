//! Taking progress to another device: a JSON file the learner downloads and
//! imports elsewhere, merged answer by answer (the newer one wins).

use crate::json::{self, Json};

use super::stored::{answers_from, upgrade};
use super::{json_out, Progress, SCHEMA_VERSION};

/// The `format` field that marks a Primer progress export.
pub const FORMAT: &str = "primer-progress";

/// Why a file could not be imported, in words for the learner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    NotPrimer,
    OtherGuide { found: String },
    FutureVersion(u32),
    Damaged(String),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::NotPrimer => write!(f, "This file is not a Primer progress export."),
            ImportError::OtherGuide { found } => {
                write!(f, "This file holds progress for another guide (\"{found}\"), not this one.")
            }
            ImportError::FutureVersion(v) => write!(
                f,
                "This file was exported by a newer version of Primer (format {v}); update this guide to import it."
            ),
            ImportError::Damaged(detail) => write!(f, "This progress file is damaged: {detail}."),
        }
    }
}

/// The export file for `progress`, made at time `now` (ms since the epoch).
pub fn export(progress: &Progress, guide_title: &str, now: u64) -> String {
    let mut out = String::from("{\"format\":");
    json_out::string(&mut out, FORMAT);
    out.push_str(&format!(",\"version\":{SCHEMA_VERSION},\"guide\":"));
    json_out::string(&mut out, &progress.guide_id);
    out.push_str(",\"title\":");
    json_out::string(&mut out, guide_title);
    out.push_str(&format!(",\"exported_at\":{now},\"answers\":"));
    json_out::answers(&mut out, progress.answers.iter());
    out.push('}');
    out
}

/// Read an export file meant for guide `guide_id`.
pub fn import(text: &str, guide_id: &str) -> Result<Progress, ImportError> {
    let json = json::parse(text).map_err(|_| ImportError::NotPrimer)?;
    if !matches!(json.get("format"), Some(Json::String(format)) if format == FORMAT) {
        return Err(ImportError::NotPrimer);
    }
    let version = match json.get("version") {
        Some(Json::Number(v)) if *v >= 1.0 && v.fract() == 0.0 && *v <= f64::from(u32::MAX) => {
            *v as u32
        }
        _ => return Err(ImportError::Damaged("it has no format version".into())),
    };
    if version > SCHEMA_VERSION {
        return Err(ImportError::FutureVersion(version));
    }
    match json.get("guide") {
        Some(Json::String(found)) if found == guide_id => {}
        Some(Json::String(found)) => {
            return Err(ImportError::OtherGuide {
                found: found.clone(),
            })
        }
        _ => return Err(ImportError::Damaged("it names no guide".into())),
    }
    let json = upgrade(json, version);
    let answers = json
        .get("answers")
        .ok_or_else(|| ImportError::Damaged("it has no answers".into()))?;
    let (progress, skipped) =
        answers_from(answers, guide_id).map_err(|e| ImportError::Damaged(e.to_string()))?;
    if skipped > 0 {
        return Err(ImportError::Damaged(format!(
            "{skipped} answers in it cannot be read"
        )));
    }
    Ok(progress)
}
