//! Reading the project's JSON format into a [`Document`].
//!
//! The text is parsed by serde_json into a `Value`; this module then reads
//! every item by hand. That reports *every* structural problem (a missing
//! field, a number written as text, a misspelt key) naming the item and the
//! field, rather than stopping at the first; it also keeps the WebAssembly
//! far smaller than a derived deserializer per type.

use serde_json::{Map, Value};

use crate::core::dataset::model::{
    Citation, Cluster, Document, Entity, EntityKind, Figure, MilestoneRecord, Point, Qualifier,
    Series, Source,
};
use crate::core::dataset::problem::Problem;
use crate::core::text::bilingual::Text;
use crate::core::text::unit::Unit;

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
        imported: false,
    };
    if r.problems.is_empty() {
        Ok(doc)
    } else {
        Err(r.problems)
    }
}

/// The JSON type of a value, for messages.
fn kind(value: &Value) -> &'static str {
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
#[derive(Default)]
struct Reader {
    problems: Vec<Problem>,
}

impl Reader {
    fn push(&mut self, item: &str, field: &str, message: String) {
        self.problems.push(Problem::new(item, field, message));
    }

    fn object<'v>(&mut self, value: &'v Value, item: &str) -> Option<&'v Map<String, Value>> {
        let found = value.as_object();
        if found.is_none() {
            self.push(
                item,
                "",
                format!("expected an object, found {}", kind(value)),
            );
        }
        found
    }

    /// Reports keys that the format does not know (misspellings).
    fn known(&mut self, o: &Map<String, Value>, item: &str, fields: &[&str]) {
        for key in o.keys() {
            if !fields.contains(&key.as_str()) {
                self.push(
                    item,
                    key,
                    format!("unknown field (expected one of: {})", fields.join(", ")),
                );
            }
        }
    }

    /// A field that must be present.
    fn required<'v>(
        &mut self,
        o: &'v Map<String, Value>,
        item: &str,
        field: &str,
    ) -> Option<&'v Value> {
        let found = o.get(field).filter(|v| !v.is_null());
        if found.is_none() {
            self.push(item, field, "missing (this field is required)".to_string());
        }
        found
    }

    fn typed<T>(
        &mut self,
        value: &Value,
        item: &str,
        field: &str,
        expected: &str,
        get: impl Fn(&Value) -> Option<T>,
    ) -> Option<T> {
        let found = get(value);
        if found.is_none() {
            self.push(
                item,
                field,
                format!("expected {expected}, found {}", kind(value)),
            );
        }
        found
    }

    fn array<'v>(
        &mut self,
        value: &'v Value,
        item: &str,
        field: &str,
        expected: &str,
    ) -> Option<&'v Vec<Value>> {
        let found = value.as_array();
        if found.is_none() {
            self.push(
                item,
                field,
                format!("expected {expected}, found {}", kind(value)),
            );
        }
        found
    }

    fn string(&mut self, o: &Map<String, Value>, item: &str, field: &str) -> Option<String> {
        let v = self.required(o, item, field)?;
        self.typed(v, item, field, "a string", |v| {
            v.as_str().map(str::to_string)
        })
    }

    fn optional_string(
        &mut self,
        o: &Map<String, Value>,
        item: &str,
        field: &str,
    ) -> Option<String> {
        let v = o.get(field).filter(|v| !v.is_null())?;
        self.typed(v, item, field, "a string", |v| {
            v.as_str().map(str::to_string)
        })
    }

    fn number(&mut self, o: &Map<String, Value>, item: &str, field: &str) -> Option<f64> {
        let v = self.required(o, item, field)?;
        self.typed(v, item, field, "a number", Value::as_f64)
    }

    fn optional_number(&mut self, o: &Map<String, Value>, item: &str, field: &str) -> Option<f64> {
        let v = o.get(field).filter(|v| !v.is_null())?;
        self.typed(v, item, field, "a number", Value::as_f64)
    }

    fn year(
        &mut self,
        o: &Map<String, Value>,
        item: &str,
        field: &str,
        required: bool,
    ) -> Option<i32> {
        let v = if required {
            self.required(o, item, field)?
        } else {
            o.get(field).filter(|v| !v.is_null())?
        };
        self.typed(v, item, field, "a whole year", |v| {
            v.as_i64().and_then(|y| i32::try_from(y).ok())
        })
    }

    /// A [`Text`]: a string, or an object with `en` and optionally `zh`.
    fn text_value(&mut self, v: &Value, item: &str, field: &str) -> Option<Text> {
        match v {
            Value::String(en) => Some(Text::en(en.clone())),
            Value::Object(o) => {
                for key in o.keys().filter(|k| *k != "en" && *k != "zh") {
                    self.push(
                        item,
                        &format!("{field}.{key}"),
                        "unknown language (expected en or zh)".to_string(),
                    );
                }
                let label = format!("{field}.en");
                let en = match o.get("en") {
                    Some(Value::String(en)) => en.clone(),
                    Some(other) => {
                        self.push(
                            item,
                            &label,
                            format!("expected a string, found {}", kind(other)),
                        );
                        return None;
                    }
                    None => {
                        self.push(
                            item,
                            &label,
                            "missing (the English text is required)".to_string(),
                        );
                        return None;
                    }
                };
                let zh = o
                    .get("zh")
                    .and_then(Value::as_str)
                    .filter(|z| !z.trim().is_empty());
                Some(Text {
                    en,
                    zh: zh.map(str::to_string),
                })
            }
            other => {
                self.push(
                    item,
                    field,
                    format!(
                        "expected a text (a string, or an object with \"en\" and \"zh\"), found {}",
                        kind(other)
                    ),
                );
                None
            }
        }
    }

    fn text(&mut self, o: &Map<String, Value>, item: &str, field: &str) -> Option<Text> {
        let v = self.required(o, item, field)?;
        self.text_value(v, item, field)
    }

    fn optional_text(&mut self, o: &Map<String, Value>, item: &str, field: &str) -> Option<Text> {
        let v = o.get(field).filter(|v| !v.is_null())?;
        self.text_value(v, item, field)
    }

    fn texts(&mut self, o: &Map<String, Value>, item: &str, field: &str) -> Vec<Text> {
        let Some(v) = o.get(field).filter(|v| !v.is_null()) else {
            return Vec::new();
        };
        let Some(list) = self.array(v, item, field, "a list") else {
            return Vec::new();
        };
        list.iter()
            .enumerate()
            .filter_map(|(i, t)| self.text_value(t, item, &format!("{field}[{}]", i + 1)))
            .collect()
    }

    /// The items of an optional list, each read by `read` and named `noun`.
    fn list<T>(
        &mut self,
        o: &Map<String, Value>,
        field: &str,
        noun: &str,
        read: fn(&mut Reader, &Map<String, Value>, &str) -> Option<T>,
    ) -> Vec<T> {
        let Some(v) = o.get(field).filter(|v| !v.is_null()) else {
            return Vec::new();
        };
        let Some(items) = self.array(v, "dataset", field, "a list") else {
            return Vec::new();
        };
        items
            .iter()
            .enumerate()
            .filter_map(|(i, value)| {
                let id = value.get("id").and_then(Value::as_str);
                let item = match id {
                    Some(id) => format!("{noun} \"{id}\""),
                    None => format!("{noun} {}", i + 1),
                };
                let object = self.object(value, &item)?;
                read(self, object, &item)
            })
            .collect()
    }

    fn citations(&mut self, o: &Map<String, Value>, item: &str) -> Vec<Citation> {
        let Some(v) = self.required(o, item, "sources") else {
            return Vec::new();
        };
        let Some(list) = self.array(v, item, "sources", "a list of source ids") else {
            return Vec::new();
        };
        list.iter()
            .filter_map(|c| match c {
                Value::String(id) => Some(Citation {
                    source: id.clone(),
                    quote: None,
                    note: None,
                }),
                Value::Object(co) => {
                    self.known(co, item, &["source", "quote", "note"]);
                    let Some(source) = co.get("source").and_then(Value::as_str) else {
                        self.push(
                            item,
                            "sources",
                            "expected each citation to name its \"source\"".to_string(),
                        );
                        return None;
                    };
                    Some(Citation {
                        source: source.to_string(),
                        quote: self.optional_string(co, item, "quote"),
                        note: self.optional_string(co, item, "note"),
                    })
                }
                other => {
                    self.push(
                        item,
                        "sources",
                        format!(
                            "expected a source id or an object with \"source\", found {}",
                            kind(other)
                        ),
                    );
                    None
                }
            })
            .collect()
    }

    fn cluster(&mut self, o: &Map<String, Value>, item: &str) -> Option<Cluster> {
        self.known(o, item, &["id", "name", "full_name", "members", "note"]);
        Some(Cluster {
            id: self.string(o, item, "id")?,
            name: self.text(o, item, "name")?,
            full_name: self.optional_text(o, item, "full_name"),
            members: self.texts(o, item, "members"),
            note: self.optional_text(o, item, "note"),
        })
    }

    fn entity(&mut self, o: &Map<String, Value>, item: &str) -> Option<Entity> {
        self.known(
            o,
            item,
            &["id", "name", "kind", "cluster", "country", "note"],
        );
        let kind = match self.optional_string(o, item, "kind").as_deref() {
            None | Some("other") => EntityKind::Other,
            Some("province") => EntityKind::Province,
            Some("country") => EntityKind::Country,
            Some("city") => EntityKind::City,
            Some(other) => {
                self.push(
                    item,
                    "kind",
                    format!("expected province, country, city or other, found \"{other}\""),
                );
                EntityKind::Other
            }
        };
        Some(Entity {
            id: self.string(o, item, "id")?,
            name: self.text(o, item, "name")?,
            kind,
            cluster: self.optional_string(o, item, "cluster"),
            country: self.optional_text(o, item, "country"),
            note: self.optional_text(o, item, "note"),
        })
    }

    fn source(&mut self, o: &Map<String, Value>, item: &str) -> Option<Source> {
        self.known(
            o,
            item,
            &[
                "id",
                "title",
                "publisher",
                "url",
                "read_at",
                "date",
                "supports",
            ],
        );
        let read_at = self.optional_string(o, item, "read_at");
        // A copy's original may have no known address.
        let url = if read_at.is_some() {
            self.optional_string(o, item, "url").unwrap_or_default()
        } else {
            self.string(o, item, "url")?
        };
        Some(Source {
            id: self.string(o, item, "id")?,
            title: self.text(o, item, "title")?,
            publisher: self.text(o, item, "publisher")?,
            url,
            date: self.optional_string(o, item, "date"),
            supports: self.text(o, item, "supports")?,
            read_at,
        })
    }

    fn series(&mut self, o: &Map<String, Value>, item: &str) -> Option<Series> {
        self.known(o, item, &["id", "title", "unit", "notes", "points"]);
        let points = match self.required(o, item, "points") {
            Some(v) => self
                .array(v, item, "points", "a list")
                .map_or_else(Vec::new, |list| {
                    list.iter()
                        .enumerate()
                        .filter_map(|(i, p)| {
                            let point = format!("{item}, point {}", i + 1);
                            let po = self.object(p, &point)?;
                            self.point(po, &point)
                        })
                        .collect()
                }),
            None => Vec::new(),
        };
        Some(Series {
            id: self.string(o, item, "id")?,
            title: self.text(o, item, "title")?,
            unit: Unit::from(self.string(o, item, "unit")?),
            notes: self.texts(o, item, "notes"),
            points,
        })
    }

    fn point(&mut self, o: &Map<String, Value>, item: &str) -> Option<Point> {
        self.known(o, item, &["entity", "year", "value", "sources", "note"]);
        let value = match o.get("value") {
            None => {
                self.push(
                    item,
                    "value",
                    "missing (a number, or null with a note saying why)".to_string(),
                );
                None
            }
            Some(Value::Null) => None,
            Some(v) => Some(self.typed(v, item, "value", "a number or null", Value::as_f64)?),
        };
        Some(Point {
            entity: self.string(o, item, "entity")?,
            year: self.year(o, item, "year", true)?,
            value,
            sources: self.citations(o, item),
            note: self.optional_text(o, item, "note"),
        })
    }

    fn figure(&mut self, o: &Map<String, Value>, item: &str) -> Option<Figure> {
        self.known(
            o,
            item,
            &[
                "id",
                "cluster",
                "year",
                "label",
                "value",
                "denominator",
                "unit",
                "qualifier",
                "sources",
                "note",
            ],
        );
        let qualifier = match self.optional_string(o, item, "qualifier").as_deref() {
            None => None,
            Some("over") => Some(Qualifier::Over),
            Some("nearly") => Some(Qualifier::Nearly),
            Some("about") => Some(Qualifier::About),
            Some("less-than") => Some(Qualifier::LessThan),
            Some(other) => {
                self.push(
                    item,
                    "qualifier",
                    format!("expected over, nearly, about or less-than, found \"{other}\""),
                );
                None
            }
        };
        Some(Figure {
            id: self.string(o, item, "id")?,
            cluster: self.optional_string(o, item, "cluster"),
            year: self.year(o, item, "year", false),
            label: self.text(o, item, "label")?,
            value: self.number(o, item, "value")?,
            denominator: self.optional_number(o, item, "denominator"),
            unit: Unit::from(self.string(o, item, "unit")?),
            qualifier,
            sources: self.citations(o, item),
            note: self.optional_text(o, item, "note"),
        })
    }

    fn milestone(&mut self, o: &Map<String, Value>, item: &str) -> Option<MilestoneRecord> {
        self.known(
            o,
            item,
            &[
                "id",
                "date",
                "cluster",
                "short",
                "title",
                "description",
                "sources",
            ],
        );
        Some(MilestoneRecord {
            id: self.string(o, item, "id")?,
            date: self.string(o, item, "date")?,
            cluster: self.optional_string(o, item, "cluster"),
            short: self.optional_text(o, item, "short"),
            title: self.text(o, item, "title")?,
            description: self.text(o, item, "description")?,
            sources: self.citations(o, item),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
                "milestone \"m\", soruces: unknown field (expected one of: id, date, cluster, short, title, description, sources)",
                "milestone \"m\", date: expected a string, found a number",
            ]
        );
    }

    #[test]
    fn reports_a_syntax_error_with_its_position() {
        let problem = parse_value("{\n\"schema\": 1,,\n}").unwrap_err();
        assert_eq!(problem.item, "JSON line 2, column 13");
    }
}
