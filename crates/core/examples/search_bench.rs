//! The search benchmark: what the reader does on each keystroke in the
//! search field, without the browser. Decodes a built site's search index
//! (the reader's decoder), then "types" each query a letter at a time and
//! times `search::find` per keystroke, beside a floor peer in the same run:
//! a plain lowercase substring scan of the same text (no words, no ranking,
//! no snippets).
//!
//! ```sh
//! cargo run --release -p primer-core --example search_bench -- SITE/search.*.json [QUERY...]
//! ```

use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use primer_core::decode::decode_str;
use primer_core::search::{find, Prepared, SearchIndex};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: search_bench SEARCH_INDEX.json [QUERY...]");
        return ExitCode::FAILURE;
    };
    let mut queries: Vec<String> = args.collect();
    if queries.is_empty() {
        queries = ["cache", "reverse proxy", "zzzz"]
            .map(String::from)
            .to_vec();
    }
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let started = Instant::now();
    let index: SearchIndex = match decode_str(&text) {
        Ok(index) => index,
        Err(error) => {
            eprintln!("{path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let decoded = started.elapsed();
    let started = Instant::now();
    let index = Prepared::new(index);
    let prepared = started.elapsed();
    let sections: usize = index.index.chapters.iter().map(|c| c.sections.len()).sum();
    println!(
        "index: {:.2} MB, {} chapters, {sections} sections, decoded in {:.1} ms, lowercased in {:.1} ms",
        text.len() as f64 / 1e6,
        index.index.chapters.len(),
        ms(decoded),
        ms(prepared)
    );
    // The floor's text, lowercased once as a page could keep it.
    let lowered: Vec<String> = index
        .index
        .chapters
        .iter()
        .flat_map(|c| c.sections.iter())
        .map(|s| format!("{} {}", s.heading, s.text).to_lowercase())
        .collect();
    println!(
        "{:<16} {:>10} {:>14} {:>14} {:>16}",
        "query", "results", "find median", "find slowest", "floor median"
    );
    for query in &queries {
        let mut ours = Vec::new();
        let mut floor = Vec::new();
        let mut total = 0;
        // One keystroke at a time, as the learner types; five rounds.
        for _ in 0..5 {
            for end in query.char_indices().map(|(i, c)| i + c.len_utf8()) {
                let typed = &query[..end];
                let t = Instant::now();
                total = black_box(find(&index, typed)).total;
                ours.push(t.elapsed());
                let needle = typed.to_lowercase();
                let t = Instant::now();
                black_box(lowered.iter().filter(|s| s.contains(&needle)).count());
                floor.push(t.elapsed());
            }
        }
        ours.sort();
        floor.sort();
        println!(
            "{:<16} {:>10} {:>11.2} ms {:>11.2} ms {:>13.2} ms",
            format!("{query:?}"),
            total,
            ms(ours[ours.len() / 2]),
            ms(*ours.last().unwrap()),
            ms(floor[floor.len() / 2])
        );
    }
    ExitCode::SUCCESS
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
