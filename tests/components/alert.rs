//! Alert: one class per kind, the kind spoken to screen readers, the title
//! as the landmark's name.

use primer_core::document::{AlertKind, Block};

use crate::support::{para, render};

fn alert(kind: AlertKind, title: Option<&str>) -> Block {
    Block::Alert {
        kind,
        title: title.map(String::from),
        icon: None,
        children: vec![para("Body text.")],
    }
}

async fn case(kind: AlertKind, class: &str, word: &str) {
    let dom = render(vec![alert(kind, None)]).await;
    let aside = dom.one("aside.alert");
    assert!(
        aside.has_class(class),
        "{kind:?}: no class {class} in {dom}"
    );
    assert_eq!(aside.attr("aria-label"), Some(word), "{kind:?}");
    assert_eq!(
        aside.one(".visually-hidden").text(),
        format!("{word}: "),
        "{kind:?}"
    );
    assert_eq!(
        aside.one(".alert-icon").attr("aria-hidden"),
        Some("true"),
        "{kind:?}"
    );
    assert_eq!(aside.one(".alert-body p").text(), "Body text.", "{kind:?}");
}

#[tokio::test]
async fn every_kind_has_its_class_and_spoken_word() {
    case(AlertKind::Info, "alert-info", "Information").await;
    case(AlertKind::Success, "alert-success", "Success").await;
    case(AlertKind::Warning, "alert-warning", "Warning").await;
    case(AlertKind::Danger, "alert-danger", "Danger").await;
    case(AlertKind::Export, "alert-export", "Export").await;
    case(AlertKind::Tip, "alert-tip", "Tip").await;
    case(AlertKind::Note, "alert-note", "Note").await;
}

#[tokio::test]
async fn title_names_the_alert_after_the_hidden_kind_word() {
    let dom = render(vec![alert(AlertKind::Warning, Some("Mind the cache"))]).await;
    let aside = dom.one("aside.alert-warning");
    assert_eq!(aside.attr("aria-label"), Some("Mind the cache"));
    let title = aside.one("p.alert-title");
    assert_eq!(title.text_without(".alert-icon"), "Warning: Mind the cache");
}

#[tokio::test]
async fn children_render_as_blocks() {
    let mut block = alert(AlertKind::Note, None);
    if let Block::Alert { children, .. } = &mut block {
        children.push(Block::Rule);
    }
    let dom = render(vec![block]).await;
    assert_eq!(dom.count(".alert-body p"), 1);
    assert_eq!(dom.count(".alert-body hr"), 1);
}
