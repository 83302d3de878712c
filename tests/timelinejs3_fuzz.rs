//! Generated inputs for the TimelineJS3 converter and the rich-text
//! parser: arbitrary text, JSON-like text, and near-valid TimelineJS3
//! files. Nothing panics; every rejection carries at least one problem,
//! each with a message; rich text is written with allowlisted tags only.
//!
//! `FUZZ_CASES` sets how many inputs each property runs (10,000 unless
//! set; `FUZZ_CASES=1000000 cargo test --release --test timelinejs3_fuzz`
//! for the long run).

use cluster_atlas::core::dataset::import::load_document;
use cluster_atlas::core::page::html::Html;
use cluster_atlas::core::page::rich::write_rich;
use cluster_atlas::core::text::rich::parse;
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{Map, Value, json};

fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000)
}

fn config() -> Config {
    Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    }
}

/// Converts `text`; a rejection must say why.
fn check(text: &str) -> Result<(), TestCaseError> {
    if let Err(report) = load_document("f.json", text) {
        prop_assert!(!report.problems.is_empty());
        for p in &report.problems {
            prop_assert!(!p.message.trim().is_empty(), "{p:?}");
        }
    }
    Ok(())
}

/// A value a date part may hold: numbers, numeric strings, and the wrong.
fn part() -> impl Strategy<Value = Value> {
    prop_oneof![
        (-20_000_000_000i64..20_000_000_000).prop_map(|n| json!(n)),
        (-3000i64..3000).prop_map(|n| json!(n.to_string())),
        (0i64..40).prop_map(|n| json!(n)),
        (0i64..40).prop_map(|n| json!(format!("{n:02}"))),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|n| json!(n)),
        Just(json!("")),
        Just(json!(null)),
        Just(json!("abc")),
        Just(json!(" 12 ")),
        Just(json!([1])),
        Just(json!(true)),
    ]
}

fn date() -> impl Strategy<Value = Value> {
    (
        part(),
        proptest::option::of(part()),
        proptest::option::of(part()),
        proptest::option::of(part()),
        proptest::option::of(".{0,12}"),
    )
        .prop_map(|(year, month, day, hour, shown)| {
            let mut o = Map::new();
            o.insert("year".into(), year);
            if let Some(m) = month {
                o.insert("month".into(), m);
            }
            if let Some(d) = day {
                o.insert("day".into(), d);
            }
            if let Some(h) = hour {
                o.insert("hour".into(), h);
            }
            if let Some(s) = shown {
                o.insert("display_date".into(), json!(s));
            }
            Value::Object(o)
        })
}

/// Text with markup, entities and links, safe and not.
fn html() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            "[a-zA-Z0-9 ]{0,8}",
            Just("<p>".to_string()),
            Just("</p>".to_string()),
            Just("<br/>".to_string()),
            Just("<em>".to_string()),
            Just("</i>".to_string()),
            Just("<b>".to_string()),
            Just("<a href=\"https://e.org/?a=1&amp;b\">".to_string()),
            Just("<a href='javascript:alert(1)'>".to_string()),
            Just("</a>".to_string()),
            Just("<img src=x onerror=alert(1)>".to_string()),
            Just("<script>alert(1)</script>".to_string()),
            Just("<style>".to_string()),
            Just("<!--".to_string()),
            Just("&amp;&#x1F600;&#0;&bogus;&".to_string()),
            Just("<".to_string()),
            Just("\"'>".to_string()),
            ".{0,4}",
        ],
        0..12,
    )
    .prop_map(|pieces| pieces.concat())
}

fn text_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        (proptest::option::of(html()), proptest::option::of(html())).prop_map(|(h, t)| {
            let mut o = Map::new();
            if let Some(h) = h {
                o.insert("headline".into(), json!(h));
            }
            if let Some(t) = t {
                o.insert("text".into(), json!(t));
            }
            Value::Object(o)
        }),
        Just(json!("a string")),
        Just(json!(null)),
    ]
}

fn event() -> impl Strategy<Value = Value> {
    (
        proptest::option::of(date()),
        proptest::option::of(date()),
        text_value(),
        proptest::option::of(prop_oneof!["[a-z]{0,3}", Just("".to_string())]),
        proptest::option::of(prop_oneof![
            Just("https://e.org/a".to_string()),
            Just("//e.org/b".to_string()),
            Just("/rel.jpg".to_string()),
            Just("javascript:alert(1)".to_string()),
            html(),
        ]),
        proptest::option::of("[a-zA-Z .:_-]{0,6}"),
    )
        .prop_map(|(start, end, text, group, media, unique_id)| {
            let mut o = Map::new();
            if let Some(s) = start {
                o.insert("start_date".into(), s);
            }
            if let Some(e) = end {
                o.insert("end_date".into(), e);
            }
            o.insert("text".into(), text);
            if let Some(g) = group {
                o.insert("group".into(), json!(g));
            }
            if let Some(url) = media {
                o.insert(
                    "media".into(),
                    json!({"url": url, "caption": "<i>c</i>", "credit": ""}),
                );
            }
            if let Some(id) = unique_id {
                o.insert("unique_id".into(), json!(id));
            }
            Value::Object(o)
        })
}

fn timeline() -> impl Strategy<Value = Value> {
    (
        proptest::collection::vec(
            prop_oneof![8 => event(), 1 => Just(json!(3)), 1 => Just(json!(null))],
            0..8,
        ),
        proptest::collection::vec((date(), date(), text_value()), 0..3),
        text_value(),
    )
        .prop_map(|(events, eras, title)| {
            let eras: Vec<Value> = eras
                .into_iter()
                .map(|(s, e, t)| json!({"start_date": s, "end_date": e, "text": t}))
                .collect();
            json!({"title": {"text": title}, "events": events, "eras": eras})
        })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,200}") {
        check(&text)?;
    }

    #[test]
    fn json_like_text_never_panics(
        text in "\\{\"events\":\\[[\\{\\}\\[\\]\",:0-9a-z_ -]{0,120}",
    ) {
        check(&text)?;
    }

    #[test]
    fn near_valid_timelines_never_panic(value in timeline()) {
        check(&value.to_string())?;
    }

    #[test]
    fn rich_text_is_written_with_allowlisted_tags_only(text in prop_oneof![html(), ".{0,200}"]) {
        let rich = parse(&text);
        let _ = rich.plain();
        let mut h = Html::new();
        write_rich(&mut h, &rich);
        let out = h.finish();
        for (at, _) in out.match_indices('<') {
            let tag = &out[at + 1..];
            prop_assert!(
                ["p>", "/p>", "br>", "em>", "/em>", "strong>", "/strong>", "/a>"]
                    .iter()
                    .any(|t| tag.starts_with(t))
                    || tag.starts_with("a href=\"http"),
                "{out}"
            );
        }
    }
}
