//! Where things live: turning chapter permalinks into in-app hrefs (hash,
//! history or in-element routing) and bundle-relative asset paths into URLs.

/// How the reader's routes appear in the address bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Routing {
    /// `#/study-guide/caching#heading`: works on any static host.
    Hash,
    /// `/docs/guide/study-guide/caching#heading` under `base` (needs the host
    /// to serve index.html for every route).
    History { base: String },
    /// Inside an element embedded in another site's page: the address bar
    /// never changes. Hrefs are the stand-alone guide's addresses
    /// (`<manifest folder>#/study-guide/caching#heading`), so a link opened
    /// in a new tab still works; a plain click is caught and navigates
    /// inside the element (see `route::of_link`).
    Memory,
}

/// Everything rendering needs to build URLs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Links {
    pub routing: Routing,
    /// The folder of manifest.json, ending in `/` (or empty: the page's folder).
    pub content_base: String,
}

impl Default for Links {
    fn default() -> Self {
        Links {
            routing: Routing::Hash,
            content_base: String::new(),
        }
    }
}

impl Links {
    /// The href of a chapter, optionally at a heading.
    pub fn chapter(&self, permalink: &str, heading: Option<&str>) -> String {
        let permalink = permalink.trim_matches('/');
        let fragment = heading.map(|h| format!("#{h}")).unwrap_or_default();
        match &self.routing {
            Routing::Hash => format!("#/{permalink}{fragment}"),
            Routing::History { base } => {
                format!("{}/{permalink}{fragment}", base.trim_end_matches('/'))
            }
            Routing::Memory => format!("{}#/{permalink}{fragment}", self.content_base),
        }
    }

    /// The href of a heading in the current chapter.
    pub fn heading(&self, permalink: &str, id: &str) -> String {
        self.chapter(permalink, Some(id))
    }

    /// The URL of a built file (bundle, asset) named relative to the manifest.
    pub fn content(&self, path: &str) -> String {
        let is_absolute =
            path.starts_with('/') || path.contains("://") || path.starts_with("data:");
        if is_absolute {
            path.to_string()
        } else {
            format!("{}{path}", self.content_base)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hrefs() {
        let hash = Links::default();
        assert_eq!(
            hash.chapter("/study-guide/caching/", None),
            "#/study-guide/caching"
        );
        assert_eq!(hash.chapter("a", Some("h")), "#/a#h");
        let history = Links {
            routing: Routing::History {
                base: "/docs/guide/".into(),
            },
            content_base: "/docs/guide/content/".into(),
        };
        assert_eq!(history.chapter("a/b", Some("h")), "/docs/guide/a/b#h");
        assert_eq!(
            history.content("assets/x.svg"),
            "/docs/guide/content/assets/x.svg"
        );
        assert_eq!(history.content("https://e.x/y.png"), "https://e.x/y.png");
        let embedded = Links {
            routing: Routing::Memory,
            content_base: "https://docs.example/guide/".into(),
        };
        assert_eq!(
            embedded.chapter("/a/b/", Some("h")),
            "https://docs.example/guide/#/a/b#h"
        );
    }
}
