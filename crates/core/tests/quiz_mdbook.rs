//! A quiz written for mdbook-quiz loads unchanged, and each question grades right and wrong answers.

#![cfg(feature = "compile")]

use primer_core::quiz::grade::{grade, GradeDetail};
use primer_core::quiz::order::choice_order;
use primer_core::quiz::parse::parse_quiz;
use primer_core::quiz::{QuestionKind, Quiz, Response, ResponseSize};

/// In the style of mdbook-quiz's examples and the Rust book's quizzes.
const QUIZ: &str = r#####"
[[questions]]
type = "MultipleChoice"
prompt.prompt = """
What does it mean if a variable `x` is immutable?
"""
prompt.distractors = [
  "`x` is stored in the immutable region of memory.",
  "After being defined, `x` can be changed at most once.",
  "You cannot create a reference to `x`.",
]
answer.answer = "`x` cannot be changed after being assigned to a value."
context = """
Immutable means "not mutable", or not changeable.
"""
id = "18ea4c61-c7c3-433f-add5-d3d3156e3e71"

[[questions]]
type = "MultipleChoice"
prompt.prompt = """
Which of the following are valid ways to write the number 2<sup>10</sup> in Rust?
"""
prompt.distractors = ["`2^10`", "`2 ** 10`"]
answer.answer = ["`1024`", "`2_i32.pow(10)`", "`1 << 10`"]
prompt.sortAnswers = true
id = "5a9b1b9e-8b85-4e40-8a3c-1c9e2f8d4b11"

[questions.feedback]
"`2^10`" = "`^` is bitwise XOR in Rust, so this is 8."

[[questions]]
type = "ShortAnswer"
prompt.prompt = "What is the keyword used after `let` to indicate that a variable can be mutated?"
answer.answer = "mut"
answer.alternatives = ["let mut"]
context = """
For example, you can make a mutable variable `x` by writing: `let mut x = 1`.
"""
id = "dbbaea6a-f469-464f-9d60-99ae98456b6a"

[[questions]]
type = "Tracing"
prompt.program = """
fn main() {
  let x = 1;
  println!("{x}");
  x += 1;
  println!("{x}");
}
"""
answer.doesCompile = false
answer.lineNumber = 4
context = """
This is a compiler error because line 4 tries to mutate `x` when `x` is not marked as `mut`.
"""
id = "bba6a299-b20f-4685-934a-792a591df3c0"

[[questions]]
type = "Tracing"
prompt.program = """
fn main() {
  let mut s = String::from("hello");
  s.push_str(", world");
  println!("{s}");
  println!("{}", s.len());
}
"""
answer.doesCompile = true
answer.stdout = """
hello, world
12
"""
id = "0c7e2a51-2f0d-4b8e-9d2a-6b1f4e3c7a90"

[multipart]
q1 = """
Consider this program:

```rust
fn add_suffix(mut name: String) -> String {
    name.push_str(" Jr.");
    name
}
```
"""

[[questions]]
type = "MultipleChoice"
multipart = "q1"
prompt.prompt = "Does `add_suffix` take ownership of `name`?"
prompt.distractors = ["No, it borrows it"]
answer.answer = "Yes"
answer.position = 0
prompt.answerIndex = 0
id = "a1b2c3d4-0000-4000-8000-000000000001"

[[questions]]
type = "ShortAnswer"
multipart = "q1"
prompt.prompt = "What does `add_suffix(String::from(\"Ferris\"))` return?"
prompt.response = "short"
answer.answer = "Ferris Jr."
id = "a1b2c3d4-0000-4000-8000-000000000002"
"#####;

fn quiz() -> Quiz {
    let (quiz, diagnostics) = parse_quiz("src/ch03-01-variables.toml", "ch03-01", QUIZ);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    quiz.expect("the quiz parses")
}

fn kind(id: &str) -> QuestionKind {
    let quiz = quiz();
    let question = quiz.questions.iter().find(|q| q.id.starts_with(id));
    question.expect("question exists").kind.clone()
}

fn choices(texts: &[&str]) -> Response {
    Response::Choices {
        chosen: texts.iter().map(|t| t.to_string()).collect(),
    }
}

fn text(text: &str) -> Response {
    Response::Text {
        text: text.to_string(),
    }
}

fn traced(compiles: bool, stdout: Option<&str>, line: Option<u32>) -> Response {
    Response::Tracing {
        compiles,
        stdout: stdout.map(str::to_string),
        line,
    }
}

fn right_and_wrong(id: &str, right: &[Response], wrong: &[Response]) {
    let kind = kind(id);
    for response in right {
        assert!(
            grade(&kind, response).correct,
            "{response:?} should be right for {id}"
        );
    }
    for response in wrong {
        assert!(
            !grade(&kind, response).correct,
            "{response:?} should be wrong for {id}"
        );
    }
}

#[test]
fn mdbook_quiz_file_loads_with_every_question() {
    let mut quiz = quiz();
    assert_eq!((quiz.id.as_str(), quiz.questions.len()), ("ch03-01", 7));
    assert!(quiz.multipart["q1"]
        .source
        .contains("```rust\nfn add_suffix"));
    assert!(quiz
        .questions
        .iter()
        .all(|q| !q.derived_id && q.fingerprint.len() == 16));
    let grouped: Vec<_> = quiz
        .questions
        .iter()
        .filter(|q| q.multipart.as_deref() == Some("q1"))
        .collect();
    assert_eq!(grouped.len(), 2);
    let mut texts = 0;
    quiz.for_each_rich_mut(&mut |rich| {
        assert!(rich.blocks.is_empty() && !rich.source.is_empty());
        texts += 1;
    });
    assert!(texts > 20, "{texts}");
}

#[test]
fn mdbook_quiz_single_answer_multiple_choice() {
    let answer = "`x` cannot be changed after being assigned to a value.";
    let wrong = "You cannot create a reference to `x`.";
    right_and_wrong(
        "18ea4c61",
        &[choices(&[answer])],
        &[choices(&[wrong]), choices(&[answer, wrong]), text(answer)],
    );
    let QuestionKind::MultipleChoice(mc) = kind("18ea4c61") else {
        panic!()
    };
    assert!(!mc.multiple);
    let order = choice_order(&mc, "learner", "18ea4c61");
    assert_eq!(order, choice_order(&mc, "learner", "18ea4c61"));
    assert_eq!(order.iter().filter(|c| c.is_answer()).count(), 1);
}

#[test]
fn mdbook_quiz_several_answers_with_sup_and_sorted_choices() {
    let all = ["`1 << 10`", "`1024`", "`2_i32.pow(10)`"];
    right_and_wrong(
        "5a9b1b9e",
        &[
            choices(&all),
            choices(&["`2_i32.pow(10)`", "`1024`", "`1 << 10`", "`1024`"]),
        ],
        &[
            choices(&all[..2]),
            choices(&["`2^10`", all[0], all[1], all[2]]),
            choices(&[]),
        ],
    );
    let QuestionKind::MultipleChoice(mc) = kind("5a9b1b9e") else {
        panic!()
    };
    assert!(mc.multiple && mc.prompt.source.contains("2<sup>10</sup>"));
    assert!(mc.feedback["`2^10`"].source.contains("XOR"));
    let shown: Vec<_> = choice_order(&mc, "anyone", "5a9b1b9e")
        .iter()
        .map(|c| c.choice(&mc).unwrap().source.clone())
        .collect();
    assert_eq!(
        shown,
        [
            "`1 << 10`",
            "`1024`",
            "`2 ** 10`",
            "`2^10`",
            "`2_i32.pow(10)`"
        ]
    );
    let missed = grade(
        &QuestionKind::MultipleChoice(mc),
        &choices(&["`1024`", "`2^10`"]),
    )
    .detail;
    let expected = GradeDetail::Choices {
        wrong: vec!["`2^10`".into()],
        missed: vec!["`2_i32.pow(10)`".into(), "`1 << 10`".into()],
    };
    assert_eq!(missed, expected);
}

#[test]
fn mdbook_quiz_short_answer_with_alternatives() {
    right_and_wrong(
        "dbbaea6a",
        &[text("mut"), text("  MUT "), text("let   mut")],
        &[text("mutable"), text(""), choices(&["mut"])],
    );
}

#[test]
fn mdbook_quiz_tracing_that_does_not_compile() {
    right_and_wrong(
        "bba6a299",
        &[traced(false, None, Some(4))],
        &[
            traced(false, None, Some(3)),
            traced(true, Some("1\n2"), None),
            text("4"),
        ],
    );
}

#[test]
fn mdbook_quiz_tracing_that_prints() {
    right_and_wrong(
        "0c7e2a51",
        &[
            traced(true, Some("hello, world\n12"), None),
            traced(true, Some("hello, world  \r\n12\r\n"), None),
        ],
        &[
            traced(true, Some("hello world\n12"), None),
            traced(false, None, Some(3)),
            traced(true, None, None),
        ],
    );
}

#[test]
fn mdbook_quiz_multipart_group() {
    right_and_wrong(
        "a1b2c3d4-0000-4000-8000-000000000001",
        &[choices(&["Yes"])],
        &[choices(&["No, it borrows it"])],
    );
    let QuestionKind::MultipleChoice(mc) = kind("a1b2c3d4-0000-4000-8000-000000000001") else {
        panic!()
    };
    assert!(
        choice_order(&mc, "anyone", "q")
            .first()
            .unwrap()
            .is_answer(),
        "answerIndex = 0 puts the answer first"
    );
    let QuestionKind::ShortAnswer(sa) = kind("a1b2c3d4-0000-4000-8000-000000000002") else {
        panic!()
    };
    assert_eq!(sa.response, ResponseSize::Short);
    right_and_wrong(
        "a1b2c3d4-0000-4000-8000-000000000002",
        &[text("ferris jr.")],
        &[text("Ferris")],
    );
}
