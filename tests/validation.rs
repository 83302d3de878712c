//! Each validation rule, shown failing on a bad input with the message that
//! names the item and the field.

use cluster_atlas::core::dataset::load::load_json;
use cluster_atlas::core::dataset::problem::Problem;
use cluster_atlas::core::dataset::read::{parse_value, read_document};
use cluster_atlas::core::dataset::validate::validate;
use serde_json::{Value, json};

/// A small dataset that passes every rule.
fn valid() -> Value {
    json!({
        "schema": 1,
        "title": "Test",
        "clusters": [{"id": "jjj", "name": {"en": "Jing-Jin-Ji", "zh": "京津冀"}}],
        "entities": [
            {"id": "beijing", "name": "Beijing", "kind": "province", "cluster": "jjj"},
            {"id": "china", "name": "China", "kind": "country"}
        ],
        "sources": [{
            "id": "nbs", "title": "Provincial GDP", "publisher": "NBS",
            "url": "https://data.stats.gov.cn/", "date": "2025-03-08", "supports": "GDP"
        }],
        "series": [{
            "id": "gdp", "title": "GDP", "unit": "100m-yuan",
            "points": [{"entity": "beijing", "year": 2024, "value": 49843.1, "sources": ["nbs"]}]
        }],
        "figures": [{
            "id": "f1", "cluster": "jjj", "year": 2024, "label": "Combined GDP",
            "value": 11.5, "unit": "trillion-yuan", "sources": [{"source": "nbs", "quote": "11.5"}]
        }],
        "milestones": [{
            "id": "m1", "date": "2014-02-26", "cluster": "jjj",
            "title": "National strategy", "description": "Raised to a national strategy.",
            "sources": ["nbs"]
        }]
    })
}

/// Applies `change` to the valid dataset and returns its problems.
fn problems(change: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut doc = valid();
    change(&mut doc);
    match load_json(&doc.to_string()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(Problem::to_string).collect(),
    }
}

fn assert_problem(change: impl FnOnce(&mut Value), expected: &str) {
    let found = problems(change);
    assert!(
        found.iter().any(|p| p == expected),
        "expected the problem\n  {expected}\nfound\n  {}",
        found.join("\n  ")
    );
}

#[test]
fn the_valid_fixture_passes() {
    assert_eq!(problems(|_| {}), Vec::<String>::new());
}

#[test]
fn unknown_source_references_are_rejected() {
    assert_problem(
        |d| d["milestones"][0]["sources"] = json!(["nbs", "xinhua"]),
        "milestone \"m1\", sources: unknown source \"xinhua\"",
    );
    assert_problem(
        |d| d["series"][0]["points"][0]["sources"] = json!(["nope"]),
        "series \"gdp\", point 1 (beijing 2024), sources: unknown source \"nope\"",
    );
}

#[test]
fn missing_sources_are_rejected() {
    assert_problem(
        |d| d["figures"][0]["sources"] = json!([]),
        "figure \"f1\", sources: expected at least one source",
    );
}

#[test]
fn unknown_cluster_and_entity_references_are_rejected() {
    assert_problem(
        |d| d["milestones"][0]["cluster"] = json!("prd"),
        "milestone \"m1\", cluster: unknown cluster \"prd\"",
    );
    assert_problem(
        |d| d["entities"][0]["cluster"] = json!("yrd"),
        "entity \"beijing\", cluster: unknown cluster \"yrd\"",
    );
    assert_problem(
        |d| d["series"][0]["points"][0]["entity"] = json!("tianjin"),
        "series \"gdp\", point 1 (tianjin 2024), entity: unknown entity \"tianjin\"",
    );
}

#[test]
fn duplicate_ids_are_rejected() {
    assert_problem(
        |d| {
            let copy = d["sources"][0].clone();
            d["sources"].as_array_mut().unwrap().push(copy);
        },
        "source 2 (\"nbs\"), id: duplicate source id \"nbs\"",
    );
    assert_problem(
        |d| {
            let copy = d["milestones"][0].clone();
            d["milestones"].as_array_mut().unwrap().push(copy);
        },
        "milestone 2 (\"m1\"), id: duplicate milestone id \"m1\"",
    );
    assert_problem(
        |d| d["entities"][1]["id"] = json!("has space"),
        "entity 2 (\"has space\"), id: expected only letters, digits and - _ . : (ids appear in links)",
    );
}

#[test]
fn duplicate_values_for_an_entity_and_year_are_rejected() {
    assert_problem(
        |d| {
            let copy = d["series"][0]["points"][0].clone();
            d["series"][0]["points"].as_array_mut().unwrap().push(copy);
        },
        "series \"gdp\", point 2 (beijing 2024), year: duplicate value for beijing in 2024",
    );
}

#[test]
fn impossible_and_malformed_dates_are_rejected() {
    assert_problem(
        |d| d["milestones"][0]["date"] = json!("2023-02-30"),
        "milestone \"m1\", date: day 30 does not exist in February 2023 (it has 28 days)",
    );
    assert_problem(
        |d| d["milestones"][0]["date"] = json!("26/02/2014"),
        "milestone \"m1\", date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"26/02/2014\"",
    );
    assert_problem(
        |d| d["sources"][0]["date"] = json!("2025-13"),
        "source \"nbs\", date: month 13 does not exist (expected 01 to 12)",
    );
}

#[test]
fn values_the_unit_forbids_are_rejected() {
    assert_problem(
        |d| d["series"][0]["points"][0]["value"] = json!(-5.0),
        "series \"gdp\", point 1 (beijing 2024), value: expected a value of 0 or more in 100 million yuan, found -5",
    );
    assert_problem(
        |d| {
            d["figures"][0]["unit"] = json!("percent");
            d["figures"][0]["value"] = json!(124.4);
        },
        "figure \"f1\", value: expected a percentage from 0 to 100, found 124.4",
    );
}

#[test]
fn a_missing_value_needs_a_note() {
    assert_problem(
        |d| d["series"][0]["points"][0]["value"] = Value::Null,
        "series \"gdp\", point 1 (beijing 2024), value: a missing value (null) needs a note saying why",
    );
    assert_eq!(
        problems(|d| {
            d["series"][0]["points"][0]["value"] = Value::Null;
            d["series"][0]["points"][0]["note"] = json!("Not published.");
        }),
        Vec::<String>::new()
    );
}

#[test]
fn non_finite_numbers_are_rejected() {
    // JSON cannot write NaN; an out-of-range number stops the reading.
    let text = valid().to_string().replace("49843.1", "1e999");
    let problem = parse_value(&text).unwrap_err();
    assert!(
        problem.item.starts_with("JSON line 1, column "),
        "{problem}"
    );
    assert!(problem.message.contains("number out of range"), "{problem}");
    // Imports build documents directly, where NaN can appear.
    let mut doc = read_document(&valid()).unwrap();
    doc.series[0].points[0].value = Some(f64::NAN);
    doc.figures[0].value = f64::INFINITY;
    let found: Vec<String> = validate(doc)
        .unwrap_err()
        .iter()
        .map(Problem::to_string)
        .collect();
    assert_eq!(
        found,
        [
            "series \"gdp\", point 1 (beijing 2024), value: expected a finite number, found NaN",
            "figure \"f1\", value: expected a finite number, found inf",
        ]
    );
}

#[test]
fn unsafe_or_relative_source_addresses_are_rejected() {
    assert_problem(
        |d| d["sources"][0]["url"] = json!("javascript:alert(1)"),
        "source \"nbs\", url: expected an http:// or https:// address, found \"javascript:alert(1)\"",
    );
}

#[test]
fn unsupported_schema_versions_and_unknown_fields_are_rejected() {
    assert_problem(
        |d| d["schema"] = json!(2),
        "dataset, schema: unsupported version 2 (this app reads version 1)",
    );
    let found = problems(|d| d["milestones"][0]["soruces"] = json!([]));
    assert_eq!(
        found[0],
        "milestone \"m1\", soruces: unknown field (expected one of: id, date, cluster, short, title, description, sources, end, media, display_date)"
    );
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let found = problems(|d| {
        d["milestones"][0]["date"] = json!("2023-02-30");
        d["milestones"][0]["cluster"] = json!("prd");
        d["series"][0]["points"][0]["value"] = json!(-1);
    });
    assert_eq!(found.len(), 3, "{found:?}");
}

#[test]
fn only_one_entity_can_be_the_country() {
    assert_problem(
        |d| d["entities"][0]["kind"] = json!("country"),
        "entity \"china\", kind: only one entity can be the country (the national reference); \"beijing\" already is",
    );
}

#[test]
fn blank_titles_are_rejected() {
    assert_problem(
        |d| d["milestones"][0]["title"] = json!({"en": " ", "zh": "标题"}),
        "milestone \"m1\", title: expected a non-empty English text",
    );
}

/// A caveat must say something, in English at least.
#[test]
fn a_blank_caveat_is_a_problem() {
    let found = problems(|d| d["caveats"] = json!(["Fine.", "", {"en": " ", "zh": "空"}]));
    assert_eq!(
        found,
        [
            "dataset, caveats[2]: expected a non-empty English text",
            "dataset, caveats[3]: expected a non-empty English text",
        ]
    );
    assert!(problems(|d| d["caveats"] = json!(["Fine."])).is_empty());
}

#[test]
fn tiles_need_a_label_a_known_outline_and_a_place_of_their_own() {
    let tile = |col: u8, outline: &str| json!({"col": col, "row": 1, "short": {"en": "BJ", "zh": "京"}, "outline": outline});
    assert_eq!(
        problems(|d| {
            d["entities"][0]["tile"] = tile(2, "jjj");
            d["entities"][1]["tile"] = tile(3, "jjj");
        }),
        Vec::<String>::new()
    );
    assert_problem(
        |d| d["entities"][0]["tile"] = tile(2, "pearl"),
        "entity \"beijing\", tile, outline: unknown cluster \"pearl\"",
    );
    assert_problem(
        |d| {
            d["entities"][0]["tile"] = tile(2, "jjj");
            d["entities"][1]["tile"] = tile(2, "jjj");
        },
        "entity \"china\", tile, col: expected a place of its own, found column 2 row 1, which entity \"beijing\" has",
    );
    assert_problem(
        |d| d["entities"][0]["tile"] = json!({"col": -1, "row": 1.5, "short": "BJ"}),
        "entity \"beijing\", tile, col: expected a whole number from 0 to 63",
    );
    assert_problem(
        |d| d["entities"][0]["tile"] = json!({"col": 1, "row": 1, "short": ""}),
        "entity \"beijing\", tile, short: expected a non-empty English text",
    );
}
