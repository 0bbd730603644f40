//! Writing the progress formats as JSON (the reader carries no JSON
//! library; reading goes through `crate::json` and `crate::decode`).

use crate::quiz::Response;

use super::Answer;

/// `text` as a JSON string literal.
pub fn string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A response in the same form serde writes (`{"choices":{"chosen":[...]}}`).
pub fn response(out: &mut String, response: &Response) {
    match response {
        Response::Choices { chosen } => {
            out.push_str("{\"choices\":{\"chosen\":[");
            for (i, choice) in chosen.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                string(out, choice);
            }
            out.push_str("]}}");
        }
        Response::Text { text } => {
            out.push_str("{\"text\":{\"text\":");
            string(out, text);
            out.push_str("}}");
        }
        Response::Tracing {
            compiles,
            stdout,
            line,
        } => {
            out.push_str(&format!("{{\"tracing\":{{\"compiles\":{compiles}"));
            if let Some(stdout) = stdout {
                out.push_str(",\"stdout\":");
                string(out, stdout);
            }
            if let Some(line) = line {
                out.push_str(&format!(",\"line\":{line}"));
            }
            out.push_str("}}");
        }
    }
}

/// The `answers` object shared by the stored record and the export file.
pub fn answers<'a>(out: &mut String, answers: impl Iterator<Item = (&'a String, &'a Answer)>) {
    out.push('{');
    for (i, (key, answer)) in answers.enumerate() {
        if i > 0 {
            out.push(',');
        }
        string(out, key);
        out.push_str(":{\"response\":");
        response(out, &answer.response);
        out.push_str(",\"fingerprint\":");
        string(out, &answer.fingerprint);
        out.push_str(&format!(
            ",\"correct\":{},\"attempts\":{},\"first_at\":{},\"last_at\":{}",
            answer.correct, answer.attempts, answer.first_at, answer.last_at
        ));
        if let Some(explanation) = &answer.explanation {
            out.push_str(",\"explanation\":");
            string(out, explanation);
        }
        out.push('}');
    }
    out.push('}');
}
