//! The reader's own rules: texts in one or both languages, caveats, every
//! structural problem named by item and field, syntax errors' positions.

use super::*;
use crate::core::text::bilingual::Text;

fn problems(json: &str) -> Vec<String> {
    let value = parse_value(json).unwrap();
    read_document(&value)
        .err()
        .unwrap_or_default()
        .iter()
        .map(Problem::to_string)
        .collect()
}

#[test]
fn reads_texts_as_strings_or_both_languages() {
    let value = parse_value(r#"{"schema":1,"title":{"en":"T","zh":"标题"},"sources":[],"clusters":[{"id":"a","name":"A"}]}"#).unwrap();
    let doc = read_document(&value).unwrap();
    assert_eq!(doc.title, Text::both("T", "标题"));
    assert_eq!(doc.clusters[0].name, Text::en("A"));
}

/// A dataset's caveats are optional texts; one that is not a text is
/// reported by its place in the list.
#[test]
fn reads_caveats_and_reports_a_bad_one() {
    let none = parse_value(r#"{"schema":1,"title":"T"}"#).unwrap();
    assert_eq!(read_document(&none).unwrap().caveats, []);
    let two = parse_value(
        r#"{"schema":1,"title":"T","description":"A\n\nB","caveats":["one",{"en":"two","zh":"二"}]}"#,
    )
    .unwrap();
    let doc = read_document(&two).unwrap();
    assert_eq!(doc.caveats, [Text::en("one"), Text::both("two", "二")]);
    assert_eq!(doc.description, Text::en("A\n\nB"));
    assert_eq!(
        problems(r#"{"schema":1,"title":"T","caveats":["one",2]}"#),
        [
            "dataset, caveats[2]: expected a text (a string, or an object with \"en\" and \"zh\"), found a number"
        ]
    );
}

#[test]
fn reports_every_structural_problem_with_item_and_field() {
    let found = problems(
        r#"{"schema":1,"title":"T","sources":[],
            "clusters":[{"id":"a","name":{"en":"A","zh_cn":"甲"}}],
            "milestones":[{"id":"m","date":2014,"title":"x","description":"y","soruces":[]}],
            "series":[{"id":"s","title":"S","unit":"count","points":[{"entity":"e","year":"2014","value":"3","sources":["x"]}]}]}"#,
    );
    assert_eq!(
        found,
        [
            "cluster \"a\", name.zh_cn: unknown language (expected en or zh)",
            "series \"s\", point 1, value: expected a number or null, found a string",
            "milestone \"m\", soruces: unknown field (expected one of: id, date, cluster, short, title, description, sources, end, media, display_date)",
            "milestone \"m\", date: expected a string, found a number",
        ]
    );
}

#[test]
fn reports_a_syntax_error_with_its_position() {
    let problem = parse_value("{\n\"schema\": 1,,\n}").unwrap_err();
    assert_eq!(problem.item, "JSON line 2, column 13");
}
