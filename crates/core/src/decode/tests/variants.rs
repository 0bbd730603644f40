//! Every variant of every enum, and every optional field set and unset,
//! written by serde and decoded back equal.

use std::collections::BTreeMap;

use super::round_trip;
use crate::document::{AlertKind, Align, Block, Element, Image, Inline, Link, ListItem, Tab};
use crate::quiz::{
    MultipleChoice, Question, QuestionKind, Quiz, ResponseSize, Rich, ShortAnswer, Tracing,
};

fn text(t: &str) -> Vec<Inline> {
    vec![Inline::text(t)]
}

fn para(t: &str) -> Block {
    Block::Paragraph { content: text(t) }
}

fn rich(source: &str) -> Rich {
    Rich {
        source: source.into(),
        blocks: vec![para(source)],
    }
}

fn image(missing: bool) -> Image {
    Image {
        src: "a.png".into(),
        alt: "A".into(),
        title: String::new(),
        missing,
    }
}

fn every_inline() -> Vec<Inline> {
    let link = |title: &str, chapter: Option<&str>| Link {
        href: "x.md#h".into(),
        chapter: chapter.map(Into::into),
        fragment: chapter.map(|_| "h".into()),
        title: title.into(),
        content: text("l"),
    };
    vec![
        Inline::text("t \"é\" 😀\n"),
        Inline::Code { code: "c".into() },
        Inline::Emphasis { content: text("e") },
        Inline::Strong {
            content: vec![Inline::Strikethrough { content: text("s") }],
        },
        Inline::Link(link("", None)),
        Inline::Link(link("T", Some("ch"))),
        Inline::Image(image(true)),
        Inline::SoftBreak,
        Inline::HardBreak,
        Inline::FootnoteRef { label: "1".into() },
        Inline::Html(Element {
            tag: "br".into(),
            attrs: vec![],
            children: vec![],
        }),
        Inline::Html(Element {
            tag: "span".into(),
            attrs: vec![
                ("class".into(), "k".into()),
                ("title".into(), String::new()),
            ],
            children: text("in"),
        }),
        Inline::Icon {
            icon: "i".into(),
            text: None,
        },
        Inline::Icon {
            icon: "i".into(),
            text: Some("x".into()),
        },
        Inline::Popover {
            title: "p".into(),
            content: text("c"),
        },
    ]
}

fn every_question_kind() -> Vec<QuestionKind> {
    let mut feedback = BTreeMap::new();
    feedback.insert("b".to_string(), rich("no"));
    vec![
        QuestionKind::MultipleChoice(MultipleChoice {
            prompt: rich("p"),
            answers: vec![rich("a")],
            distractors: vec![rich("b"), Rich::new("c")],
            multiple: true,
            answer_index: Some(0),
            sort_answers: true,
            feedback,
        }),
        QuestionKind::ShortAnswer(ShortAnswer {
            prompt: rich("p"),
            response: ResponseSize::Code,
            answer: "a".into(),
            alternatives: vec!["b".into()],
        }),
        QuestionKind::Tracing(Tracing {
            program: "fn main() {}".into(),
            prompt: None,
            does_compile: false,
            stdout: None,
            line_number: Some(3),
        }),
    ]
}

fn quiz() -> Quiz {
    let mut multipart = BTreeMap::new();
    multipart.insert("m".to_string(), rich("shared"));
    let question = |kind: QuestionKind, full: bool| Question {
        id: "q".into(),
        derived_id: full,
        kind,
        context: full.then(|| rich("ctx")),
        multipart: full.then(|| "m".into()),
        prompt_explanation: full.then(|| rich("pe")),
        objectives: if full { vec!["o".into()] } else { vec![] },
        hint: full.then(|| rich("h")),
        fingerprint: "f".into(),
    };
    let questions = every_question_kind()
        .into_iter()
        .flat_map(|k| [question(k.clone(), true), question(k, false)])
        .collect();
    Quiz {
        id: "quiz".into(),
        file: "q.toml".into(),
        multipart,
        questions,
    }
}

fn every_block() -> Vec<Block> {
    let aligns = vec![Align::None, Align::Left, Align::Center, Align::Right];
    let kinds = [
        AlertKind::Info,
        AlertKind::Success,
        AlertKind::Warning,
        AlertKind::Danger,
        AlertKind::Export,
        AlertKind::Tip,
        AlertKind::Note,
    ];
    let mut blocks = vec![
        Block::Paragraph {
            content: every_inline(),
        },
        Block::Heading {
            level: 6,
            id: "h".into(),
            content: text("H"),
        },
        Block::Code {
            lang: None,
            prompt: None,
            code: String::new(),
        },
        Block::Code {
            lang: Some("bash".into()),
            prompt: Some("u".into()),
            code: "ls\n".into(),
        },
        Block::List {
            start: None,
            items: vec![ListItem {
                checked: None,
                children: vec![],
            }],
        },
        Block::List {
            start: Some(3),
            items: vec![ListItem {
                checked: Some(false),
                children: vec![para("i")],
            }],
        },
        Block::Quote {
            children: vec![para("q")],
        },
        Block::Table {
            align: aligns,
            head: vec![text("a")],
            rows: vec![vec![text("b"), vec![]]],
        },
        Block::Rule,
        Block::Footnote {
            label: "1".into(),
            children: vec![para("f")],
        },
        Block::Html(Element {
            tag: "div".into(),
            attrs: vec![],
            children: text("d"),
        }),
        Block::Partial {
            file: "p.md".into(),
            children: vec![Block::Rule],
        },
        Block::TabList {
            tabs: vec![
                Tab {
                    title: "a".into(),
                    id: "a".into(),
                    active: true,
                    children: vec![para("a")],
                },
                Tab {
                    title: "b".into(),
                    id: "b".into(),
                    active: false,
                    children: vec![],
                },
            ],
        },
        Block::Accordion {
            title: "t".into(),
            id: Some("i".into()),
            icon: None,
            active: true,
            children: vec![],
        },
        Block::Example {
            class: Some("c".into()),
            children: vec![para("e")],
        },
        Block::Youtube {
            src: "s".into(),
            title: None,
        },
        Block::Image(image(false)),
        Block::Download {
            file: "f".into(),
            href: Some("h".into()),
            label: "l".into(),
        },
        Block::Card {
            title: None,
            link: Some("l".into()),
            children: vec![],
        },
        Block::CardGroup {
            children: vec![Block::Card {
                title: None,
                link: None,
                children: vec![],
            }],
        },
        Block::Check {
            children: vec![para("c")],
        },
        Block::Quiz(std::sync::Arc::new(quiz())),
        Block::Unknown {
            name: "Foo".into(),
            children: vec![para("u")],
        },
    ];
    for (i, kind) in kinds.into_iter().enumerate() {
        let title = (i % 2 == 0).then(|| "T".to_string());
        blocks.push(Block::Alert {
            kind,
            title,
            icon: None,
            children: vec![para("a")],
        });
    }
    blocks
}

#[test]
fn every_variant_round_trips_through_serde() {
    round_trip(&every_block());
    round_trip(&every_inline());
    round_trip(&quiz());
}
