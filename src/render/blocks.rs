//! Block nodes: paragraphs, headings, lists, tables, code, and every
//! component of the content format.

use primer_core::document::{Align, Block, ListItem};
use yew::prelude::*;

use super::element::element;
use super::{inlines, Context};
use crate::components::{
    accordion::accordion,
    alert::alert,
    card::card,
    code_block::CodeBlock,
    download::download,
    example::example,
    heading::heading,
    image::figure,
    quiz::{section::Quiz, QuizRef},
    tabs::Tabs,
    youtube::Youtube,
};

pub fn blocks(nodes: &[Block], cx: &Context) -> Html {
    nodes.iter().map(|node| block(node, cx)).collect::<Html>()
}

pub fn block(node: &Block, cx: &Context) -> Html {
    match node {
        Block::Paragraph { content } => html! { <p>{inlines(content, cx)}</p> },
        Block::Heading { level, id, content } => heading(
            *level,
            id.clone(),
            cx.links.heading(&cx.permalink, id),
            inlines(content, cx),
        ),
        Block::Code { lang, prompt, code } => html! {
            <CodeBlock lang={lang.clone()} prompt={prompt.clone()} code={code.clone()} />
        },
        Block::List { start, items } => list(*start, items, cx),
        Block::Quote { children } => html! { <blockquote>{blocks(children, cx)}</blockquote> },
        Block::Table { align, head, rows } => {
            let style = |i: usize| match align.get(i) {
                Some(Align::Left) => Some("text-align: left"),
                Some(Align::Center) => Some("text-align: center"),
                Some(Align::Right) => Some("text-align: right"),
                _ => None,
            };
            html! {
                <div class="table-wrap" tabindex="0" role="region" aria-label="Table">
                    <table>
                        <thead><tr>{for head.iter().enumerate().map(|(i, cell)| html! {
                            <th scope="col" style={style(i)}>{inlines(cell, cx)}</th>
                        })}</tr></thead>
                        <tbody>{for rows.iter().map(|row| html! {
                            <tr>{for row.iter().enumerate().map(|(i, cell)| html! {
                                <td style={style(i)}>{inlines(cell, cx)}</td>
                            })}</tr>
                        })}</tbody>
                    </table>
                </div>
            }
        }
        Block::Rule => html! { <hr/> },
        Block::Footnote { label, children } => {
            let back = cx.links.heading(&cx.permalink, &format!("fnref-{label}"));
            html! {
                <div class="footnote" id={format!("fn-{label}")}>
                    <span class="footnote-label">{label.clone()}{". "}</span>
                    {blocks(children, cx)}
                    <a class="footnote-back" href={back} aria-label={format!("Back to reference {label}")}>{"↩"}</a>
                </div>
            }
        }
        Block::Html(html_element) => element(html_element, cx),
        Block::Alert {
            kind,
            title,
            children,
            ..
        } => alert(*kind, title.clone(), blocks(children, cx)),
        Block::Partial { file, children } => html! {
            <div class="partial" data-partial={file.clone()}>{blocks(children, cx)}</div>
        },
        Block::TabList { tabs } => {
            let titles = tabs.iter().map(|t| t.title.clone()).collect::<Vec<_>>();
            let ids = tabs.iter().map(|t| t.id.clone()).collect::<Vec<_>>();
            let active = tabs.iter().position(|t| t.active).unwrap_or(0);
            let panels = tabs
                .iter()
                .map(|t| blocks(&t.children, cx))
                .collect::<Vec<_>>();
            html! { <Tabs {titles} {ids} {active} {panels} /> }
        }
        Block::Accordion {
            title,
            id,
            icon,
            active,
            children,
        } => accordion(
            title.clone(),
            id.clone(),
            icon.is_some(),
            *active,
            blocks(children, cx),
        ),
        Block::Example { class, children } => example(class.as_deref(), blocks(children, cx)),
        Block::Youtube { src, title } => {
            html! { <Youtube video={src.clone()} title={title.clone()} /> }
        }
        Block::Image(image) => figure(
            cx.links.content(&image.src),
            image.alt.clone(),
            &image.title,
            image.missing,
            false,
        ),
        Block::Download { file, href, label } => download(
            file,
            href.as_deref()
                .and_then(|h| primer_core::safety::safe_url(h, false))
                .map(|h| cx.links.content(&h)),
            label.clone(),
        ),
        Block::Card {
            title,
            link,
            children,
        } => card(
            title.clone(),
            link.as_deref().and_then(|l| card_link(l, cx)),
            blocks(children, cx),
        ),
        Block::CardGroup { children } => {
            html! { <div class="card-group">{blocks(children, cx)}</div> }
        }
        Block::Check { children } => html! { <div class="check">{blocks(children, cx)}</div> },
        Block::Quiz(quiz) => html! {
            <Quiz quiz={QuizRef(quiz.clone())} links={cx.links.clone()}
                permalink={cx.permalink.clone()} />
        },
        Block::Unknown { name, children } => html! {
            <div class="unknown-component" data-component={name.clone()}>{blocks(children, cx)}</div>
        },
    }
}

/// A card's link: a site path becomes a chapter route; an unsafe URL none.
fn card_link(link: &str, cx: &Context) -> Option<String> {
    if link.starts_with('/') && !link.starts_with("//") {
        Some(cx.links.chapter(link, None))
    } else {
        primer_core::safety::safe_url(link, false)
    }
}

fn list(start: Option<u64>, items: &[ListItem], cx: &Context) -> Html {
    let items = items.iter().map(|item| {
        let checkbox = item.checked.map(|checked| {
            html! { <input type="checkbox" checked={checked} disabled={true} aria-label={if checked { "Done" } else { "Not done" }} /> }
        });
        let class = item.checked.map(|_| "task");
        html! { <li {class}>{checkbox}{blocks(&item.children, cx)}</li> }
    });
    match start {
        Some(1) => html! { <ol>{for items}</ol> },
        Some(start) => html! { <ol start={start.to_string()}>{for items}</ol> },
        None => html! { <ul>{for items}</ul> },
    }
}
