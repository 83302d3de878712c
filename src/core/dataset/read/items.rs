//! The reader's items: a cluster, entity, source, series and its points,
//! figure and milestone, and the citations they carry.

use serde_json::{Map, Value};

use super::{Reader, kind};
use crate::core::dataset::model::{
    Citation, Cluster, Entity, EntityKind, Figure, MilestoneRecord, Point, Qualifier, Series,
    Source,
};
use crate::core::text::unit::Unit;

impl Reader {
    pub(super) fn citations(&mut self, o: &Map<String, Value>, item: &str) -> Vec<Citation> {
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

    pub(super) fn cluster(&mut self, o: &Map<String, Value>, item: &str) -> Option<Cluster> {
        self.known(o, item, &["id", "name", "full_name", "members", "note"]);
        Some(Cluster {
            id: self.string(o, item, "id")?,
            name: self.text(o, item, "name")?,
            full_name: self.optional_text(o, item, "full_name"),
            members: self.texts(o, item, "members"),
            note: self.optional_text(o, item, "note"),
        })
    }

    pub(super) fn entity(&mut self, o: &Map<String, Value>, item: &str) -> Option<Entity> {
        self.known(
            o,
            item,
            &["id", "name", "kind", "cluster", "country", "note", "tile"],
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
            tile: self.tile(o, item),
        })
    }

    pub(super) fn source(&mut self, o: &Map<String, Value>, item: &str) -> Option<Source> {
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

    pub(super) fn series(&mut self, o: &Map<String, Value>, item: &str) -> Option<Series> {
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

    pub(super) fn point(&mut self, o: &Map<String, Value>, item: &str) -> Option<Point> {
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

    pub(super) fn figure(&mut self, o: &Map<String, Value>, item: &str) -> Option<Figure> {
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

    pub(super) fn milestone(
        &mut self,
        o: &Map<String, Value>,
        item: &str,
    ) -> Option<MilestoneRecord> {
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
                "end",
                "media",
                "display_date",
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
            end: self.optional_string(o, item, "end"),
            media: self.media(o, item),
            display_date: self.optional_text(o, item, "display_date"),
        })
    }
}
