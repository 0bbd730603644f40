//! Where the learner is: a chapter permalink and maybe a heading, read from
//! the address bar (`#/study-guide/caching#ttl` with hash routing,
//! `/base/study-guide/caching#ttl` with history routing) or, inside an
//! embedded element, from the link the learner followed.

use crate::links::Routing;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Route {
    /// `None`: the guide's first chapter.
    pub permalink: Option<String>,
    pub heading: Option<String>,
}

/// Read a route from a URL's `path` and `hash` (both as `location` gives them).
pub fn parse(routing: &Routing, path: &str, hash: &str) -> Route {
    let (route_part, heading) = match routing {
        Routing::Hash => {
            let after = hash.strip_prefix('#').unwrap_or(hash);
            let Some(route) = after.strip_prefix('/') else {
                // A plain `#heading` (an old-style anchor) on the first chapter.
                return Route {
                    permalink: None,
                    heading: non_empty(after),
                };
            };
            match route.split_once('#') {
                Some((route, heading)) => (route.to_string(), non_empty(heading)),
                None => (route.to_string(), None),
            }
        }
        // Embedded: the address bar is the host page's, never ours.
        Routing::Memory => return Route::default(),
        Routing::History { base } => {
            let base = base.trim_end_matches('/');
            let route = path.strip_prefix(base).unwrap_or(path);
            (
                route.to_string(),
                non_empty(hash.strip_prefix('#').unwrap_or(hash)),
            )
        }
    };
    let permalink = decode(route_part.trim_matches('/'));
    let permalink = permalink
        .trim_end_matches("index.html")
        .trim_matches('/')
        .to_string();
    Route {
        permalink: non_empty(&permalink),
        heading: heading.map(|h| decode(&h)),
    }
}

fn non_empty(text: &str) -> Option<String> {
    (!text.is_empty()).then(|| text.to_string())
}

/// Undo percent-encoding (`%20`) that browsers may add to the address.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(byte) = u8::from_str_radix(&text[i + 1..i + 3], 16) {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Where a link inside an embedded element leads (in-element routing: see
/// `Routing::Memory`), or `None` when it leads out of the guide.
pub fn of_link(content_base: &str, href: &str) -> Option<Route> {
    let hash = href.strip_prefix(content_base)?;
    hash.starts_with("#/")
        .then(|| parse(&Routing::Hash, "", hash))
}

/// The route the browser shows now.
pub fn current(routing: &Routing) -> Route {
    // Outside a browser (the server renderer): the first chapter.
    let Some(window) = web_sys::window() else {
        return Route::default();
    };
    let location = window.location();
    parse(
        routing,
        &location.pathname().unwrap_or_default(),
        &location.hash().unwrap_or_default(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn route(permalink: Option<&str>, heading: Option<&str>) -> Route {
        Route {
            permalink: permalink.map(String::from),
            heading: heading.map(String::from),
        }
    }

    #[test]
    fn hash_routes() {
        let hash = Routing::Hash;
        assert_eq!(parse(&hash, "/", ""), route(None, None));
        assert_eq!(parse(&hash, "/", "#/"), route(None, None));
        assert_eq!(
            parse(&hash, "/x/", "#/study-guide/caching"),
            route(Some("study-guide/caching"), None)
        );
        assert_eq!(
            parse(&hash, "/", "#/a/b#ttl"),
            route(Some("a/b"), Some("ttl"))
        );
        assert_eq!(parse(&hash, "/", "#top"), route(None, Some("top")));
        assert_eq!(
            parse(&hash, "/", "#/a%20b#x%2Dy"),
            route(Some("a b"), Some("x-y"))
        );
    }

    #[test]
    fn links_inside_an_embedded_element() {
        let base = "https://docs.example/guide/";
        assert_eq!(
            of_link(base, "https://docs.example/guide/#/a/b#h"),
            Some(route(Some("a/b"), Some("h")))
        );
        assert_eq!(
            of_link(base, "https://docs.example/guide/#/"),
            Some(route(None, None))
        );
        assert_eq!(of_link(base, "https://docs.example/guide/#top"), None);
        assert_eq!(of_link(base, "https://docs.example/other/#/a"), None);
        assert_eq!(of_link(base, "https://elsewhere.example/"), None);
        assert_eq!(parse(&Routing::Memory, "/a/b", "#/c"), route(None, None));
    }

    #[test]
    fn history_routes() {
        let history = Routing::History {
            base: "/docs/guide/".into(),
        };
        assert_eq!(parse(&history, "/docs/guide/", ""), route(None, None));
        assert_eq!(
            parse(&history, "/docs/guide/index.html", ""),
            route(None, None)
        );
        assert_eq!(
            parse(&history, "/docs/guide/a/b", "#h"),
            route(Some("a/b"), Some("h"))
        );
    }
}
