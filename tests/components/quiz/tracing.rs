//! Tracing: the program with numbered lines and "Does this program
//! compile?" as a labelled group; the expected output is not in the page.

use primer_core::progress::Progress;

use super::{question, quiz, render_quiz, tracing};

#[tokio::test]
async fn the_program_and_the_compile_question() {
    let program = "x = 1\nprint(x + 1)\n";
    let q = quiz(vec![question("q1", tracing(program, Some("2"), None))]);
    let dom = render_quiz(q, Progress::new("g")).await;
    let pre = dom.one("pre.quiz-program");
    assert_eq!(pre.attr("tabindex"), Some("0"));
    assert!(pre.attr("aria-label").unwrap().contains("numbered"));
    let lines: Vec<String> = pre.all("span.quiz-line").iter().map(|l| l.text()).collect();
    assert_eq!(lines, ["x = 1\n", "print(x + 1)\n"]);
    let group = dom.one("fieldset.quiz-choices");
    assert_eq!(group.one("legend").text(), "Does this program compile?");
    let radios = group.all("input[type=radio]");
    assert_eq!(radios.len(), 2);
    let labels: Vec<String> = group.all("label").iter().map(|l| l.text()).collect();
    assert_eq!(labels, ["Yes", "No"]);
    assert_eq!(radios[0].attr("name"), radios[1].attr("name"));
    // The follow-up appears once the learner says whether it compiles.
    assert_eq!(dom.count("textarea"), 0);
    assert_eq!(dom.count("input[type=number]"), 0);
    assert!(!dom.one(".quiz-feedback").text().contains('2'));
}
