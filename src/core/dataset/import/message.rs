//! What the page and the import worker say to each other about a file:
//! the worker's [`Report`] travels as JSON text beside the converted
//! dataset's bytes, and is read back on the page.

use serde_json::{Map, Value};

use super::Report;
use crate::core::dataset::problem::Problem;

/// `report` as JSON text: `{"problems": [...], "warnings": [...]}`, each
/// problem an object with `item`, `field` and `message`.
pub fn report_to_json(report: &Report) -> String {
    let list = |problems: &[Problem]| {
        Value::Array(
            problems
                .iter()
                .map(|p| {
                    let mut o = Map::new();
                    o.insert("item".into(), Value::String(p.item.clone()));
                    o.insert("field".into(), Value::String(p.field.clone()));
                    o.insert("message".into(), Value::String(p.message.clone()));
                    Value::Object(o)
                })
                .collect(),
        )
    };
    let mut o = Map::new();
    o.insert("problems".into(), list(&report.problems));
    o.insert("warnings".into(), list(&report.warnings));
    Value::Object(o).to_string()
}

/// The report [`report_to_json`] wrote; text that is not one is itself
/// reported as a problem, so that nothing is lost in silence.
pub fn report_from_json(text: &str) -> Report {
    let Ok(Value::Object(o)) = serde_json::from_str::<Value>(text) else {
        return Report {
            problems: vec![Problem::new(
                "",
                "",
                "the importer answered something other than a report",
            )],
            warnings: Vec::new(),
        };
    };
    let list = |key: &str| -> Vec<Problem> {
        let Some(Value::Array(items)) = o.get(key) else {
            return Vec::new();
        };
        items
            .iter()
            .map(|item| {
                let text = |k: &str| item.get(k).and_then(Value::as_str).unwrap_or_default();
                Problem::new(text("item"), text("field"), text("message"))
            })
            .collect()
    };
    Report {
        problems: list("problems"),
        warnings: list("warnings"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_survives_the_trip_between_worker_and_page() {
        let report = Report {
            problems: vec![Problem::new(
                "events.csv, line 3",
                "date",
                "expected \"a\"\n",
            )],
            warnings: vec![Problem::new("events.csv", "", "two rows repeat")],
        };
        assert_eq!(report_from_json(&report_to_json(&report)), report);
    }

    #[test]
    fn an_answer_that_is_not_a_report_is_a_problem() {
        let report = report_from_json("[1, 2]");
        assert_eq!(report.problems.len(), 1);
        assert!(!report.problems[0].message.is_empty());
    }
}
