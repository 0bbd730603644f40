//! Quizzes: every question type's controls and labels, the answered state
//! (your answer beside the correct one, the explanation), hints, multipart
//! context, the summary and the review. `render_quiz` renders a quiz as a
//! chapter does, inside a progress context holding the given answers.

mod choices;
mod explain;
mod feedback;
mod multipart;
mod rich;
mod short_answer;
mod summary;
mod tracing;

use primer::links::Links;
use primer::render::{blocks, Context};
use primer::state::{ProgressContext, ProgressState};
use primer_core::document::Block;
use primer_core::progress::Progress;
use primer_core::quiz::{
    MultipleChoice, Question, QuestionKind, Quiz, Response, ResponseSize, Rich, ShortAnswer,
    Tracing,
};
use yew::prelude::*;

use crate::support::{component, para, Dom, PERMALINK};

/// The learner seed every test renders with.
pub const LEARNER: &str = "learner-1";

/// Author text compiled to one paragraph.
pub fn rich(words: &str) -> Rich {
    Rich {
        source: words.into(),
        blocks: vec![para(words)],
    }
}

pub fn question(id: &str, kind: QuestionKind) -> Question {
    Question::new(id, kind)
}

pub fn single(prompt: &str, answer: &str, distractors: &[&str]) -> QuestionKind {
    QuestionKind::MultipleChoice(MultipleChoice {
        prompt: rich(prompt),
        answers: vec![rich(answer)],
        distractors: distractors.iter().map(|d| rich(d)).collect(),
        multiple: false,
        answer_index: None,
        sort_answers: false,
        feedback: Default::default(),
    })
}

pub fn multiple(prompt: &str, answers: &[&str], distractors: &[&str]) -> QuestionKind {
    QuestionKind::MultipleChoice(MultipleChoice {
        prompt: rich(prompt),
        answers: answers.iter().map(|a| rich(a)).collect(),
        distractors: distractors.iter().map(|d| rich(d)).collect(),
        multiple: true,
        answer_index: None,
        sort_answers: true,
        feedback: Default::default(),
    })
}

pub fn short(prompt: &str, answer: &str, size: ResponseSize) -> QuestionKind {
    QuestionKind::ShortAnswer(ShortAnswer {
        prompt: rich(prompt),
        response: size,
        answer: answer.into(),
        alternatives: vec!["also right".into()],
    })
}

pub fn tracing(program: &str, stdout: Option<&str>, line: Option<u32>) -> QuestionKind {
    QuestionKind::Tracing(Tracing {
        program: program.into(),
        prompt: None,
        does_compile: stdout.is_some(),
        stdout: stdout.map(String::from),
        line_number: line,
    })
}

pub fn quiz(questions: Vec<Question>) -> Quiz {
    Quiz {
        id: "caching".into(),
        file: "quizzes/caching.toml".into(),
        multipart: Default::default(),
        questions,
    }
}

/// `progress` with `response` recorded for question `index` of `quiz`.
pub fn answered(quiz: &Quiz, answers: &[(usize, Response)]) -> Progress {
    let mut progress = Progress::new("study-guide");
    for (i, (index, response)) in answers.iter().enumerate() {
        progress.record(
            &quiz.id,
            &quiz.questions[*index],
            response.clone(),
            i as u64 + 1,
        );
    }
    progress
}

pub fn chose(choices: &[&str]) -> Response {
    Response::Choices {
        chosen: choices.iter().map(|c| c.to_string()).collect(),
    }
}

#[derive(Properties, PartialEq)]
struct QuizPageProps {
    quiz: Quiz,
    progress: Progress,
}

#[function_component]
fn QuizPage(props: &QuizPageProps) -> Html {
    let state = use_reducer(|| ProgressState::new(props.progress.clone(), LEARNER));
    let cx = Context::new(Links::default(), PERMALINK);
    let tree = vec![Block::Quiz(std::sync::Arc::new(props.quiz.clone()))];
    html! {
        <ContextProvider<ProgressContext> context={state}>
            {blocks(&tree, &cx)}
        </ContextProvider<ProgressContext>>
    }
}

/// Render `quiz` in a chapter, with `progress` as the learner's answers.
pub async fn render_quiz(quiz: Quiz, progress: Progress) -> Dom {
    component::<QuizPage>(QuizPageProps { quiz, progress }).await
}
