//! Links and image references: chapter links (relative `.md` paths or
//! permalinks) become in-guide routes, unsafe URLs are removed, images are
//! resolved through the [`Resolver`](super::Resolver), raw `<img>`s too.

use std::collections::HashMap;

use super::{Compiler, Unit};
use crate::document::{Element, Image, Inline};

/// The chapters of the guide, by file and by permalink.
#[derive(Debug, Default)]
pub struct LinkIndex {
    /// Normalised display path -> permalink.
    by_file: HashMap<String, String>,
    /// Normalised permalink -> permalink as the reader routes it.
    by_permalink: HashMap<String, String>,
}

impl LinkIndex {
    pub fn add(&mut self, file: &str, permalink: &str) {
        self.by_file
            .insert(normalize_path(file), permalink.to_string());
        self.by_permalink
            .insert(normalize_permalink(permalink), permalink.to_string());
    }

    /// The chapter a site path (`/docs/guide/x`, `guide/x/`) names, if any.
    pub fn chapter_for_permalink(&self, path: &str) -> Option<&String> {
        self.by_permalink.get(&normalize_permalink(path))
    }

    fn is_empty(&self) -> bool {
        self.by_file.is_empty()
    }
}

/// What a link resolves to.
pub struct Target {
    /// `None` when the URL was unsafe and removed.
    pub href: Option<String>,
    pub chapter: Option<String>,
    pub fragment: Option<String>,
}

/// `/docs/certification/study-guide/` -> `certification/study-guide`.
pub fn normalize_permalink(path: &str) -> String {
    let trimmed = path.trim().trim_matches('/');
    trimmed.strip_prefix("docs/").unwrap_or(trimmed).to_string()
}

/// Resolve `.` and `..` and unify separators.
pub fn normalize_path(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split(['/', '\\']) {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|p| *p != "..") => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    parts.join("/")
}

/// `path` relative to the folder of `from`.
pub fn relative_to(from: &str, path: &str) -> String {
    let folder = from
        .rsplit_once(['/', '\\'])
        .map_or("", |(folder, _)| folder);
    normalize_path(&format!("{folder}/{path}"))
}

fn has_scheme(url: &str) -> bool {
    url.split_once(':').is_some_and(|(scheme, _)| {
        !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    })
}

impl Compiler<'_> {
    pub(super) fn link(&mut self, unit: &Unit, at: usize, dest: &str) -> Target {
        let Some(href) = crate::safety::safe_url(dest, false) else {
            self.diagnostics
                .push(unit.warning(at, format!("unsafe link \"{dest}\" removed")));
            return Target {
                href: None,
                chapter: None,
                fragment: None,
            };
        };
        let (path, fragment) = match href.split_once('#') {
            Some((path, fragment)) => (path.to_string(), Some(fragment.to_string())),
            None => (href.clone(), None),
        };
        let mut target = Target {
            href: Some(href.clone()),
            chapter: None,
            fragment: fragment.clone(),
        };
        if path.is_empty() || has_scheme(&path) || self.links.is_empty() {
            return target;
        }
        let is_page = path.ends_with(".md") || path.ends_with(".mdx");
        target.chapter = if path.starts_with('/') {
            self.links.chapter_for_permalink(&path).cloned()
        } else if is_page {
            self.links
                .by_file
                .get(&relative_to(unit.file, &path))
                .cloned()
        } else {
            return target;
        };
        if target.chapter.is_none() {
            let message = format!("link \"{href}\" points outside the guide");
            self.diagnostics.push(unit.warning(at, message));
        }
        target
    }

    /// A raw `<img>`'s relative `src` is resolved and copied like a Markdown
    /// image's; when the file is missing it becomes a missing [`Image`], so
    /// the reader shows its alt text, as for a Markdown image. `origin` is
    /// where the tag is in the file.
    pub(super) fn resolve_image(
        &mut self,
        unit: &Unit,
        mut element: Element,
        origin: usize,
    ) -> Inline {
        if element.tag != "img" {
            return Inline::Html(element);
        }
        let Some((_, src)) = element.attrs.iter_mut().find(|(name, _)| name == "src") else {
            return Inline::Html(element);
        };
        let (resolved, missing) = self.image(unit, origin, src);
        *src = resolved;
        if !missing {
            return Inline::Html(element);
        }
        let attr = |name: &str| {
            let value = element.attrs.iter().find(|(n, _)| n == name);
            value.map(|(_, v)| v.clone()).unwrap_or_default()
        };
        Inline::Image(Image {
            src: attr("src"),
            alt: attr("alt"),
            title: attr("title"),
            missing: true,
        })
    }

    /// Resolve the `<img>`s among nodes, taking their places in the file
    /// from `images` in order.
    pub(super) fn resolve_images(
        &mut self,
        unit: &Unit,
        nodes: Vec<Inline>,
        images: &mut impl Iterator<Item = usize>,
    ) -> Vec<Inline> {
        nodes
            .into_iter()
            .map(|node| match node {
                Inline::Html(element) if element.tag == "img" => match images.next() {
                    Some(origin) => self.resolve_image(unit, element, origin),
                    None => Inline::Html(element),
                },
                Inline::Html(mut element) => {
                    let children = std::mem::take(&mut element.children);
                    element.children = self.resolve_images(unit, children, images);
                    Inline::Html(element)
                }
                other => other,
            })
            .collect()
    }

    /// The `src` to use for an image and whether the file is missing.
    pub(super) fn image(&mut self, unit: &Unit, at: usize, dest: &str) -> (String, bool) {
        let Some(src) = crate::safety::safe_url(dest, true) else {
            self.diagnostics
                .push(unit.warning(at, format!("unsafe image URL \"{dest}\" removed")));
            return (String::new(), true);
        };
        if has_scheme(&src) || src.starts_with("//") {
            return (src, false);
        }
        match self.resolver.asset(unit.file, &src) {
            Some(url) => (url, false),
            None => {
                let message = format!("image \"{src}\" not found: its alt text is shown instead");
                self.diagnostics.push(unit.warning(at, message));
                (src, true)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_permalinks() {
        assert_eq!(normalize_path("a/./b/../c.md"), "a/c.md");
        assert_eq!(normalize_path("../../x.png"), "../../x.png");
        assert_eq!(
            relative_to("guide/ch/01.md", "../images/x.png"),
            "guide/images/x.png"
        );
        assert_eq!(relative_to("01.md", "02.md"), "02.md");
        assert_eq!(
            normalize_permalink("/docs/certification/study-guide/"),
            "certification/study-guide"
        );
        assert!(
            has_scheme("https://x")
                && has_scheme("mailto:a")
                && !has_scheme("/a:b")
                && !has_scheme("a.md")
        );
    }
}
