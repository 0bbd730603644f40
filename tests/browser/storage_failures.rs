//! Every way localStorage fails, with the real store: a damaged record or
//! damaged answers (kept aside), a record from a newer Primer (never
//! overwritten), a store that throws on write, a full store, and storage
//! that refuses access. In each the quiz works, the learner is told, and no
//! other record is lost. Each test uses its own guide id.

use primer_core::progress::stored::{self, storage_key};
use primer_core::quiz::Response;
use wasm_bindgen_test::*;

use super::progress_support::{
    aside_keys, block_storage, break_writes, clear, empty_filler, fill_storage, mend_writes, quiz,
    saved, storage, unblock_storage, Mounted,
};
use super::support::{click, get, until};

/// A record of someone else's in the same localStorage, which no failure
/// may touch.
struct AnotherRecord;

impl AnotherRecord {
    const KEY: &str = "bt-unrelated";
    const VALUE: &str = "keep me";

    fn put() -> AnotherRecord {
        storage().set_item(Self::KEY, Self::VALUE).unwrap();
        AnotherRecord
    }

    fn is_intact(&self) {
        assert_eq!(
            storage().get_item(Self::KEY).unwrap().as_deref(),
            Some(Self::VALUE)
        );
    }

    fn remove(self) {
        storage().remove_item(Self::KEY).unwrap();
    }
}

#[wasm_bindgen_test]
async fn a_damaged_record_is_kept_aside_and_the_quiz_works() {
    let guide = "bt-damaged";
    clear(guide);
    let key = storage_key(guide);
    let other = AnotherRecord::put();
    storage().set_item(&key, "{not json").unwrap();
    let page = Mounted::new(guide).await;
    let status = page.status();
    assert!(status.contains("could not be read"), "{status}");
    let aside = aside_keys(guide);
    assert_eq!(aside.len(), 1);
    assert!(status.contains(&aside[0]), "{status} names {}", aside[0]);
    assert_eq!(
        storage().get_item(&aside[0]).unwrap().as_deref(),
        Some("{not json")
    );
    assert!(
        saved(guide).is_some_and(|p| p.answers.is_empty()),
        "a fresh record replaces it at once"
    );

    page.pick("right").await;
    until("a fresh record is written", || {
        saved(guide).is_some_and(|p| p.answers.len() == 1)
    })
    .await;
    assert_eq!(aside_keys(guide), aside, "the copy stays");
    other.is_intact();
    click(&get(&page.root, ".save-status button"));
    until("the note is dismissed", || page.status().is_empty()).await;
    page.close();
    clear(guide);
    other.remove();
}

#[wasm_bindgen_test]
async fn a_record_from_a_newer_primer_is_never_overwritten() {
    let guide = "bt-future";
    clear(guide);
    let key = storage_key(guide);
    let future = r#"{"version":99,"guide":"bt-future","answers":{}}"#;
    storage().set_item(&key, future).unwrap();
    let page = Mounted::new(guide).await;
    assert!(page.status().contains("newer version"), "{}", page.status());
    page.pick("right").await;
    page.say("yes").await;
    assert_eq!(storage().get_item(&key).unwrap().as_deref(), Some(future));
    assert!(page.status().contains("not saved"), "{}", page.status());
    page.close();
    clear(guide);
}

#[wasm_bindgen_test]
async fn a_store_that_throws_on_write() {
    let guide = "bt-throws";
    clear(guide);
    let other = AnotherRecord::put();
    let page = Mounted::new(guide).await;
    break_writes();
    page.pick("right").await;
    until("the learner is told", || {
        page.status().contains("not being saved")
    })
    .await;
    assert!(page.status().contains("refused"), "{}", page.status());
    assert!(saved(guide).is_none());
    assert!(get(&page.root, ".quiz-summary")
        .text_content()
        .unwrap()
        .contains("1 of 2 correct"));
    // Writing works again: the next change saves everything.
    mend_writes();
    page.say("yes").await;
    until("both are saved", || {
        saved(guide).is_some_and(|p| p.answers.len() == 2)
    })
    .await;
    until("the warning goes", || page.status().is_empty()).await;
    other.is_intact();
    page.close();
    clear(guide);
    other.remove();
}

#[wasm_bindgen_test]
async fn a_full_store() {
    let guide = "bt-full";
    clear(guide);
    empty_filler();
    let other = AnotherRecord::put();
    let page = Mounted::new(guide).await;
    let filled = fill_storage();
    assert!(filled > 0);
    page.pick("right").await;
    until("the learner is told", || page.status().contains("full")).await;
    assert!(get(&page.root, "#quiz-checks-pick .quiz-verdict")
        .text_content()
        .unwrap()
        .contains("Correct"));
    empty_filler();
    page.say("yes").await;
    until("saving resumes", || {
        saved(guide).is_some_and(|p| p.answers.len() == 2)
    })
    .await;
    other.is_intact();
    page.close();
    clear(guide);
    other.remove();
}

#[wasm_bindgen_test]
async fn damaged_answers_are_kept_aside_and_the_others_load() {
    let guide = "bt-skipped";
    clear(guide);
    let mut progress = primer_core::progress::Progress::new(guide);
    let choice = Response::Choices {
        chosen: vec!["right".into()],
    };
    progress.record("checks", &quiz().questions[0], choice, 5);
    let record = stored::write(&progress).replace(
        "\"answers\":{",
        "\"answers\":{\"checks/say\":{\"response\":7},",
    );
    storage().set_item(&storage_key(guide), &record).unwrap();
    let page = Mounted::new(guide).await;
    assert!(page.answered("pick"), "the readable answer loads");
    assert!(!page.answered("say"));
    let status = page.status();
    assert!(
        status.contains("1 saved answer could not be read"),
        "{status}"
    );
    let aside = aside_keys(guide);
    assert_eq!(aside.len(), 1);
    assert_eq!(storage().get_item(&aside[0]).unwrap(), Some(record));
    page.close();
    clear(guide);
}

#[wasm_bindgen_test]
async fn storage_that_refuses_access_leaves_the_quiz_in_memory() {
    let guide = "bt-blocked";
    clear(guide);
    block_storage();
    let page = Mounted::new(guide).await;
    let status = page.status();
    unblock_storage();
    assert!(status.contains("blocks storage"), "{status}");
    page.pick("right").await;
    page.say("yes").await;
    let summary = get(&page.root, ".quiz-summary").text_content().unwrap();
    assert!(summary.contains("2 of 2 correct"), "{summary}");
    assert!(saved(guide).is_none(), "nothing written");
    page.close();
    clear(guide);
}
