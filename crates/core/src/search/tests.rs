//! Search as tables: which sections a query finds, in which order, and
//! what their snippets mark.

use super::*;

fn section(id: &str, heading: &str, text: &str) -> Section {
    Section {
        id: id.into(),
        heading: heading.into(),
        text: text.into(),
    }
}

fn guide() -> SearchIndex {
    SearchIndex {
        version: 1,
        chapters: vec![
            IndexedChapter {
                permalink: "guide/deploy".into(),
                title: "Deployment".into(),
                sections: vec![
                    section("", "", "Shipping code to the live site, safely."),
                    section(
                        "rollbacks",
                        "Rollbacks",
                        "Undo a deploy. Caching may keep old pages.",
                    ),
                ],
            },
            IndexedChapter {
                permalink: "guide/caching".into(),
                title: "Caching".into(),
                sections: vec![
                    section("", "", "Why pages are cached."),
                    section(
                        "ttl",
                        "Time to live",
                        "Each cached page expires; cache cache cache.",
                    ),
                    section("édition", "Éditions", "Straße ÉTÉ naïve 東京 caché"),
                ],
            },
        ],
    }
}

/// `(permalink, heading id)` of each hit.
fn places(query: &str) -> Vec<(String, String)> {
    find(&Prepared::new(guide()), query)
        .hits
        .into_iter()
        .map(|h| (h.permalink, h.heading.map(|(_, id)| id).unwrap_or_default()))
        .collect()
}

fn case(query: &str, expected: &[(&str, &str)]) {
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(p, h)| (p.to_string(), h.to_string()))
        .collect();
    assert_eq!(places(query), expected, "query {query:?}");
}

#[test]
fn finds_and_ranks() {
    // Title beats heading beats text; then more text hits; then reading order.
    case(
        "cach",
        &[
            ("guide/caching", "ttl"),
            ("guide/caching", ""),
            ("guide/caching", "édition"),
            ("guide/deploy", "rollbacks"),
        ],
    );
    case("rollback", &[("guide/deploy", "rollbacks")]);
    case("live", &[("guide/caching", "ttl"), ("guide/deploy", "")]);
    // Every word must match somewhere (title, heading or text).
    case("deployment undo", &[("guide/deploy", "rollbacks")]);
    case("undo expires", &[]);
    // Prefixes of words only, not the middle of a word.
    case("aching", &[]);
    case("ive", &[]);
    // Case and punctuation do not matter; non-ASCII lowercases.
    case("  TIME, to-live!", &[("guide/caching", "ttl")]);
    case("éDITION", &[("guide/caching", "édition")]);
    case("strasse", &[]);
    case("東京", &[("guide/caching", "édition")]);
    // Nothing to look for.
    case("", &[]);
    case(" .,;! ", &[]);
}

fn pieces(text: &str, query: &str) -> Vec<(String, bool)> {
    snippet(text, &query_words(query))
        .into_iter()
        .map(|p| (p.text, p.marked))
        .collect()
}

#[test]
fn snippets_mark_whole_matching_words() {
    let marked = |s: &str| (s.to_string(), true);
    let plain = |s: &str| (s.to_string(), false);
    assert_eq!(
        pieces("Each cached page expires.", "cache"),
        vec![plain("Each "), marked("cached"), plain(" page expires")]
    );
    assert_eq!(
        pieces("Straße ÉTÉ naïve", "été naï"),
        vec![plain("Straße "), marked("ÉTÉ"), plain(" "), marked("naïve")]
    );
    // No match in the text (the title matched): the opening words.
    assert_eq!(pieces("Why pages.", "zzz"), vec![plain("Why pages")]);
    assert_eq!(pieces("", "zzz"), vec![]);
}

#[test]
fn snippets_are_about_twenty_words_around_the_first_match() {
    let text: Vec<String> = (0..100).map(|i| format!("w{i}")).collect();
    let text = text.join(" ");
    let got = pieces(&text, "w50");
    assert_eq!(got.len(), 3);
    assert_eq!(got[0], ("…w44 w45 w46 w47 w48 w49 ".to_string(), false));
    assert_eq!(got[1], ("w50".to_string(), true));
    assert!(got[2].0.ends_with(" w63…"), "{:?}", got[2]);
}

#[test]
fn at_most_limit_hits_and_the_total() {
    let text = "cache ".repeat(3);
    let index = SearchIndex {
        version: 1,
        chapters: vec![IndexedChapter {
            permalink: "p".into(),
            title: "T".into(),
            sections: (0..50)
                .map(|i| section(&format!("h{i}"), "H", &text))
                .collect(),
        }],
    };
    let results = find(&Prepared::new(index), "cache");
    assert_eq!(results.total, 50);
    assert_eq!(results.hits.len(), LIMIT);
    let first = &results.hits[0];
    assert_eq!(first.chapter, "T");
    assert_eq!(first.heading, Some(("H".to_string(), "h0".to_string())));
}

#[test]
fn words_never_split_a_character() {
    let text = "a—b ﬁx İstanbul";
    for w in words(text) {
        assert!(text.is_char_boundary(w.start) && text.is_char_boundary(w.end));
    }
    assert_eq!(
        query_words("İSTANBUL istanbul"),
        vec!["i̇stanbul", "istanbul"]
    );
}
