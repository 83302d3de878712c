//! Reading the project's JSON format into a [`Document`]: every item read
//! by hand, so that every structural problem is named by item and field.

mod extras;
mod fields;
mod items;
mod story;
#[cfg(test)]
mod tests;

use serde_json::Value;

use crate::core::dataset::model::Document;
use crate::core::dataset::problem::Problem;

/// Parses JSON text into a value; the problem names the line and column.
pub fn parse_value(text: &str) -> Result<Value, Problem> {
    serde_json::from_str(text).map_err(|err| {
        let message = err.to_string();
        let message = message.split(" at line ").next().unwrap_or_default();
        Problem::new(
            format!("JSON line {}, column {}", err.line(), err.column()),
            "",
            message,
        )
    })
}

/// Reads a document of the project's format from a parsed JSON value.
pub fn read_document(value: &Value) -> Result<Document, Vec<Problem>> {
    let mut r = Reader::default();
    let item = "dataset";
    let Some(o) = r.object(value, item) else {
        return Err(r.problems);
    };
    r.known(
        o,
        item,
        &[
            "schema",
            "title",
            "version",
            "updated",
            "licence",
            "description",
            "caveats",
            "clusters",
            "entities",
            "sources",
            "series",
            "figures",
            "milestones",
            "eras",
            "stories",
            "markup",
            "origin",
        ],
    );
    let schema = r.number(o, item, "schema").unwrap_or(0.0);
    let doc = Document {
        schema: if schema.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&schema) {
            schema as u32
        } else {
            0
        },
        title: r.text(o, item, "title").unwrap_or_default(),
        version: r.optional_string(o, item, "version"),
        updated: r.optional_string(o, item, "updated"),
        licence: r.optional_text(o, item, "licence"),
        description: r.optional_text(o, item, "description").unwrap_or_default(),
        caveats: r.texts(o, item, "caveats"),
        clusters: r.list(o, "clusters", "cluster", Reader::cluster),
        entities: r.list(o, "entities", "entity", Reader::entity),
        sources: r.list(o, "sources", "source", Reader::source),
        series: r.list(o, "series", "series", Reader::series),
        figures: r.list(o, "figures", "figure", Reader::figure),
        milestones: r.list(o, "milestones", "milestone", Reader::milestone),
        eras: r.list(o, "eras", "era", Reader::era),
        stories: r.list(o, "stories", "story", Reader::story),
        markup: r.markup(o, item),
        origin: r.origin(o, item),
        imported: false,
    };
    let doc = Document {
        imported: doc.origin.is_some(),
        ..doc
    };
    if r.problems.is_empty() {
        Ok(doc)
    } else {
        Err(r.problems)
    }
}

/// The JSON type of a value, for messages.
pub(crate) fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// Collects problems while reading.
///
/// The text is parsed by serde_json into a `Value`; the reader then reads
/// every item by hand. That reports *every* structural problem (a missing
/// field, a number written as text, a misspelt key) naming the item and the
/// field, rather than stopping at the first; it also keeps the WebAssembly
/// far smaller than a derived deserializer per type.
#[derive(Default)]
struct Reader {
    problems: Vec<Problem>,
}
