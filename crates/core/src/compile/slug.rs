//! Slugs: heading anchors, objective ids and default permalinks from text.

/// `"What is WebOps?"` -> `"what-is-webops"`.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if (c.is_whitespace() || c == '-' || c == '_')
            && !slug.ends_with('-')
            && !slug.is_empty()
        {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

/// Hands out slugs unique within one chapter: `a`, `a-1`, `a-2`.
#[derive(Debug, Default)]
pub struct UniqueSlugs {
    taken: std::collections::HashSet<String>,
}

impl UniqueSlugs {
    pub fn claim(&mut self, wanted: &str) -> String {
        let base = if wanted.is_empty() { "section" } else { wanted };
        let mut slug = base.to_string();
        let mut n = 0;
        while !self.taken.insert(slug.clone()) {
            n += 1;
            slug = format!("{base}-{n}");
        }
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        for (text, slug) in [
            ("What is WebOps?", "what-is-webops"),
            ("  Café & Crème ", "café-crème"),
            ("a--b__c", "a-b-c"),
            ("!!!", ""),
        ] {
            assert_eq!(slugify(text), slug, "{text}");
        }
        let mut slugs = UniqueSlugs::default();
        assert_eq!(
            [slugs.claim("a"), slugs.claim("a"), slugs.claim("")],
            ["a", "a-1", "section"]
        );
    }
}
