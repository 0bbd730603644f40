//! The browser side of progress: one guide's record in localStorage, kept
//! safe through every way browser storage fails.
//!
//! 1. [`Store::open`] reads the record under `stored::storage_key(guide)`.
//!    No storage, or storage that refuses access: the learner works in
//!    memory and is told progress is not saved. An unreadable record, or one
//!    with damaged answers, is first copied aside under
//!    `<key>:aside:<time>` (never over another copy); only then is a fresh
//!    record written. If the copy cannot be made, the record is left as it
//!    is and nothing is written. A record from a newer Primer is never
//!    touched: the learner works in memory.
//! 2. [`Store::save`] writes after every change. A write that throws (the
//!    store is full, private browsing) leaves the answers in memory, says
//!    progress is not being saved, and is tried again at the next change.
//! 3. [`Store::sync`] takes in what another tab wrote (the `storage` event,
//!    see [`on_change`]) through the same checks, and [`Store::catch_up`]
//!    what another reader on this same page wrote (several embedded
//!    elements of one guide: the browser sends no `storage` event to the
//!    page that wrote, so [`announce_save`] tells the others).
//!
//! Raw `web_sys::Storage` rather than gloo-storage, which would pull a JSON
//! library into the wasm: records are read and written by `primer_core`.

use std::cell::RefCell;

use gloo::events::EventListener;
use primer_core::progress::stored::{self, StoredProblem};
use primer_core::progress::Progress;
use wasm_bindgen::JsCast;
use web_sys::Storage;

/// Where the learner's random seed for choice order is kept.
pub const LEARNER_KEY: &str = "primer:learner";

/// What the learner is told about saving.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Status {
    /// Why progress is not being saved, when it is not.
    pub not_saved: Option<String>,
    /// What was kept aside while loading, one sentence each.
    pub notes: Vec<String>,
}

/// One guide's progress record in localStorage.
pub struct Store {
    guide_id: String,
    key: String,
    storage: Option<Storage>,
    /// False when the stored record must not be overwritten.
    writable: bool,
    /// The record as last read or written, so unchanged progress is not rewritten.
    last: Option<String>,
    status: Status,
}

/// localStorage, or why it cannot be used.
fn local_storage() -> Result<Storage, &'static str> {
    let window = web_sys::window().ok_or("this page has no browser storage")?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err("this browser has no local storage"),
        Err(_) => Err("the browser blocks storage for this page (private mode or site settings)"),
    }
}

/// Milliseconds since the Unix epoch.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

const NOT_SAVED_END: &str = "Your answers are kept while this page is open.";

impl Store {
    /// Open the record of `guide_id`; returns the store and the progress to start from.
    pub fn open(guide_id: &str) -> (Store, Progress) {
        let mut store = Store {
            guide_id: guide_id.to_string(),
            key: stored::storage_key(guide_id),
            storage: None,
            writable: true,
            last: None,
            status: Status::default(),
        };
        let storage = match local_storage() {
            Ok(storage) => storage,
            Err(why) => {
                store.not_saved(format!("Your progress is not being saved: {why}."));
                return (store, Progress::new(guide_id));
            }
        };
        let text = match storage.get_item(&store.key) {
            Ok(text) => text,
            Err(_) => {
                store.not_saved(
                    "Your progress is not being saved: the browser refused to read its storage."
                        .into(),
                );
                return (store, Progress::new(guide_id));
            }
        };
        store.storage = Some(storage);
        let progress = match text {
            Some(text) => {
                let progress = store.take_in(&text);
                store.last = Some(text);
                progress
            }
            None => None,
        };
        let progress = progress.unwrap_or_else(|| Progress::new(guide_id));
        if !store.status.notes.is_empty() {
            // The old record is safe aside: replace it now, so the next
            // load does not keep it aside again.
            store.save(&progress);
        }
        (store, progress)
    }

    /// The localStorage key of this guide's record.
    pub fn key(&self) -> &str {
        &self.key
    }

    pub fn status(&self) -> &Status {
        &self.status
    }

    /// The learner read the notes; forget them.
    pub fn dismiss_notes(&mut self) {
        self.status.notes.clear();
    }

    fn not_saved(&mut self, why: String) {
        self.status.not_saved = Some(format!("{why} {NOT_SAVED_END}"));
    }

    /// Read a stored record, keeping aside what cannot be read.
    fn take_in(&mut self, text: &str) -> Option<Progress> {
        match stored::read(text, &self.guide_id) {
            Ok(loaded) if loaded.skipped == 0 => Some(loaded.progress),
            Ok(loaded) => {
                let what = match loaded.skipped {
                    1 => "1 saved answer could not be read".to_string(),
                    n => format!("{n} saved answers could not be read"),
                };
                self.keep_aside(text, &what);
                Some(loaded.progress)
            }
            Err(StoredProblem::Unreadable(why)) => {
                self.keep_aside(
                    text,
                    &format!("Your saved progress could not be read ({why})"),
                );
                None
            }
            Err(StoredProblem::FutureVersion(version)) => {
                self.writable = false;
                self.not_saved(format!(
                    "Your progress was saved by a newer version of Primer (format {version}). It is left as it is, and answers you give here are not saved."
                ));
                None
            }
        }
    }

    /// Copy `text` to a new `<key>:aside:<time>` key; if that fails, stop writing.
    fn keep_aside(&mut self, text: &str, what: &str) {
        let Some(storage) = &self.storage else {
            return;
        };
        let base = format!("{}:aside:{}", self.key, now());
        let mut aside = base.clone();
        let mut n = 1;
        while matches!(storage.get_item(&aside), Ok(Some(_))) {
            n += 1;
            aside = format!("{base}-{n}");
        }
        match storage.set_item(&aside, text) {
            Ok(()) => self.status.notes.push(format!(
                "{what}; a copy was kept in this browser's storage as “{aside}”."
            )),
            Err(_) => {
                self.writable = false;
                self.not_saved(format!(
                    "{what}, and there is no room to keep a copy, so it is left as it is and your progress is not being saved."
                ));
            }
        }
    }

    /// Write `progress`; on failure say why, and try again next time.
    /// True when something was written.
    pub fn save(&mut self, progress: &Progress) -> bool {
        let (Some(storage), true) = (&self.storage, self.writable) else {
            return false;
        };
        let text = stored::write(progress);
        if self.last.as_ref() == Some(&text) {
            return false;
        }
        match storage.set_item(&self.key, &text) {
            Ok(()) => {
                self.last = Some(text);
                self.status.not_saved = None;
                true
            }
            Err(error) => {
                let full = error
                    .dyn_ref::<js_sys::Error>()
                    .is_some_and(|e| String::from(e.name()).contains("Quota"));
                let why = if full {
                    "the browser's storage for this site is full"
                } else {
                    "the browser refused to save it"
                };
                self.not_saved(format!(
                    "Your progress is not being saved: {why}. It will be tried again at your next answer."
                ));
                false
            }
        }
    }

    /// Another reader on this page may have saved: take in the record if
    /// it is not what this store last read or wrote (as [`Store::sync`]).
    pub fn catch_up(&mut self) -> Option<(Progress, Vec<(String, u64)>)> {
        let now = self.storage.as_ref()?.get_item(&self.key).ok()?;
        (now != self.last).then(|| self.sync(self.last.clone(), now))
    }

    /// Another tab changed the record from `old` to `new`: what to merge in,
    /// and which answers it removed (reset) there, with when each was last given.
    pub fn sync(
        &mut self,
        old: Option<String>,
        new: Option<String>,
    ) -> (Progress, Vec<(String, u64)>) {
        let before = old
            .and_then(|old| stored::read(&old, &self.guide_id).ok())
            .map(|loaded| loaded.progress);
        let theirs = match &new {
            // Removed there (storage cleared): everything it had is gone.
            None => Some(Progress::new(&self.guide_id)),
            Some(text) if self.writable => self.take_in(text),
            Some(_) => None,
        };
        if self.writable {
            self.last = new;
        }
        // Unreadable (kept aside) or newer: nothing to take in, nothing removed.
        let Some(theirs) = theirs else {
            return (Progress::new(&self.guide_id), Vec::new());
        };
        let removed = before
            .map(|before| {
                before
                    .answers
                    .into_iter()
                    .filter(|(key, _)| !theirs.answers.contains_key(key))
                    .map(|(key, answer)| (key, answer.last_at))
                    .collect()
            })
            .unwrap_or_default();
        (theirs, removed)
    }
}

/// Call `changed(old, new)` whenever another tab changes localStorage item `key`.
pub fn on_change(
    key: String,
    changed: impl Fn(Option<String>, Option<String>) + 'static,
) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "storage", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
            return;
        };
        let local = local_storage().ok();
        let same_area = match (event.storage_area(), local) {
            (Some(area), Some(local)) => {
                wasm_bindgen::JsValue::from(area) == wasm_bindgen::JsValue::from(local)
            }
            _ => false,
        };
        if same_area && event.key().as_deref() == Some(key.as_str()) {
            changed(event.old_value(), event.new_value());
        }
    }))
}

/// The event that tells the other readers on this page that a record changed.
const SAVED_HERE: &str = "primer-progress-saved";

/// Tell the other readers on this page (embedded elements) that this one saved.
pub fn announce_save() {
    let event = web_sys::Event::new(SAVED_HERE);
    if let (Some(window), Ok(event)) = (web_sys::window(), event) {
        let _ = window.dispatch_event(&event);
    }
}

/// Call `changed()` whenever a reader on this page saves (see [`announce_save`]).
pub fn on_save_here(changed: impl Fn() + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, SAVED_HERE, move |_| changed()))
}

thread_local! {
    /// The learner's seed, and whether localStorage holds it.
    static LEARNER: RefCell<Option<(String, bool)>> = const { RefCell::new(None) };
}

/// The learner's seed for choice order: random, made once and kept in
/// localStorage (in memory only while storage cannot be used; kept there
/// as soon as it can, so the order survives the next reload).
pub fn learner_seed() -> String {
    let (seed, kept) = match LEARNER.with(|l| l.borrow().clone()) {
        Some((seed, true)) => return seed,
        Some((seed, false)) => {
            let kept = keep_seed(&seed);
            (seed, kept)
        }
        None => match local_storage().ok().and_then(|s| stored_seed(&s)) {
            Some(seed) => (seed, true),
            None => {
                let seed = new_seed();
                let kept = keep_seed(&seed);
                (seed, kept)
            }
        },
    };
    LEARNER.with(|l| *l.borrow_mut() = Some((seed.clone(), kept)));
    seed
}

fn stored_seed(storage: &Storage) -> Option<String> {
    storage
        .get_item(LEARNER_KEY)
        .ok()
        .flatten()
        .filter(|seed| !seed.trim().is_empty())
}

fn new_seed() -> String {
    // Outside a browser (the server renderer) there is no randomness to use.
    if web_sys::window().is_none() {
        return "server".to_string();
    }
    let part = || (js_sys::Math::random() * 4_294_967_296.0) as u64;
    format!("{:08x}{:08x}", part(), part())
}

/// Write `seed` unless localStorage holds one already (another tab's);
/// true when it holds one now.
fn keep_seed(seed: &str) -> bool {
    let Ok(storage) = local_storage() else {
        return false;
    };
    stored_seed(&storage).is_some() || storage.set_item(LEARNER_KEY, seed).is_ok()
}
