//! `--base-url`: the path a site is served from when it uses history
//! routing (`/docs/guide/`), checked so that it can go into HTML attributes
//! and URLs as it is.

use std::fmt;
use std::str::FromStr;

/// A URL path that starts and ends with `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseUrl(String);

impl BaseUrl {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for BaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Characters a base path may hold besides ASCII letters and digits: the
/// URL path characters that need no escaping in an HTML attribute.
const ALLOWED: &str = "/-._~!$()*+,;=:@%";

impl FromStr for BaseUrl {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text = text.trim();
        if !text.starts_with('/') || text.starts_with("//") {
            return Err(format!(
                "the base URL must be a path on the site's host that starts with `/`, like /docs/guide/ (got {text:?})"
            ));
        }
        if let Some(bad) = text
            .chars()
            .find(|c| !c.is_ascii_alphanumeric() && !ALLOWED.contains(*c))
        {
            return Err(format!(
                "the base URL {text:?} contains {bad:?}: use letters, digits, `/`, `-`, `_`, `.` (percent-encode anything else)"
            ));
        }
        if text.split('/').any(|segment| segment == "..") {
            return Err(format!("the base URL {text:?} must not contain `..`"));
        }
        let mut path = text.to_string();
        if !path.ends_with('/') {
            path.push('/');
        }
        Ok(BaseUrl(path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_accepted_with_a_trailing_slash() {
        for (given, expected) in [
            ("/docs/guide/", "/docs/guide/"),
            ("/docs/guide", "/docs/guide/"),
            ("/", "/"),
            (" /a%20b/ ", "/a%20b/"),
        ] {
            assert_eq!(given.parse::<BaseUrl>().unwrap().as_str(), expected);
        }
    }

    #[test]
    fn other_text_is_refused_with_a_reason() {
        for (given, reason) in [
            ("docs/guide/", "starts with `/`"),
            ("https://example.org/docs/", "starts with `/`"),
            ("//cdn.example.org/", "starts with `/`"),
            ("/docs\"><script>/", "contains '\"'"),
            ("/a b/", "contains ' '"),
            ("/docs/../x/", "`..`"),
            ("/é/", "contains 'é'"),
            ("/a&b/", "contains '&'"),
            ("", "starts with `/`"),
        ] {
            let error = given.parse::<BaseUrl>().unwrap_err();
            assert!(error.contains(reason), "{given:?}: {error}");
        }
    }
}
