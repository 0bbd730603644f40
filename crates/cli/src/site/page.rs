//! The site's `index.html`: the shell's page with the guide's title, the
//! content-hashed names of the files it loads, and its routing: hash
//! routing with relative URLs (works from any folder), or, with a base URL,
//! history routing with every URL absolute under that base (deep links
//! such as `/docs/guide/study-guide/caching` load the same files).

use std::collections::BTreeMap;

use super::base_url::BaseUrl;
use super::references;
use super::SiteError;

/// The shell page's routing attribute, replaced for history routing.
const HASH_ROUTING: &str = r#"data-routing="hash""#;
/// The shell page's placeholder title, replaced by the guide's.
const TITLE: &str = "<title>Study guide</title>";

/// Finish the page. `names` maps each file of the site to its final path
/// (the same path for files that keep their names).
pub fn finish(
    shell_page: &str,
    names: &BTreeMap<String, String>,
    guide_title: &str,
    base: Option<&BaseUrl>,
) -> Result<String, SiteError> {
    let prefix = base.map(BaseUrl::as_str).unwrap_or("");
    let urls: BTreeMap<&str, String> = names
        .iter()
        .filter(|(from, to)| base.is_some() || from != to)
        .map(|(from, to)| (from.as_str(), format!("{prefix}{to}")))
        .collect();
    let page = references::rewrite(shell_page, &urls);
    let page = replace_once(
        &page,
        TITLE,
        &format!("<title>{}</title>", escape(guide_title)),
    )?;
    match base {
        Some(base) => replace_once(
            &page,
            HASH_ROUTING,
            &format!(
                r#"data-routing="history" data-base="{}""#,
                escape(base.as_str())
            ),
        ),
        None => Ok(page),
    }
}

fn replace_once(page: &str, marker: &'static str, with: &str) -> Result<String, SiteError> {
    if !page.contains(marker) {
        return Err(SiteError::PageMarkerMissing(marker));
    }
    Ok(page.replacen(marker, with, 1))
}

/// Text made safe to place between HTML tags and inside quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHELL: &str = r#"<title>Study guide</title><link href="primer.css"><div id="primer" data-manifest="manifest.json" data-routing="hash"></div><script type="module">import init from "./primer.js";</script>"#;

    fn names() -> BTreeMap<String, String> {
        BTreeMap::from([
            (
                "primer.css".to_string(),
                "primer.1111111111.css".to_string(),
            ),
            ("primer.js".to_string(), "primer.2222222222.js".to_string()),
            ("manifest.json".to_string(), "manifest.json".to_string()),
        ])
    }

    #[test]
    fn hash_routing_keeps_relative_urls() {
        let page = finish(SHELL, &names(), "Caching & CDNs", None).unwrap();
        assert_eq!(
            page,
            r#"<title>Caching &amp; CDNs</title><link href="primer.1111111111.css"><div id="primer" data-manifest="manifest.json" data-routing="hash"></div><script type="module">import init from "./primer.2222222222.js";</script>"#
        );
    }

    #[test]
    fn a_base_url_makes_urls_absolute_and_routing_history() {
        let base: BaseUrl = "/docs/guide/".parse().unwrap();
        let page = finish(SHELL, &names(), "T", Some(&base)).unwrap();
        assert_eq!(
            page,
            r#"<title>T</title><link href="/docs/guide/primer.1111111111.css"><div id="primer" data-manifest="/docs/guide/manifest.json" data-routing="history" data-base="/docs/guide/"></div><script type="module">import init from "/docs/guide/primer.2222222222.js";</script>"#
        );
    }

    #[test]
    fn a_title_cannot_inject_markup() {
        let page = finish(SHELL, &names(), "</title><script>alert(1)</script>", None).unwrap();
        assert!(
            page.starts_with("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>")
        );
    }

    #[test]
    fn a_page_without_the_markers_is_an_error() {
        let error = finish("<html></html>", &names(), "T", None).unwrap_err();
        assert!(error.to_string().contains("<title>Study guide</title>"));
    }
}
