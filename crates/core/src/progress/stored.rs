//! The record kept in the learner's browser, one per guide, under
//! [`storage_key`]: `{"version":1,"guide":"<id>","answers":{...}}`.
//!
//! Reading never loses anything: a record from a newer Primer, or one that
//! cannot be read, is reported (the reader keeps it aside rather than
//! overwriting it); a damaged answer is skipped and counted while the others
//! load; an older record is upgraded step by step by [`MIGRATIONS`].

use crate::decode::{object, optional, required, Decode, DecodeError, Fields};
use crate::json::{self, Json};

use super::{json_out, Answer, Progress, SCHEMA_VERSION};

/// Upgrades, in order: `MIGRATIONS[n]` turns a version `n + 1` record into
/// version `n + 2`. Empty while version 1 is the only one there has been;
/// every step must keep every answer (the tests check each one).
pub const MIGRATIONS: &[fn(Json) -> Json] = &[];

/// The localStorage key for a guide's progress.
pub fn storage_key(guide_id: &str) -> String {
    format!("primer:progress:{guide_id}")
}

/// Why a stored record was not loaded as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredProblem {
    /// Not a progress record at all (damaged, or written by something else).
    Unreadable(String),
    /// Written by a newer version of Primer.
    FutureVersion(u32),
}

/// What was loaded, and how many damaged answers were skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub progress: Progress,
    pub skipped: usize,
}

/// The record for `progress`.
pub fn write(progress: &Progress) -> String {
    let mut out = format!("{{\"version\":{SCHEMA_VERSION},\"guide\":");
    json_out::string(&mut out, &progress.guide_id);
    out.push_str(",\"answers\":");
    json_out::answers(&mut out, progress.answers.iter());
    out.push('}');
    out
}

/// Read a stored record for guide `guide_id`.
pub fn read(text: &str, guide_id: &str) -> Result<Loaded, StoredProblem> {
    let json = json::parse(text)
        .map_err(|e| StoredProblem::Unreadable(format!("not JSON ({})", e.message)))?;
    let version = match json.get("version") {
        Some(Json::Number(v)) if *v >= 1.0 && v.fract() == 0.0 && *v <= f64::from(u32::MAX) => {
            *v as u32
        }
        _ => return Err(StoredProblem::Unreadable("no version".into())),
    };
    if version > SCHEMA_VERSION {
        return Err(StoredProblem::FutureVersion(version));
    }
    let json = upgrade(json, version);
    let answers = json
        .get("answers")
        .ok_or_else(|| StoredProblem::Unreadable("no answers".into()))?;
    let (progress, skipped) =
        answers_from(answers, guide_id).map_err(|e| StoredProblem::Unreadable(e.to_string()))?;
    Ok(Loaded { progress, skipped })
}

/// Run the migrations from `version` up to the current one.
pub fn upgrade(json: Json, version: u32) -> Json {
    upgrade_with(MIGRATIONS, json, version)
}

/// Run `steps[version - 1..]` in order (a record already at the last
/// version passes through untouched).
pub fn upgrade_with(steps: &[fn(Json) -> Json], json: Json, version: u32) -> Json {
    let first = version.saturating_sub(1) as usize;
    steps.iter().skip(first).fold(json, |json, step| step(json))
}

/// The answers of a record or export; damaged entries are counted, not fatal.
pub fn answers_from(answers: &Json, guide_id: &str) -> Result<(Progress, usize), DecodeError> {
    let mut progress = Progress::new(guide_id);
    let mut skipped = 0;
    for (key, value) in object(answers)? {
        match answer(value) {
            Ok(answer) if key.contains('/') => {
                progress.answers.insert(key.clone(), answer);
            }
            _ => skipped += 1,
        }
    }
    Ok((progress, skipped))
}

fn answer(json: &Json) -> Result<Answer, DecodeError> {
    let fields: &Fields = object(json)?;
    Ok(Answer {
        response: Decode::decode(fields_get(fields, "response")?)?,
        fingerprint: required(fields, "fingerprint")?,
        correct: required(fields, "correct")?,
        attempts: required(fields, "attempts")?,
        first_at: required(fields, "first_at")?,
        last_at: required(fields, "last_at")?,
        explanation: optional(fields, "explanation")?,
    })
}

fn fields_get<'a>(fields: &'a Fields, name: &str) -> Result<&'a Json, DecodeError> {
    crate::decode::field(fields, name).ok_or_else(|| DecodeError::new(format!("missing {name}")))
}
