//! Objectives: a labelled section listing what the chapter teaches.

use primer::components::objectives::objectives;
use primer_core::bundle::Objective;

use crate::support::view;

fn objective(id: &str, text: &str) -> Objective {
    Objective {
        id: id.into(),
        text: text.into(),
    }
}

#[tokio::test]
async fn labelled_list_of_objectives() {
    let list = vec![
        objective("ttl", "Explain a TTL."),
        objective("layers", "Name cache layers."),
    ];
    let dom = view(move || objectives(&list)).await;
    let section = dom.one("section.objectives");
    let heading = section.one("h2");
    assert_eq!(section.attr("aria-labelledby"), heading.attr("id"));
    assert_eq!(heading.text(), "Learning objectives");
    let items = section.all("ul li");
    assert_eq!(
        items
            .iter()
            .map(|li| li.attr("id").unwrap())
            .collect::<Vec<_>>(),
        ["objective-ttl", "objective-layers"]
    );
    assert_eq!(items[1].text(), "Name cache layers.");
}

#[tokio::test]
async fn nothing_without_objectives() {
    let dom = view(|| objectives(&[])).await;
    assert_eq!(dom.html, "");
}
