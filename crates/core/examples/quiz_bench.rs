//! The native half of the quiz benchmark (`bench/quiz.sh`): the work the
//! reader does on each Check, without the browser. Grades every question of
//! a quiz file, then records each answer and writes the stored record after
//! it, and prints the times.
//!
//! ```sh
//! cargo run --release -p primer-core --example quiz_bench -- QUIZ.toml
//! ```
//!
//! Every tenth question (the 10th, 20th, ...) is answered wrongly, as in the
//! browser half, so both paths of grading run.

use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use primer_core::progress::{stored, Progress};
use primer_core::quiz::grade::grade;
use primer_core::quiz::parse::parse_quiz;
use primer_core::quiz::{Question, QuestionKind, Response};

/// The learner's answer to question `index`: right, or wrong for every tenth.
fn response(question: &Question, index: usize) -> Response {
    let wrong = index % 10 == 9;
    match &question.kind {
        QuestionKind::MultipleChoice(mc) => {
            let chosen = if wrong {
                &mc.distractors[..mc.distractors.len().min(1)]
            } else {
                &mc.answers[..]
            };
            Response::Choices {
                chosen: chosen.iter().map(|c| c.source.clone()).collect(),
            }
        }
        QuestionKind::ShortAnswer(sa) => Response::Text {
            text: if wrong {
                "public".into()
            } else {
                sa.answer.clone()
            },
        },
        QuestionKind::Tracing(tr) => {
            let compiles = tr.does_compile != wrong;
            Response::Tracing {
                compiles,
                stdout: compiles.then(|| tr.stdout.clone().unwrap_or_default()),
                line: (!compiles).then_some(tr.line_number.unwrap_or(1)),
            }
        }
    }
}

fn time(d: Duration) -> String {
    let micros = d.as_secs_f64() * 1e6;
    if micros < 1000.0 {
        format!("{micros:.1} µs")
    } else {
        format!("{:.2} ms", micros / 1000.0)
    }
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: quiz_bench QUIZ.toml");
        return ExitCode::from(2);
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(source) => source,
        Err(error) => {
            eprintln!("{path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let Some(quiz) = parse_quiz(&path, "big", &source).0 else {
        eprintln!("{path}: not a quiz file");
        return ExitCode::FAILURE;
    };
    let n = quiz.questions.len();
    let responses: Vec<Response> = quiz
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| response(q, i))
        .collect();

    let rounds = 2_000u32;
    let mut correct = 0;
    let start = Instant::now();
    for _ in 0..rounds {
        correct = quiz
            .questions
            .iter()
            .zip(&responses)
            .filter(|(q, r)| black_box(grade(&q.kind, r)).correct)
            .count();
    }
    let grading = start.elapsed() / rounds;

    let rounds = 20u32;
    let mut record_bytes = 0;
    let start = Instant::now();
    for _ in 0..rounds {
        let mut progress = Progress::new("quiz-bench");
        for (i, (q, r)) in quiz.questions.iter().zip(&responses).enumerate() {
            progress.record(&quiz.id, q, r.clone(), i as u64);
            record_bytes = black_box(stored::write(&progress)).len();
        }
    }
    let saving = start.elapsed() / rounds;

    println!("native (primer-core, release), {n} questions, {correct} answered right:");
    println!(
        "  grade all {n}:                                {} ({} per answer)",
        time(grading),
        time(grading / n.max(1) as u32)
    );
    println!(
        "  record each and write the stored record:      {} ({} per answer; the last record is {} KB)",
        time(saving),
        time(saving / n.max(1) as u32),
        record_bytes / 1024
    );
    ExitCode::SUCCESS
}
