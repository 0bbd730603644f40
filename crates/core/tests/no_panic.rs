//! No input makes the compiler panic: random text built from the characters
//! that matter to it, and real chapters mutated at random, always come back
//! as a tree plus diagnostics.

use std::collections::HashMap;

use primer_core::{compile_chapter, compile_guide, GuideConfig, Loaded, Resolver, SourceFile};
use proptest::prelude::*;

/// Partials and quizzes from memory, including a partial that includes itself.
struct Memory(HashMap<String, String>);

impl Resolver for Memory {
    fn partial(&self, file: &str) -> Result<Loaded, String> {
        self.0
            .get(file)
            .map(|text| Loaded {
                path: format!("partials/{file}"),
                text: text.clone(),
            })
            .ok_or_else(|| "not in memory".to_string())
    }

    fn quiz(&self, _from: &str, file: &str) -> Result<Loaded, String> {
        self.partial(file)
    }

    fn asset(&self, _from: &str, path: &str) -> Option<String> {
        path.ends_with(".svg").then(|| format!("assets/{path}"))
    }
}

fn memory() -> Memory {
    let mut files = HashMap::new();
    files.insert(
        "self.md".to_string(),
        "<Partial file=\"self.md\" />".to_string(),
    );
    files.insert(
        "a.md".to_string(),
        "---\ncontenttype: [partial]\n---\n<Alert>in a</Alert>\n<Partial file=\"b.md\"/>"
            .to_string(),
    );
    files.insert("b.md".to_string(), "b <Icon icon=\"x\"/>".to_string());
    files.insert(
        "q.toml".to_string(),
        include_str!("../../../content/quizzes/caching.toml").to_string(),
    );
    Memory(files)
}

/// Real content: our demo guide, plus the shared corpus when it is there.
fn real_pages() -> Vec<String> {
    let mut pages: Vec<String> = [
        include_str!("../../../content/00-intro.md"),
        include_str!("../../../content/01-environments.md"),
        include_str!("../../../content/02-version-control.md"),
        include_str!("../../../content/04-caching.md"),
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let corpus =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/pantheon");
    for dir in [
        "certification/study-guide-cms",
        "guides/account-mgmt/workspace-sites-teams",
        "guides/frontend-performance",
    ] {
        if let Ok(entries) = std::fs::read_dir(corpus.join(dir)) {
            for entry in entries.flatten() {
                pages.extend(std::fs::read_to_string(entry.path()));
            }
        }
    }
    pages
}

const SNIPPETS: &[&str] = &[
    "<Alert title=\"x\" type=\"info\">",
    "</Alert>",
    "<Partial file=\"self.md\" />",
    "<Partial file=\"a.md\" />",
    "<Quiz file=\"q.toml\" />",
    "{{#quiz q.toml}}",
    "<TabList>",
    "<Tab title={\"t\"} active={true}>",
    "</Tab>",
    "<Popover title=\"p\" content=\"<script>x</script><b>y\" />",
    "```bash{promptUser: u}\n",
    "```",
    "\n---\n",
    "<script>",
    "</script>",
    "<button>",
    "</button>",
    "<video src=x>",
    "\n<div>\n<img src=\"none.png\">\n<style>\n",
    "\n## <Alert>in a heading</Alert>\n",
    "<a href=\"javascript:x\">",
    "![i](x.svg)",
    "[l](other.md#h)",
    "| a | b |\n|---|---|\n| <Icon icon=\"x\"/> | c |\n",
    "   ",
    "\n\n",
    "\u{E000}0\u{E001}",
    "é",
    "{",
    "<",
];

fn compile_all_ways(text: &str) {
    let resolver = memory();
    let (_, _, diagnostics) = compile_chapter("page.md", text, &resolver);
    for d in &diagnostics {
        assert!(d.line >= 1 && d.column >= 1, "{d}");
    }
    let files = vec![
        SourceFile {
            name: "page.md".into(),
            path: "page.md".into(),
            text: text.to_string(),
        },
        SourceFile {
            name: "other.md".into(),
            path: "other.md".into(),
            text: "---\npermalink: other\n---\n# H\n".into(),
        },
    ];
    compile_guide(
        &GuideConfig::default(),
        "guide.toml",
        "g",
        files,
        &resolver,
        &mut |_| {},
    );
}

/// A mutation: (kind, position, length, snippet index).
fn mutate(page: &str, edits: &[(u8, usize, usize, usize)]) -> String {
    let mut chars: Vec<char> = page.chars().collect();
    for &(kind, at, len, snippet) in edits {
        let at = if chars.is_empty() {
            0
        } else {
            at % (chars.len() + 1)
        };
        let end = (at + len).min(chars.len());
        match kind % 4 {
            0 => {
                chars.drain(at..end);
            }
            1 => {
                let insert: Vec<char> = SNIPPETS[snippet % SNIPPETS.len()].chars().collect();
                chars.splice(at..at, insert);
            }
            2 => {
                let copy: Vec<char> = chars[at..end].to_vec();
                chars.splice(at..at, copy);
            }
            _ => chars.truncate(at),
        }
    }
    chars.into_iter().collect()
}

proptest! {
    // 300 cases by default; PROPTEST_CASES=N runs more.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(300),
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_text_never_panics(text in "([<>{}/\"'=\\n\\t #*_`|!\\[\\]()-]|[a-zA-Z]{1,6}|<Alert|</Alert>|<Partial file=\"self.md\"/>|<button>|</button>|<script>|</script>|<Tab|<TabList>|\u{E000}|\u{E001}|é|---){0,80}") {
        compile_all_ways(&text);
    }

    #[test]
    fn mutated_real_pages_never_panic(
        page in 0usize..64,
        edits in prop::collection::vec((any::<u8>(), any::<usize>(), 0usize..200, any::<usize>()), 1..12),
    ) {
        let pages = real_pages();
        let text = mutate(&pages[page % pages.len()], &edits);
        compile_all_ways(&text);
    }
}

#[test]
fn every_real_page_compiles_unmutated() {
    for page in real_pages() {
        compile_all_ways(&page);
    }
}
