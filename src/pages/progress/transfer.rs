//! Taking progress out of the browser and back in: the export file as a
//! download, and an imported file read, checked and counted, each with the
//! sentence the learner is told.

use primer_core::bundle::GuideInfo;
use primer_core::progress::export::{export, import};
use primer_core::progress::Progress;
use wasm_bindgen::JsCast;

/// Download `progress` as `progress-<guide id>.json`; what to tell the learner.
pub fn export_file(progress: &Progress, guide: &GuideInfo) -> String {
    let name = format!("progress-{}.json", guide.id);
    let file = export(progress, &guide.title, crate::storage::now());
    match download(&name, &file) {
        Some(()) => format!("Saved {} answers to {name}.", progress.answers.len()),
        None => "The file could not be saved: this browser refused the download.".into(),
    }
}

/// Save `text` as a file called `name` (a link with `download`, clicked).
fn download(name: &str, text: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let link = document.create_element("a").ok()?;
    let href = format!(
        "data:application/json;charset=utf-8,{}",
        js_sys::encode_uri_component(text)
    );
    link.set_attribute("href", &href).ok()?;
    link.set_attribute("download", name).ok()?;
    link.dyn_into::<web_sys::HtmlElement>().ok()?.click();
    Some(())
}

/// Read an export file for guide `guide_id`: the progress to merge (if
/// any), and what to tell the learner, counting what is new to `ours`.
pub async fn import_file(
    file: web_sys::File,
    guide_id: &str,
    ours: &Progress,
) -> (Option<Progress>, String) {
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
    let Some(text) = text.ok().and_then(|t| t.as_string()) else {
        return (None, "The file could not be read.".into());
    };
    match import(&text, guide_id) {
        Ok(theirs) => {
            let said = match crate::state::newer(ours, &theirs).len() {
                0 => {
                    "Nothing to import: every answer in that file is already here, or older.".into()
                }
                1 => "Imported 1 answer.".into(),
                n => format!("Imported {n} answers."),
            };
            (Some(theirs), said)
        }
        Err(error) => (None, format!("Nothing was imported. {error}")),
    }
}
