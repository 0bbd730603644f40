//! Unit tests: defaults, unknown fields, numbers and error paths; every
//! variant against serde is in `variants`.

use std::collections::BTreeMap;

use serde::Serialize;

use super::*;
use crate::bundle::{ChapterBundle, HeadingEntry, Objective};
use crate::document::{Align, Block, Element, Image, Inline, Tab};
use crate::quiz::grade::{Grade, GradeDetail};
use crate::quiz::{QuestionKind, Response, ResponseSize, Rich};

mod variants;

/// serde writes it, we read it back: the same value.
fn round_trip<T: Serialize + Decode + PartialEq + fmt::Debug>(value: &T) {
    let text = serde_json::to_string(value).unwrap();
    let back: T = decode_str(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(&back, value, "{text}");
}

#[test]
fn responses_and_grades_round_trip_through_serde() {
    for size in [ResponseSize::Short, ResponseSize::Long, ResponseSize::Code] {
        round_trip(&size);
    }
    for response in [
        Response::Choices {
            chosen: vec!["a".into(), "b".into()],
        },
        Response::Text { text: "t".into() },
        Response::Tracing {
            compiles: true,
            stdout: Some("o".into()),
            line: None,
        },
        Response::Tracing {
            compiles: false,
            stdout: None,
            line: Some(2),
        },
    ] {
        round_trip(&response);
    }
    for detail in [
        GradeDetail::Choices {
            wrong: vec!["w".into()],
            missed: vec![],
        },
        GradeDetail::Text { matched: None },
        GradeDetail::Text {
            matched: Some("m".into()),
        },
        GradeDetail::Tracing {
            verdict_correct: true,
            detail_correct: None,
        },
        GradeDetail::Tracing {
            verdict_correct: false,
            detail_correct: Some(false),
        },
        GradeDetail::WrongShape,
    ] {
        round_trip(&Grade {
            correct: true,
            detail,
        });
    }
}

#[test]
fn skipped_fields_decode_to_their_defaults_and_unknown_fields_are_ignored() {
    let bundle: ChapterBundle = decode_str(
        r#"{"version":1,"guide_id":"g","permalink":"p","title":"T","future":{"x":[1,{}]},
            "meta":{"tags":["a"],"n":1.5},"blocks":["rule",{"image":{"src":"a.png","alt":"A","new":0}}]}"#,
    )
    .unwrap();
    assert_eq!(bundle.subtitle, None);
    assert!(bundle.objectives.is_empty() && bundle.headings.is_empty() && bundle.meta.is_empty());
    assert_eq!(
        bundle.blocks,
        vec![
            Block::Rule,
            Block::Image(Image {
                src: "a.png".into(),
                alt: "A".into(),
                title: String::new(),
                missing: false
            })
        ]
    );
    let headings: Vec<HeadingEntry> =
        decode_str(r#"[{"level":2,"id":"a","text":"A","x":null}]"#).unwrap();
    assert_eq!(headings[0].level, 2);
    // `null` is `None` for an Option, and a unit variant may be `{"tag":null}`.
    let block: Block = decode_str(r#"{"code":{"lang":null,"code":"x"}}"#).unwrap();
    assert_eq!(
        block,
        Block::Code {
            lang: None,
            prompt: None,
            code: "x".into()
        }
    );
    assert_eq!(
        decode_str::<Inline>(r#"{"soft_break":null}"#),
        Ok(Inline::SoftBreak)
    );
    let objective: Objective = decode_str(r#"{"text":"t","id":"i","id":"j"}"#).unwrap();
    assert_eq!(objective.id, "i", "the first of duplicate fields");
}

fn error<T: Decode + fmt::Debug>(text: &str) -> String {
    decode_str::<T>(text).unwrap_err().to_string()
}

#[test]
fn errors_say_what_was_expected_and_where() {
    let bundle = r#"{"version":1,"guide_id":"g","permalink":"p","title":"T","blocks":[
        "rule","rule","rule",{"alert":{"kind":"info","children":[{"paragraph":{"content":[7]}}]}}]}"#;
    assert_eq!(
        error::<ChapterBundle>(bundle),
        "at blocks[3].alert.children[0].paragraph.content[0]: \
         expected a string or an object (an enum variant), found a number"
    );
    assert_eq!(error::<Objective>(r#"{"id":"i"}"#), "missing field `text`");
    assert_eq!(
        error::<Vec<Tab>>(r#"[{"title":"t","id":"i","children":[]},{"title":"t","id":"i"}]"#),
        "at [1]: missing field `children`"
    );
    assert_eq!(
        error::<Block>(r#""table""#),
        "at table: expected the variant's content, found none"
    );
    assert_eq!(
        error::<Block>(r#"{"table":[]}"#),
        "at table: expected an object, found an array"
    );
    assert_eq!(error::<Block>(r#""sidebar""#), "unknown variant `sidebar`");
    assert_eq!(
        error::<Block>(r#"{"rule":1,"quote":2}"#),
        "expected an object with exactly one key (an enum variant)"
    );
    assert_eq!(error::<Align>(r#""Left""#), "unknown variant `Left`");
    assert_eq!(
        error::<QuestionKind>(r#"{"multiple_choice":{}}"#),
        "unknown variant `multiple_choice`"
    );
    assert_eq!(
        error::<Block>(r#"{"heading":{"level":256,"id":"","content":[]}}"#),
        "at heading.level: expected a number up to 255, found a larger one"
    );
    assert_eq!(
        error::<u32>("-1"),
        "expected a whole number, found a negative or a fraction"
    );
    assert_eq!(
        error::<u64>("1.5"),
        "expected a whole number, found a negative or a fraction"
    );
    assert_eq!(
        error::<u8>("1e3"),
        "expected a number up to 255, found a larger one"
    );
    assert_eq!(error::<bool>("null"), "expected a boolean, found null");
    assert_eq!(
        error::<Tab>(r#"{"title":"t","id":"i","active":null,"children":[]}"#),
        "at active: expected a boolean, found null"
    );
    assert_eq!(
        error::<Element>(r#"{"tag":"a","attrs":[["href"]]}"#),
        "at attrs[0]: expected a pair, found 1 elements"
    );
    assert_eq!(
        error::<Element>(r#"{"tag":"a","attrs":[["k",1]]}"#),
        "at attrs[0][1]: expected a string, found a number"
    );
    assert_eq!(
        error::<BTreeMap<String, Rich>>(r#"{"a":{"source":"s"},"b c":{}}"#),
        "at b c: missing field `source`"
    );
    assert_eq!(
        error::<Objective>(r#"{"id":"i""#),
        "invalid JSON: expected `,` or `}` at byte 9"
    );
}

#[test]
fn numbers_decode_within_their_range() {
    assert_eq!(decode_str::<u8>("255"), Ok(255));
    assert_eq!(decode_str::<u32>("4294967295"), Ok(u32::MAX));
    assert_eq!(decode_str::<u64>("9007199254740992"), Ok(1 << 53));
    assert_eq!(decode_str::<usize>("0"), Ok(0));
    assert_eq!(decode_str::<u64>("-0"), Ok(0));
    assert!(decode_str::<u32>("4294967296").is_err());
    assert!(decode_str::<u64>("18446744073709551616").is_err());
    assert_eq!(decode_str::<Option<u8>>("null"), Ok(None));
    assert_eq!(
        decode_str::<(String, String)>(r#"["a","b"]"#),
        Ok(("a".into(), "b".into()))
    );
}
