//! Card and CardGroup: a titled block whose site-path link becomes a route.

use primer_core::document::Block;

use crate::support::{history, para, render, render_with};

fn card(title: Option<&str>, link: Option<&str>) -> Block {
    Block::Card {
        title: title.map(String::from),
        link: link.map(String::from),
        children: vec![para("Summary.")],
    }
}

async fn case(link: &str, href: &str) {
    let dom = render(vec![card(Some("Caching"), Some(link))]).await;
    let a = dom.one("div.card p.card-title a");
    assert_eq!(a.attr("href"), Some(href), "{link}");
    assert_eq!(a.text(), "Caching");
}

#[tokio::test]
async fn links_to_chapters_become_routes() {
    case("/study-guide/caching", "#/study-guide/caching").await;
    case("/study-guide/caching/", "#/study-guide/caching").await;
    case("https://example.com/x", "https://example.com/x").await;
    case("//cdn.example/x", "//cdn.example/x").await;
}

#[tokio::test]
async fn history_routing_puts_routes_under_the_base() {
    let links = history("/docs/");
    let dom = render_with(
        vec![card(Some("Caching"), Some("/study-guide/caching"))],
        links,
    )
    .await;
    assert_eq!(
        dom.one(".card-title a").attr("href"),
        Some("/docs/study-guide/caching")
    );
}

#[tokio::test]
async fn without_link_the_title_is_plain_and_without_title_there_is_none() {
    let dom = render(vec![card(Some("Plain"), None), card(None, Some("/x"))]).await;
    let cards = dom.all("div.card");
    assert_eq!(cards[0].one(".card-title").text(), "Plain");
    assert_eq!(cards[0].count("a"), 0);
    assert_eq!(cards[1].count(".card-title"), 0);
    assert_eq!(cards[1].one("p").text(), "Summary.");
}

#[tokio::test]
async fn card_group_holds_its_cards() {
    let dom = render(vec![Block::CardGroup {
        children: vec![card(Some("A"), None), card(Some("B"), None)],
    }])
    .await;
    let titles: Vec<_> = dom
        .one("div.card-group")
        .all(".card .card-title")
        .iter()
        .map(|t| t.text())
        .collect();
    assert_eq!(titles, ["A", "B"]);
}
