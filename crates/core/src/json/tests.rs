//! Unit tests of the JSON parser: values, escapes, numbers, errors and
//! their offsets, the depth limit.

use super::*;

fn err(text: &str) -> (usize, &'static str) {
    let e = parse(text).unwrap_err();
    (e.offset, e.message)
}

fn s(text: &str) -> Json {
    Json::String(text.to_string())
}

#[test]
fn values_and_nesting() {
    let v = parse(r#" {"a": [1, -2.5e1, true, false, null, {}], "b": {"c": []}} "#).unwrap();
    let a = Json::Array(vec![
        Json::Number(1.0),
        Json::Number(-25.0),
        Json::Bool(true),
        Json::Bool(false),
        Json::Null,
        Json::Object(vec![]),
    ]);
    let b = Json::Object(vec![("c".into(), Json::Array(vec![]))]);
    assert_eq!(v, Json::Object(vec![("a".into(), a), ("b".into(), b)]));
    assert_eq!(
        v.get("b").and_then(|b| b.get("c")),
        Some(&Json::Array(vec![]))
    );
    let dup = parse(r#"{"k":1,"k":2}"#).unwrap();
    assert_eq!(dup.get("k"), Some(&Json::Number(1.0)));
}

#[test]
fn string_escapes_and_surrogates() {
    assert_eq!(
        parse(r#""a\"\\\/\b\f\n\r\tz""#).unwrap(),
        s("a\"\\/\u{8}\u{c}\n\r\tz")
    );
    assert_eq!(parse(r#""\u00e9\u4E2D""#).unwrap(), s("é中"));
    assert_eq!(parse(r#""x\ud83d\ude00y""#).unwrap(), s("x😀y"));
    assert_eq!(parse("\"é😀 raw\"").unwrap(), s("é😀 raw"));
    assert_eq!(err(r#""\ud83d""#), (2, "unpaired surrogate"));
    assert_eq!(err(r#""\ud83dx""#), (2, "unpaired surrogate"));
    assert_eq!(err(r#""\ud83d\u0041""#), (2, "unpaired surrogate"));
    assert_eq!(err(r#""ab\ude00""#), (4, "unpaired surrogate"));
    assert_eq!(err(r#""\u12g4""#), (5, "expected four hex digits"));
    assert_eq!(err(r#""\x""#), (2, "invalid escape"));
    assert_eq!(err("\"a\nb\""), (2, "control character in string"));
    assert_eq!(err("\"abc"), (4, "unterminated string"));
}

#[test]
fn numbers() {
    let n = |t: &str| match parse(t).unwrap() {
        Json::Number(n) => n,
        other => panic!("{other:?}"),
    };
    assert_eq!(n("0"), 0.0);
    assert!(n("-0").is_sign_negative());
    assert_eq!(n("123456789012345678"), 123_456_789_012_345_678.0);
    assert_eq!(n("18446744073709551615"), 18_446_744_073_709_551_615.0);
    assert_eq!(n("-9007199254740993"), -9_007_199_254_740_993_i64 as f64);
    assert_eq!(n("1.5E+2"), 150.0);
    assert_eq!(n("2e-3"), 0.002);
    assert_eq!(n("0.1"), 0.1);
    assert_eq!(err("01"), (0, "invalid number"));
    assert_eq!(err("-"), (1, "invalid number"));
    assert_eq!(err("1."), (2, "expected a digit after `.`"));
    assert_eq!(err("1e+"), (3, "expected a digit in the exponent"));
    assert_eq!(err("[1e999]"), (1, "number out of range"));
    assert_eq!(err("+1"), (0, "expected a value"));
    assert_eq!(err(".5"), (0, "expected a value"));
}

#[test]
fn errors_carry_offsets() {
    assert_eq!(err(""), (0, "unexpected end of input"));
    assert_eq!(err("  "), (2, "unexpected end of input"));
    assert_eq!(err("[1,]"), (3, "expected a value"));
    assert_eq!(err("[1 2]"), (3, "expected `,` or `]`"));
    assert_eq!(err(r#"{"a" 1}"#), (5, "expected `:`"));
    assert_eq!(err(r#"{"a":1,}"#), (7, "expected a string key"));
    assert_eq!(err("{a:1}"), (1, "expected a string key"));
    assert_eq!(err(r#"{"a":1"#), (6, "expected `,` or `}`"));
    assert_eq!(err("tru"), (0, "expected a value"));
    assert_eq!(err("nul"), (0, "expected a value"));
    assert_eq!(err("\u{feff}1"), (0, "expected a value"));
}

#[test]
fn trailing_garbage_is_an_error() {
    assert_eq!(parse(" true \n").unwrap(), Json::Bool(true));
    assert_eq!(err("true x"), (5, "trailing characters after the value"));
    assert_eq!(err("{}{}"), (2, "trailing characters after the value"));
    assert_eq!(err("1 2"), (2, "trailing characters after the value"));
}

#[test]
fn depth_is_limited() {
    let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
    assert!(parse(&ok).is_ok());
    let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
    assert_eq!(err(&deep), (MAX_DEPTH, "nesting too deep"));
    let hostile = r#"{"a":["#.repeat(100_000);
    assert_eq!(err(&hostile).1, "nesting too deep");
}

#[test]
fn numbers_are_exact_where_it_matters_and_close_elsewhere() {
    let n = |t: &str| match parse(t) {
        Ok(Json::Number(n)) => n,
        other => panic!("{t}: {other:?}"),
    };
    for exact in [
        "0.1",
        "0.3",
        "123.456",
        "2.5e-3",
        "1e22",
        "1e23",
        "-1e-22",
        "0.000001",
        "3.141592653589793",
        "9007199254740993",
        "1234567890123456789",
        "4294967295",
        "1.5E+10",
        "0.0000000000000000000000001",
    ] {
        assert_eq!(n(exact), exact.parse::<f64>().unwrap(), "{exact}");
    }
    for close in [
        "1.7976931348623157e308",
        "2.2250738585072014e-308",
        "1.2345678901234567e-300",
        "123456789012345678901234567890",
        "6.02214076e23",
        "1.602176634e-19",
        "0.1e-5000",
        "1e-400",
    ] {
        let (ours, exact) = (n(close), close.parse::<f64>().unwrap());
        let ulps = (ours.to_bits() as i64 - exact.to_bits() as i64).abs();
        assert!(ulps <= 4, "{close}: {ours} vs {exact}");
    }
}
