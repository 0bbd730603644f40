//! Unit tests of quiz parsing: accepted shapes, and where each finding points.

use super::*;
use crate::diagnostic::Severity;
use crate::quiz::ResponseSize;

/// Parse `source` and render its findings as `line:column: severity: message`.
fn case(source: &str) -> (Option<Quiz>, Vec<String>) {
    let (quiz, diagnostics) = parse_quiz("quiz.toml", "quiz", source);
    let findings = diagnostics
        .iter()
        .map(|d| {
            let severity = if d.severity == Severity::Error {
                "error"
            } else {
                "warning"
            };
            format!("{}:{}: {severity}: {}", d.line, d.column, d.message)
        })
        .collect();
    (quiz, findings)
}

/// Expect exactly one finding, starting with `expected` (position and severity at least).
fn one_finding(source: &str, expected: &str) {
    let (_, findings) = case(source);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert!(
        findings[0].starts_with(expected),
        "{:?} does not start with {expected:?}",
        findings[0]
    );
}

const MC: &str = r#"
[[questions]]
id = "mc"
type = "MultipleChoice"
prompt.prompt = "Pick one"
prompt.distractors = ["b", "c"]
answer.answer = "a"
"#;

#[test]
fn reads_a_multiple_choice_question() {
    let (quiz, findings) = case(MC);
    assert!(findings.is_empty(), "{findings:?}");
    let quiz = quiz.unwrap();
    assert_eq!(
        (quiz.id.as_str(), quiz.file.as_str()),
        ("quiz", "quiz.toml")
    );
    let q = &quiz.questions[0];
    assert_eq!(
        (q.id.as_str(), q.derived_id, q.fingerprint.len()),
        ("mc", false, 16)
    );
    let QuestionKind::MultipleChoice(mc) = &q.kind else {
        panic!("{q:?}")
    };
    assert_eq!(mc.prompt, Rich::new("Pick one"));
    assert_eq!(mc.answers, [Rich::new("a")]);
    assert_eq!(mc.distractors, [Rich::new("b"), Rich::new("c")]);
    assert!(!mc.multiple && !mc.sort_answers && mc.answer_index.is_none());
}

#[test]
fn reads_table_headers_lists_and_extensions() {
    let source = r#"
[multipart]
group = "Shared **context**"

[[questions]]
id = "many"
type = "MultipleChoice"
multipart = "group"
objectives = ["dns"]
hint = "Think"
context = "Because"
promptExplanation = true
[questions.prompt]
prompt = "Pick some"
distractors = ["c"]
answerIndex = 1
sortAnswers = true
[questions.answer]
answer = ["a", "b"]
[questions.feedback]
"c" = "Not c"
"#;
    let (quiz, findings) = case(source);
    assert!(findings.is_empty(), "{findings:?}");
    let quiz = quiz.unwrap();
    assert_eq!(quiz.multipart["group"], Rich::new("Shared **context**"));
    let q = &quiz.questions[0];
    assert_eq!(q.multipart.as_deref(), Some("group"));
    assert_eq!(
        (q.objectives.clone(), q.hint.clone()),
        (vec!["dns".to_string()], Some(Rich::new("Think")))
    );
    assert_eq!(
        q.prompt_explanation,
        Some(Rich::new(DEFAULT_PROMPT_EXPLANATION))
    );
    let QuestionKind::MultipleChoice(mc) = &q.kind else {
        panic!()
    };
    assert!(mc.multiple && mc.sort_answers);
    assert_eq!(mc.answer_index, Some(1));
    assert_eq!(mc.feedback["c"], Rich::new("Not c"));
}

#[test]
fn reads_short_answer_and_tracing() {
    let source = r#"
[[questions]]
id = "sa"
type = "ShortAnswer"
prompt.prompt = "Keyword?"
prompt.response = "code"
answer.answer = "mut"
answer.alternatives = ["let mut"]
answer.position = 3  # real mdbook-quiz keys we do not use are ignored

[[questions]]
id = "tr"
type = "Tracing"
prompt.program = "fn main() {}"
answer.doesCompile = false
answer.lineNumber = 4
"#;
    let (quiz, findings) = case(source);
    assert!(findings.is_empty(), "{findings:?}");
    let quiz = quiz.unwrap();
    let QuestionKind::ShortAnswer(sa) = &quiz.questions[0].kind else {
        panic!()
    };
    assert_eq!(
        (sa.answer.as_str(), sa.response),
        ("mut", ResponseSize::Code)
    );
    assert_eq!(sa.alternatives, ["let mut"]);
    let QuestionKind::Tracing(tr) = &quiz.questions[1].kind else {
        panic!()
    };
    assert_eq!(
        (tr.does_compile, tr.line_number, tr.stdout.as_deref()),
        (false, Some(4), None)
    );
}

#[test]
fn a_question_without_id_gets_a_derived_one_and_a_warning() {
    let (quiz, findings) = case(&MC.replace("id = \"mc\"\n", ""));
    assert_eq!(findings.len(), 1);
    assert!(
        findings[0].starts_with("2:1: warning: question has no `id`"),
        "{findings:?}"
    );
    let q = &quiz.unwrap().questions[0];
    assert!(
        q.derived_id && q.id.starts_with("q-") && q.id.len() == 10,
        "{}",
        q.id
    );
    assert!(q.id[2..].chars().all(|c| c.is_ascii_hexdigit()));
    // The same content always derives the same id.
    assert_eq!(
        case(&MC.replace("id = \"mc\"\n", "")).0.unwrap().questions[0].id,
        q.id
    );
}

#[test]
fn findings_point_at_the_line_and_column() {
    one_finding("[[questions]\n", "1:12: error: invalid TOML");
    one_finding("title = \"x\"\n", "1:1: error: no `[[questions]]`");
    one_finding(
        "questions = 3\n",
        "1:13: error: `questions` must be an array",
    );
    one_finding(
        "\n[[questions]]\nid = \"x\"\n",
        "2:1: error: question is missing `type`",
    );
    one_finding(
        &MC.replace("\"MultipleChoice\"", "\"Essay\""),
        "4:8: error: `type` must be",
    );
    one_finding(
        &MC.replace("prompt.prompt = \"Pick one\"\n", ""),
        "2:1: error: question is missing `prompt.prompt`",
    );
    one_finding(
        &MC.replace("answer.answer = \"a\"", "answer.answer = []"),
        "7:17: error: MultipleChoice question has no answer",
    );
    one_finding(
        &MC.replace("answer.answer = \"a\"", "answer.answer = 1"),
        "7:17: error: `answer.answer` must be a string or an array",
    );
    one_finding(
        &MC.replace("answer.answer = \"a\"", "answer.answer = \"b\""),
        "6:22: error: \"b\" is listed twice among the choices",
    );
    one_finding(
        &MC.replace("answer.answer = \"a\"", "answer.answer = [\"a\", \"a\"]"),
        "7:17: error: \"a\" is listed twice among the choices",
    );
    one_finding(
        &MC.replace(
            "prompt.prompt = \"Pick one\"\n",
            "multipart = \"nope\"\nprompt.prompt = \"P\"\n",
        ),
        "5:13: error: multipart group `nope`",
    );
    one_finding(
        &format!("{MC}feedback.\"z\" = \"why\"\n"),
        "8:16: warning: feedback for \"z\" matches no choice",
    );
    one_finding(
        &format!("{MC}prompt.answerIndex = -1\n"),
        "8:22: error: `prompt.answerIndex` must be a non-negative integer",
    );
    one_finding(
        &format!("{MC}{MC}"),
        "10:6: error: duplicate question id `mc` (also used by the question at line 2)",
    );
    one_finding(
        &format!("{MC}[multipart]\nx = 1\n"),
        "9:5: error: `multipart.x` must be a string",
    );
}

#[test]
fn tracing_needs_the_output_or_warns_without_a_line() {
    let tracing = "[[questions]]\nid = \"t\"\ntype = \"Tracing\"\nprompt.program = \"p\"\nanswer.doesCompile = ";
    one_finding(
        &format!("{tracing}true\n"),
        "5:22: error: `answer.doesCompile` is true, so `answer.stdout`",
    );
    one_finding(
        &format!("{tracing}false\n"),
        "5:22: warning: no `answer.lineNumber`",
    );
    one_finding(
        &format!("{tracing}\"yes\"\n"),
        "5:22: error: `answer.doesCompile` must be a boolean, found \"yes\"",
    );
    one_finding(
        &format!("{tracing}false\nanswer.lineNumber = 0\n"),
        "6:21: error: `answer.lineNumber` must be a line number",
    );
}

#[test]
fn a_prompt_that_is_not_a_table_is_reported_once() {
    let source = "[[questions]]\nid = \"x\"\ntype = \"MultipleChoice\"\nprompt = \"Ok\"\nanswer.answer = \"Yeah\"\n";
    one_finding(
        source,
        "4:10: error: `prompt` must be a table, found \"Ok\"",
    );
}

#[test]
fn every_bad_question_is_reported_and_the_good_ones_kept() {
    let bad = "[[questions]]\ntype = \"ShortAnswer\"\nprompt.prompt = 1\n";
    let (quiz, findings) = case(&format!("{bad}{MC}{bad}"));
    let errors: Vec<_> = findings.iter().filter(|f| f.contains("error")).collect();
    assert_eq!(errors.len(), 4, "{findings:#?}"); // a bad prompt and no answer, twice
    assert!(
        errors[2].starts_with("13:17: error: `prompt.prompt` must be a string, found an integer"),
        "{errors:?}"
    );
    let quiz = quiz.unwrap();
    assert_eq!(quiz.questions.len(), 1);
    assert_eq!(quiz.questions[0].id, "mc");
}

#[test]
fn an_empty_questions_array_is_a_warning() {
    let (quiz, findings) = case("questions = []\n");
    assert_eq!(findings, ["1:1: warning: this quiz has no questions"]);
    assert!(quiz.unwrap().questions.is_empty());
}

proptest::proptest! {
    #[test]
    fn no_input_panics(source in "\\PC{0,200}") {
        let _ = parse_quiz("quiz.toml", "quiz", &source);
    }

    #[test]
    fn no_edit_of_a_valid_file_panics(at in 0usize..200, insert in "[\\[\\]{}=\"a-z0-9 .,\n]{0,16}") {
        let mut source = MC.to_string();
        source.insert_str(at.min(source.len()), &insert);
        let _ = parse_quiz("quiz.toml", "quiz", &source);
    }
}
