//! Quiz outline: the chapter's quiz as a labelled, numbered list of prompts.

use primer_core::document::Block;
use primer_core::quiz::{MultipleChoice, Question, QuestionKind, Quiz, Rich, ShortAnswer, Tracing};

use crate::support::{para, render};

fn rich(words: &str) -> Rich {
    Rich {
        source: words.into(),
        blocks: vec![para(words)],
    }
}

fn question(id: &str, kind: QuestionKind) -> Question {
    Question {
        id: id.into(),
        derived_id: false,
        kind,
        context: None,
        multipart: None,
        prompt_explanation: None,
        objectives: vec![],
        hint: None,
        fingerprint: "f".into(),
    }
}

fn quiz(questions: Vec<Question>) -> Block {
    Block::Quiz(Box::new(Quiz {
        id: "caching".into(),
        file: "quizzes/caching.toml".into(),
        multipart: Default::default(),
        questions,
    }))
}

fn multiple_choice(prompt: &str) -> QuestionKind {
    QuestionKind::MultipleChoice(MultipleChoice {
        prompt: rich(prompt),
        answers: vec![rich("Right")],
        distractors: vec![rich("Wrong")],
        multiple: false,
        answer_index: None,
        sort_answers: false,
        feedback: Default::default(),
    })
}

#[tokio::test]
async fn every_question_kind_shows_its_prompt() {
    let dom = render(vec![quiz(vec![
        question("q1", multiple_choice("What is a TTL?")),
        question(
            "q2",
            QuestionKind::ShortAnswer(ShortAnswer {
                prompt: rich("Name a cache layer."),
                response: Default::default(),
                answer: "edge".into(),
                alternatives: vec![],
            }),
        ),
        question(
            "q3",
            QuestionKind::Tracing(Tracing {
                program: "fn main() {}\n".into(),
                prompt: Some(rich("Does it compile?")),
                does_compile: true,
                stdout: None,
                line_number: None,
            }),
        ),
    ])])
    .await;
    let section = dom.one("section.quiz");
    assert_eq!(section.attr("aria-labelledby"), Some("quiz-caching"));
    assert_eq!(section.one("h2#quiz-caching").text(), "Quiz: 3 questions");
    let items = section.all("ol.quiz-questions > li");
    assert_eq!(items.len(), 3);
    assert_eq!(items[0].one("p").text(), "What is a TTL?");
    assert_eq!(items[1].one("p").text(), "Name a cache layer.");
    assert_eq!(items[2].one("p").text(), "Does it compile?");
    assert_eq!(items[2].one("pre code").text(), "fn main() {}");
    assert!(
        !dom.html.contains("Right") && !dom.html.contains("edge"),
        "answers stay out of the outline: {dom}"
    );
}

#[tokio::test]
async fn one_question_is_singular() {
    let dom = render(vec![quiz(vec![question("q1", multiple_choice("Why?"))])]).await;
    assert_eq!(dom.one("h2").text(), "Quiz: 1 question");
}
