//! Download: a link that downloads under the file's own name, or a note.

use primer_core::document::Block;

use crate::support::{content_at, render, render_with};

fn download(file: &str, href: Option<&str>, label: &str) -> Block {
    Block::Download {
        file: file.into(),
        href: href.map(String::from),
        label: label.into(),
    }
}

#[tokio::test]
async fn link_with_download_attribute() {
    let links = content_at("content/");
    let dom = render_with(
        vec![download(
            "files/cheatsheet.pdf",
            Some("assets/cheatsheet.91ab.pdf"),
            "Cheat sheet",
        )],
        links,
    )
    .await;
    let link = dom.one("p.download a");
    assert_eq!(
        link.attr("href"),
        Some("content/assets/cheatsheet.91ab.pdf")
    );
    assert_eq!(link.attr("download"), Some("cheatsheet.pdf"));
    assert_eq!(link.text_without("[aria-hidden=true]"), "Cheat sheet");
}

#[tokio::test]
async fn missing_file_is_not_available() {
    let dom = render(vec![download("files/gone.zip", None, "Starter code")]).await;
    assert_eq!(dom.count("a"), 0);
    let note = dom.one("p.download.download-missing");
    assert_eq!(note.text(), "Starter code (file not available)");
}
