//! A fenced code block's info string: its language and shell prompt user.

/// `bash{promptUser: user}` -> (`bash`, `user`); `rust ignore` -> (`rust`, none).
pub(super) fn code_info(info: &str) -> (Option<String>, Option<String>) {
    let info = info.trim();
    let lang_end = info
        .find(|c: char| c == '{' || c.is_whitespace() || c == ',')
        .unwrap_or(info.len());
    let lang = Some(info[..lang_end].to_string()).filter(|l| !l.is_empty());
    let prompt = key_value(&info[lang_end..], "promptUser");
    (lang, prompt)
}

/// The value of `key: value` in the meta after the language, where `key` is
/// a key of its own (after `{`, `,` or white space), not the end of a longer
/// word (`notpromptUser`) nor the start of one (`promptUserName`).
fn key_value(meta: &str, key: &str) -> Option<String> {
    meta.match_indices(key).find_map(|(i, _)| {
        let before = meta[..i].chars().next_back();
        if !before.is_some_and(|c| c == '{' || c == ',' || c.is_whitespace()) {
            return None;
        }
        let rest = &meta[i + key.len()..];
        let value = rest.trim_start().strip_prefix(':')?.trim_start();
        let value: String = value
            .trim_start_matches(['"', '\''])
            .chars()
            .take_while(|c| !matches!(c, ',' | '}' | '"' | '\''))
            .collect();
        Some(value.trim().to_string()).filter(|v| !v.is_empty())
    })
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
            ("bash promptUser: user", (Some("bash"), Some("user"))),
            (
                "bash{promptHost: h}{promptUser: alice}",
                (Some("bash"), Some("alice")),
            ),
            // Only the key itself, not a longer word around it.
            ("bash{notpromptUser: x}", (Some("bash"), None)),
            ("bash notpromptUser: x", (Some("bash"), None)),
            ("bash{promptUserName: x}", (Some("bash"), None)),
            (
                "bash{promptUserName: x, promptUser: y}",
                (Some("bash"), Some("y")),
            ),
            (
                "bash{notpromptUser: x, promptUser: y}",
                (Some("bash"), Some("y")),
            ),
            ("", (None, None)),
        ];
        for (info, (lang, prompt)) in cases {
            let (l, p) = code_info(info);
            assert_eq!((l.as_deref(), p.as_deref()), (lang, prompt), "{info}");
        }
    }
}
