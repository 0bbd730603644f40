//! A fenced code block's info string: its language and shell prompt user.

/// `bash{promptUser: user}` -> (`bash`, `user`); `rust ignore` -> (`rust`, none).
pub(super) fn code_info(info: &str) -> (Option<String>, Option<String>) {
    let info = info.trim();
    let lang_end = info
        .find(|c: char| c == '{' || c.is_whitespace() || c == ',')
        .unwrap_or(info.len());
    let lang = Some(info[..lang_end].to_string()).filter(|l| !l.is_empty());
    let prompt = info[lang_end..].find("promptUser").and_then(|i| {
        let rest = &info[lang_end + i + "promptUser".len()..];
        let value = rest.trim_start().strip_prefix(':')?.trim_start();
        let value: String = value
            .trim_start_matches(['"', '\''])
            .chars()
            .take_while(|c| !matches!(c, ',' | '}' | '"' | '\''))
            .collect();
        Some(value.trim().to_string()).filter(|v| !v.is_empty())
    });
    (lang, prompt)
}

#[cfg(test)]
mod tests {
    use super::code_info;

    #[test]
    fn code_info_forms() {
        let cases = [
            ("bash{promptUser: user}", (Some("bash"), Some("user"))),
            (
                "bash{promptUser: \"root\", promptHost: h}",
                (Some("bash"), Some("root")),
            ),
            ("rust ignore", (Some("rust"), None)),
            ("", (None, None)),
        ];
        for (info, (lang, prompt)) in cases {
            let (l, p) = code_info(info);
            assert_eq!((l.as_deref(), p.as_deref()), (lang, prompt), "{info}");
        }
    }
}
