//! Printing diagnostics: rustc-style with the source line and a caret, or
//! one JSON object per line for tools.

use std::collections::BTreeMap;

use primer_core::{Diagnostic, Severity};
use serde::Serialize;

use crate::args::Format;

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    severity: &'a str,
    file: &'a str,
    line: usize,
    column: usize,
    message: &'a str,
}

fn severity(d: &Diagnostic) -> &'static str {
    match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// Print every diagnostic to stdout (JSON) or stderr (human).
pub fn print(diagnostics: &[Diagnostic], texts: &BTreeMap<String, String>, format: Format) {
    for diagnostic in diagnostics {
        match format {
            Format::Json => {
                let line = JsonDiagnostic {
                    severity: severity(diagnostic),
                    file: &diagnostic.file,
                    line: diagnostic.line,
                    column: diagnostic.column,
                    message: &diagnostic.message,
                };
                println!(
                    "{}",
                    serde_json::to_string(&line).expect("plain data serialises")
                );
            }
            Format::Human => eprintln!(
                "{}",
                human(diagnostic, texts.get(&diagnostic.file).map(String::as_str))
            ),
        }
    }
}

/// One diagnostic as a person reads it.
pub fn human(diagnostic: &Diagnostic, source: Option<&str>) -> String {
    let mut out = format!(
        "{}: {}\n  --> {}:{}:{}",
        severity(diagnostic),
        diagnostic.message,
        diagnostic.file,
        diagnostic.line,
        diagnostic.column
    );
    if let Some(line) = source.and_then(|s| s.lines().nth(diagnostic.line.saturating_sub(1))) {
        let number = diagnostic.line.to_string();
        let gutter = " ".repeat(number.len());
        let caret_at: String = line
            .chars()
            .take(diagnostic.column.saturating_sub(1))
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        out.push_str(&format!(
            "\n{gutter} |\n{number} | {line}\n{gutter} | {caret_at}^"
        ));
    }
    out
}

/// `2 errors, 1 warning`.
pub fn summary(diagnostics: &[Diagnostic]) -> String {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    format!(
        "{}, {}",
        plural(errors, "error"),
        plural(warnings, "warning")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use primer_core::Position;

    #[test]
    fn caret_under_the_column() {
        let d = Diagnostic::error("a.md", Position { line: 2, column: 3 }, "bad");
        let shown = human(&d, Some("first\nab<Tag\n"));
        assert_eq!(
            shown,
            "error: bad\n  --> a.md:2:3\n  |\n2 | ab<Tag\n  |   ^"
        );
    }
}
