//! Progress: saved answers follow wording edits but not answer edits;
//! merging, resets, the stored record and the export file.

use super::export::{export, import, ImportError};
use super::stored::{read, storage_key, upgrade, upgrade_with, write, StoredProblem, MIGRATIONS};
use super::tally;
use super::*;
use crate::bundle::{Objective, QuizSummary};
use crate::json::Json;
use crate::quiz::fingerprint::fingerprint;
use crate::quiz::{MultipleChoice, QuestionKind, Rich, ShortAnswer};

fn short(id: &str, prompt: &str, answer: &str, objectives: &[&str]) -> Question {
    let kind = QuestionKind::ShortAnswer(ShortAnswer {
        prompt: Rich::new(prompt),
        response: Default::default(),
        answer: answer.into(),
        alternatives: vec![],
    });
    Question {
        objectives: objectives.iter().map(|o| o.to_string()).collect(),
        ..Question::new(id, kind)
    }
}

fn choice(id: &str, answer: &str) -> Question {
    let kind = QuestionKind::MultipleChoice(MultipleChoice {
        prompt: Rich::new("Pick"),
        answers: vec![Rich::new(answer)],
        distractors: vec![Rich::new("Wrong \"one\"\n")],
        multiple: false,
        answer_index: None,
        sort_answers: false,
        feedback: Default::default(),
    });
    Question {
        fingerprint: fingerprint(&kind),
        kind,
        ..short(id, "", "x", &[])
    }
}

fn text(t: &str) -> Response {
    Response::Text { text: t.into() }
}

#[test]
fn wording_edit_keeps_the_answer_answer_edit_resets_only_that_question() {
    let mut progress = Progress::new("g");
    let q1 = short("q1", "What is TTL?", "time to live", &[]);
    let q2 = short("q2", "Port of HTTPS?", "443", &[]);
    assert!(
        progress
            .record("quiz", &q1, text("Time to live"), 10)
            .correct
    );
    progress.record("quiz", &q2, text("443"), 11);

    let reworded = short("q1", "What does TTL stand for?", "time to live", &[]);
    assert_eq!(
        progress.answer("quiz", &reworded).map(|a| a.correct),
        Some(true)
    );

    let new_answer = short("q1", "What is TTL?", "time-to-live", &[]);
    assert_eq!(progress.answer("quiz", &new_answer), None);
    assert!(
        progress.answer("quiz", &q2).is_some(),
        "the other question keeps its answer"
    );
}

#[test]
fn attempts_and_times() {
    let mut progress = Progress::new("g");
    let q = short("q", "p", "a", &[]);
    progress.record("quiz", &q, text("b"), 100);
    progress.record("quiz", &q, text("a"), 200);
    let answer = progress.answer("quiz", &q).unwrap();
    assert_eq!(
        (
            answer.attempts,
            answer.first_at,
            answer.last_at,
            answer.correct
        ),
        (2, 100, 200, true)
    );
    // After an answer edit the count starts again.
    let edited = short("q", "p", "c", &[]);
    progress.record("quiz", &edited, text("c"), 300);
    assert_eq!(progress.answer("quiz", &edited).unwrap().attempts, 1);
}

#[test]
fn merge_keeps_the_newer_answer_per_question() {
    let q1 = short("q1", "p", "a", &[]);
    let q2 = short("q2", "p", "a", &[]);
    let mut here = Progress::new("g");
    here.record("quiz", &q1, text("old"), 100);
    here.record("quiz", &q2, text("a"), 500);
    let mut there = Progress::new("g");
    there.record("quiz", &q1, text("a"), 200);
    there.record("quiz", &q2, text("older"), 400);
    here.merge(there);
    assert_eq!(here.answer("quiz", &q1).unwrap().response, text("a"));
    assert_eq!(here.answer("quiz", &q2).unwrap().response, text("a"));
}

#[test]
fn resets() {
    let q = short("q", "p", "a", &[]);
    let mut progress = Progress::new("g");
    for quiz in ["one", "two", "three"] {
        progress.record(quiz, &q, text("a"), 1);
    }
    progress.reset_quizzes(&["one"]);
    assert_eq!(progress.answers.len(), 2);
    progress.reset_question("two", "q");
    assert_eq!(progress.answers.keys().collect::<Vec<_>>(), ["three/q"]);
    progress.reset_all();
    assert!(progress.answers.is_empty());
}

fn sample() -> Progress {
    let mut progress = Progress::new("webops");
    progress.record(
        "caching",
        &short("q1", "p", "a", &[]),
        text("a \"quoted\"\n\tline"),
        1_700_000_000_000,
    );
    progress.record(
        "caching",
        &choice("q2", "Right"),
        Response::Choices {
            chosen: vec!["Wrong \"one\"\n".into()],
        },
        5,
    );
    progress.answers.insert(
        "env/q3".into(),
        Answer {
            response: Response::Tracing {
                compiles: false,
                stdout: None,
                line: Some(3),
            },
            fingerprint: "f".into(),
            correct: true,
            attempts: 4,
            first_at: 1,
            last_at: 2,
            explanation: None,
        },
    );
    progress.explain("caching", "q1", "Because \"TTL\"\nmeans it.".into());
    progress
}

#[test]
fn stored_record_round_trips() {
    let progress = sample();
    let loaded = read(&write(&progress), "webops").unwrap();
    assert_eq!(loaded.skipped, 0);
    assert_eq!(loaded.progress, progress);
    assert_eq!(storage_key("webops"), "primer:progress:webops");
}

#[test]
fn responses_are_written_as_serde_writes_them() {
    for answer in sample().answers.values() {
        let mut ours = String::new();
        json_out::response(&mut ours, &answer.response);
        assert_eq!(ours, serde_json::to_string(&answer.response).unwrap());
    }
}

#[test]
fn stored_problems_are_reported_not_hidden() {
    assert!(matches!(
        read("{not json", "g"),
        Err(StoredProblem::Unreadable(_))
    ));
    assert!(matches!(
        read("{\"answers\":{}}", "g"),
        Err(StoredProblem::Unreadable(_))
    ));
    assert_eq!(
        read("{\"version\":7,\"answers\":{}}", "g"),
        Err(StoredProblem::FutureVersion(7))
    );
    // One damaged answer is skipped and counted; the others load.
    let text = write(&sample()).replace("\"attempts\":4", "\"attempts\":\"four\"");
    let loaded = read(&text, "webops").unwrap();
    assert_eq!((loaded.skipped, loaded.progress.answers.len()), (1, 2));
}

#[test]
fn the_current_version_passes_through_untouched_and_a_newer_one_is_refused() {
    // Version 1 is the first schema: there is no older record to migrate,
    // so the chain is empty. Each future step gets a case here showing that
    // it keeps every answer.
    assert_eq!(MIGRATIONS.len() as u32, SCHEMA_VERSION - 1);
    let record = write(&sample());
    let json = crate::json::parse(&record).unwrap();
    assert_eq!(upgrade(json.clone(), SCHEMA_VERSION), json);
    assert_eq!(read(&record, "webops").unwrap().progress, sample());
    let newer = record.replace(
        &format!("\"version\":{SCHEMA_VERSION}"),
        &format!("\"version\":{}", SCHEMA_VERSION + 1),
    );
    assert_eq!(
        read(&newer, "webops"),
        Err(StoredProblem::FutureVersion(SCHEMA_VERSION + 1))
    );
}

#[test]
fn migrations_run_in_order_from_the_records_version() {
    // Steps made up for this test (not a real schema): each appends its
    // number, so the result shows which ran and in what order.
    fn mark(json: Json, n: f64) -> Json {
        match json {
            Json::Array(mut steps) => {
                steps.push(Json::Number(n));
                Json::Array(steps)
            }
            other => other,
        }
    }
    let steps: [fn(Json) -> Json; 3] = [|j| mark(j, 2.0), |j| mark(j, 3.0), |j| mark(j, 4.0)];
    let ran = |version: u32| match upgrade_with(&steps, Json::Array(vec![]), version) {
        Json::Array(steps) => steps
            .iter()
            .map(|s| match s {
                Json::Number(n) => *n as u32,
                _ => 0,
            })
            .collect::<Vec<_>>(),
        _ => vec![],
    };
    assert_eq!(ran(1), [2, 3, 4], "a version 1 record takes every step");
    assert_eq!(ran(3), [4], "a version 3 record takes only the last");
    assert_eq!(ran(4), Vec::<u32>::new(), "the current version none");
}

#[test]
fn an_explanation_is_kept_with_the_answer_until_it_is_answered_again() {
    let q = short("q", "p", "a", &[]);
    let mut progress = Progress::new("g");
    progress.record("quiz", &q, text("a"), 1);
    progress.explain("quiz", "q", "It is a.".into());
    progress.explain("quiz", "missing", "Nowhere to go.".into());
    assert_eq!(progress.answers.len(), 1);
    let loaded = read(&write(&progress), "g").unwrap().progress;
    assert_eq!(
        loaded.answer("quiz", &q).unwrap().explanation.as_deref(),
        Some("It is a.")
    );
    // A record without the field (every record before explanations) reads as none.
    let plain = write(&progress).replace(",\"explanation\":\"It is a.\"", "");
    assert_eq!(
        read(&plain, "g").unwrap().progress.answers["quiz/q"].explanation,
        None
    );
    progress.record("quiz", &q, text("b"), 2);
    assert_eq!(progress.answer("quiz", &q).unwrap().explanation, None);
}

#[test]
fn export_import_round_trip_and_errors() {
    let progress = sample();
    let file = export(&progress, "WebOps Study Guide", 42);
    assert_eq!(import(&file, "webops"), Ok(progress));
    assert_eq!(import("hello", "webops"), Err(ImportError::NotPrimer));
    assert_eq!(
        import("{\"answers\":{}}", "webops"),
        Err(ImportError::NotPrimer)
    );
    assert_eq!(
        import(&file, "other-guide"),
        Err(ImportError::OtherGuide {
            found: "webops".into()
        })
    );
    let future = file.replace("\"version\":1", "\"version\":2");
    assert_eq!(
        import(&future, "webops"),
        Err(ImportError::FutureVersion(2))
    );
    let damaged = file.replace("\"correct\":true", "\"correct\":1");
    assert!(matches!(
        import(&damaged, "webops"),
        Err(ImportError::Damaged(_))
    ));
    assert!(ImportError::OtherGuide { found: "x".into() }
        .to_string()
        .contains("another guide"));
}

#[test]
fn tallies_and_mastery() {
    let q1 = short("q1", "p", "a", &["define"]);
    let q2 = short("q2", "p", "a", &["define", "explain"]);
    let q3 = short("q3", "p", "a", &["explain"]);
    let quiz = crate::quiz::Quiz {
        id: "quiz".into(),
        file: "q.toml".into(),
        multipart: Default::default(),
        questions: vec![q1.clone(), q2.clone(), q3],
    };
    let summaries = vec![QuizSummary::of(&quiz)];
    let mut progress = Progress::new("g");
    progress.record("quiz", &q1, text("a"), 1);
    progress.record("quiz", &q2, text("wrong"), 2);
    let all = tally::quizzes(&summaries, &progress);
    assert_eq!((all.answered, all.correct, all.total), (2, 1, 3));
    let objectives = [
        Objective {
            id: "define".into(),
            text: "Define".into(),
        },
        Objective {
            id: "explain".into(),
            text: "Explain".into(),
        },
    ];
    let mastery = tally::objectives(&objectives, &summaries, &progress);
    assert_eq!(mastery[0].1.mastery(), 0.5);
    assert_eq!((mastery[1].1.answered, mastery[1].1.total), (1, 2));
}
