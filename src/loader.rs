//! Fetching the manifest and chapter bundles, with failures a learner can
//! understand, a version check, and a small cache that prefetching fills.
//! The manifest can also be fetched past the HTTP cache, to see whether the
//! guide was redeployed under the open page (`redeploy`).

use std::cell::RefCell;
use std::rc::Rc;

use primer_core::bundle::{ChapterBundle, Manifest, FORMAT_VERSION};
use primer_core::decode::Decode;
use primer_core::json::{self, Json};

/// Why something could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    NotFound,
    Network(String),
    /// The file arrived but is not a whole bundle (truncated, corrupted).
    Damaged,
    /// Built by a different version of Primer.
    WrongVersion(u32),
    /// The address now serves another guide (another guide id) than the
    /// one the page opened: only a new page can show it.
    OtherGuide,
}

impl LoadError {
    /// Only a new page can help: the guide was redeployed in a format newer
    /// than this page's reader, or replaced by another guide. "Try again"
    /// would fetch the same thing again; reloading brings the new reader.
    pub fn needs_reload(&self) -> bool {
        match self {
            LoadError::WrongVersion(v) => *v > FORMAT_VERSION,
            LoadError::OtherGuide => true,
            _ => false,
        }
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::NotFound => write!(f, "The chapter file was not found on the server (404)."),
            LoadError::Network(detail) => write!(f, "The network request failed: {detail}. Check your connection."),
            LoadError::Damaged => write!(f, "The chapter file is damaged or incomplete."),
            LoadError::WrongVersion(v) if *v > FORMAT_VERSION => write!(
                f,
                "The guide was updated: this chapter was built for a newer version of it (format {v}, this page reads format {FORMAT_VERSION}). Reload the page to get the new version."
            ),
            LoadError::WrongVersion(v) => write!(
                f,
                "The chapter was built for a different version of this guide (format {v}, expected {FORMAT_VERSION}). Reloading the page may help."
            ),
            LoadError::OtherGuide => write!(
                f,
                "Another guide was published at this address. Reload the page to open it."
            ),
        }
    }
}

/// Parse a bundle or manifest, telling damage from a version mismatch.
/// (Decoded with the core's small JSON reader, not serde_json: see
/// `primer_core::decode`, which keeps the wasm small.)
pub fn decode<T: Decode>(text: &str) -> Result<T, LoadError> {
    let json = json::parse(text).map_err(|_| LoadError::Damaged)?;
    match json.get("version") {
        Some(Json::Number(n)) if *n == f64::from(FORMAT_VERSION) => {}
        Some(Json::Number(n)) if *n >= 0.0 && *n <= f64::from(u32::MAX) && n.fract() == 0.0 => {
            return Err(LoadError::WrongVersion(*n as u32));
        }
        _ => return Err(LoadError::Damaged),
    }
    T::decode(&json).map_err(|_| LoadError::Damaged)
}

/// What a failed fetch says: the JavaScript error's `toString()`, as
/// "TypeError: Failed to fetch".
fn describe(error: wasm_bindgen::JsValue) -> LoadError {
    use wasm_bindgen::JsCast;
    let detail = match error.dyn_ref::<js_sys::Error>() {
        Some(error) => error.to_string().into(),
        None => error.as_string().unwrap_or_else(|| "unknown error".into()),
    };
    LoadError::Network(detail)
}

/// A GET with the browser's `fetch` (web-sys directly: an HTTP client crate
/// would add its own error types and JSON support to the wasm). `fresh`
/// skips the HTTP cache (`cache: "no-store"`); the service worker still
/// answers, from its copy of the build it serves, so this works offline.
async fn fetch_text(url: &str, fresh: bool) -> Result<String, LoadError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let Some(window) = web_sys::window() else {
        return Err(LoadError::Network("no window".into()));
    };
    let request = if fresh {
        let init = web_sys::RequestInit::new();
        init.set_cache(web_sys::RequestCache::NoStore);
        window.fetch_with_str_and_init(url, &init)
    } else {
        window.fetch_with_str(url)
    };
    let response: web_sys::Response = JsFuture::from(request)
        .await
        .map_err(describe)?
        .unchecked_into();
    match response.status() {
        200..=299 => {
            let text = JsFuture::from(response.text().map_err(describe)?)
                .await
                .map_err(describe)?;
            Ok(text.as_string().unwrap_or_default())
        }
        404 => Err(LoadError::NotFound),
        status => Err(LoadError::Network(format!("the server answered {status}"))),
    }
}

pub async fn manifest(url: &str) -> Result<Manifest, LoadError> {
    decode(&fetch_text(url, false).await?)
}

/// The manifest as the server (or the service worker) has it now, never an
/// HTTP-cached copy: after a redeploy, the new build's.
pub async fn fresh_manifest(url: &str) -> Result<Manifest, LoadError> {
    decode(&fetch_text(url, true).await?)
}

/// The guide's search index (fetched when the learner first searches).
pub async fn search_index(url: &str) -> Result<primer_core::search::SearchIndex, LoadError> {
    decode(&fetch_text(url, false).await?)
}

thread_local! {
    /// Bundles by URL (one per chapter opened or prefetched: a list, not a
    /// map, keeps hashing out of the wasm).
    static BUNDLES: RefCell<Vec<(String, Rc<ChapterBundle>)>> = RefCell::default();
}

/// A chapter bundle, from the cache when it was fetched before.
pub async fn chapter(url: &str) -> Result<Rc<ChapterBundle>, LoadError> {
    let cached = |url: &str| {
        BUNDLES.with(|b| {
            b.borrow()
                .iter()
                .find(|(u, _)| u == url)
                .map(|(_, bundle)| bundle.clone())
        })
    };
    if let Some(bundle) = cached(url) {
        return Ok(bundle);
    }
    let bundle = Rc::new(decode::<ChapterBundle>(&fetch_text(url, false).await?)?);
    // A prefetch of the same chapter may have finished meanwhile.
    if cached(url).is_none() {
        BUNDLES.with(|b| b.borrow_mut().push((url.to_string(), bundle.clone())));
    }
    Ok(bundle)
}

/// Fetch a chapter in the background so that opening it is instant.
pub fn prefetch(url: String) {
    wasm_bindgen_futures::spawn_local(async move {
        let _ = chapter(&url).await;
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damaged_and_wrong_version_are_told_apart() {
        let whole = format!(
            r#"{{"version":{FORMAT_VERSION},"guide_id":"g","permalink":"p","title":"T","blocks":[]}}"#
        );
        assert!(decode::<ChapterBundle>(&whole).is_ok());
        assert_eq!(
            decode::<ChapterBundle>(&whole[..whole.len() - 5]).unwrap_err(),
            LoadError::Damaged
        );
        let future = whole.replace(&format!("\"version\":{FORMAT_VERSION}"), "\"version\":99");
        assert_eq!(
            decode::<ChapterBundle>(&future).unwrap_err(),
            LoadError::WrongVersion(99)
        );
        assert_eq!(
            decode::<ChapterBundle>("<html>404</html>").unwrap_err(),
            LoadError::Damaged
        );
    }

    #[test]
    fn only_a_newer_format_or_another_guide_needs_a_reload() {
        assert!(LoadError::WrongVersion(FORMAT_VERSION + 1).needs_reload());
        assert!(LoadError::OtherGuide.needs_reload());
        assert!(!LoadError::WrongVersion(FORMAT_VERSION - 1).needs_reload());
        assert!(!LoadError::NotFound.needs_reload());
        assert!(!LoadError::Damaged.needs_reload());
        assert!(!LoadError::Network("offline".into()).needs_reload());
        let newer = LoadError::WrongVersion(FORMAT_VERSION + 1).to_string();
        assert!(
            newer.contains("newer version") && newer.contains("Reload the page"),
            "{newer}"
        );
    }
}
