//! Writing a [`Document`] in the project's JSON format: what
//! [`crate::core::dataset::read::read_document`] reads back unchanged, so a
//! converted file can be saved, hosted and linked with `?data=`.

use serde_json::{Map, Number, Value, json};

use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::model::{
    Citation, Cluster, Document, Entity, EntityKind, Era, Figure, Markup, Media, MilestoneRecord,
    Origin, Point, Qualifier, SCHEMA_VERSION, Series, Source, Tile,
};
use crate::core::story::model::{Step, Story};
use crate::core::text::bilingual::Text;

/// The document as a JSON value of the project's format.
pub fn write_document(doc: &Document) -> Value {
    let mut o = Map::new();
    o.insert("schema".into(), json!(doc.schema));
    o.insert("title".into(), text(&doc.title));
    put(&mut o, "version", doc.version.as_deref().map(string));
    put(&mut o, "updated", doc.updated.as_deref().map(string));
    put(&mut o, "licence", doc.licence.as_ref().map(text));
    o.insert("description".into(), text(&doc.description));
    if doc.markup != Markup::Plain {
        o.insert("markup".into(), string(doc.markup.name()));
    }
    if let Some(origin) = &doc.origin {
        o.insert(
            "origin".into(),
            json!({ "file": origin.file, "format": origin.format }),
        );
    }
    list(&mut o, "caveats", &doc.caveats, text);
    list(&mut o, "clusters", &doc.clusters, cluster);
    list(&mut o, "entities", &doc.entities, entity);
    list(&mut o, "sources", &doc.sources, source);
    list(&mut o, "series", &doc.series, series);
    list(&mut o, "figures", &doc.figures, figure);
    list(&mut o, "milestones", &doc.milestones, milestone);
    list(&mut o, "eras", &doc.eras, era);
    list(&mut o, "stories", &doc.stories, story);
    Value::Object(o)
}

/// The document of a validated dataset, as [`write_document`] writes it:
/// what a CSV file's conversion made (its milestones included) can be
/// saved in the project's format too. A dataset converted without an
/// origin gets one of format `"imported"`, so that it reads back as
/// imported (its sources may have no address).
pub fn atlas_document(atlas: &Atlas) -> Document {
    let origin = atlas.origin.clone().or_else(|| {
        atlas.imported.then(|| Origin {
            file: String::new(),
            format: "imported".to_string(),
        })
    });
    Document {
        schema: SCHEMA_VERSION,
        title: atlas.title.clone(),
        version: atlas.version.clone(),
        updated: atlas.updated.clone(),
        licence: atlas.licence.clone(),
        description: atlas.description.clone(),
        caveats: atlas.caveats.clone(),
        clusters: atlas.clusters.clone(),
        entities: atlas.entities.clone(),
        sources: atlas.sources.clone(),
        series: atlas.series.clone(),
        figures: atlas.figures.clone(),
        milestones: atlas
            .milestones
            .iter()
            .map(|m| MilestoneRecord {
                id: m.id.clone(),
                date: m.date.to_string(),
                cluster: m.cluster.as_deref().map(str::to_string),
                short: m.short.as_deref().cloned(),
                title: m.title.clone(),
                description: m.description.clone(),
                sources: m.sources.to_vec(),
                end: m.end().map(|d| d.to_string()),
                media: m.media().cloned(),
                display_date: m.extras.as_ref().and_then(|e| e.display_date.clone()),
            })
            .collect(),
        eras: atlas
            .eras
            .iter()
            .map(|e| Era {
                title: e.title.clone(),
                start: e.start.to_string(),
                end: e.end.to_string(),
            })
            .collect(),
        stories: atlas.stories.clone(),
        markup: atlas.markup,
        imported: origin.is_some(),
        origin,
    }
}

/// The document as JSON text, indented, ready to save.
pub fn to_json_string(doc: &Document) -> String {
    // Writing a `Value` to a `String` cannot fail.
    serde_json::to_string_pretty(&write_document(doc)).unwrap_or_default()
}

/// The document as the bytes of compact JSON text (UTF-8), as the import
/// worker hands it to the page.
pub fn to_json_bytes(doc: &Document) -> Vec<u8> {
    serde_json::to_vec(&write_document(doc)).unwrap_or_default()
}

fn string(s: &str) -> Value {
    Value::String(s.to_string())
}

fn number(n: f64) -> Value {
    Number::from_f64(n).map_or(Value::Null, Value::Number)
}

/// Adds `key` if there is a value.
fn put(o: &mut Map<String, Value>, key: &str, value: Option<Value>) {
    if let Some(value) = value {
        o.insert(key.into(), value);
    }
}

/// Adds the list `key` if it has items.
fn list<T>(o: &mut Map<String, Value>, key: &str, items: &[T], write: fn(&T) -> Value) {
    if !items.is_empty() {
        o.insert(key.into(), items.iter().map(write).collect());
    }
}

/// A text: a string if English only, else `{"en", "zh"}`.
fn text(t: &Text) -> Value {
    match &t.zh {
        None => string(&t.en),
        Some(zh) => json!({ "en": t.en, "zh": zh }),
    }
}

fn citations(list: &[Citation]) -> Value {
    list.iter()
        .map(|c| {
            if c.quote.is_none() && c.note.is_none() {
                return string(&c.source);
            }
            let mut o = Map::new();
            o.insert("source".into(), string(&c.source));
            put(&mut o, "quote", c.quote.as_deref().map(string));
            put(&mut o, "note", c.note.as_deref().map(string));
            Value::Object(o)
        })
        .collect()
}

fn cluster(c: &Cluster) -> Value {
    let mut o = Map::new();
    o.insert("id".into(), string(&c.id));
    o.insert("name".into(), text(&c.name));
    put(&mut o, "full_name", c.full_name.as_ref().map(text));
    list(&mut o, "members", &c.members, text);
    put(&mut o, "note", c.note.as_ref().map(text));
    Value::Object(o)
}

fn entity(e: &Entity) -> Value {
    let mut o = Map::new();
    o.insert("id".into(), string(&e.id));
    o.insert("name".into(), text(&e.name));
    let kind = match e.kind {
        EntityKind::Province => "province",
        EntityKind::Country => "country",
        EntityKind::City => "city",
        EntityKind::Other => "other",
    };
    o.insert("kind".into(), string(kind));
    put(&mut o, "cluster", e.cluster.as_deref().map(string));
    put(&mut o, "country", e.country.as_ref().map(text));
    put(&mut o, "note", e.note.as_ref().map(text));
    put(&mut o, "tile", e.tile.as_ref().map(tile));
    Value::Object(o)
}

fn tile(t: &Tile) -> Value {
    let mut o = Map::new();
    o.insert("col".into(), Value::from(t.col));
    o.insert("row".into(), Value::from(t.row));
    o.insert("short".into(), text(&t.short));
    put(&mut o, "outline", t.outline.as_deref().map(string));
    Value::Object(o)
}

fn source(s: &Source) -> Value {
    let mut o = Map::new();
    o.insert("id".into(), string(&s.id));
    o.insert("title".into(), text(&s.title));
    o.insert("publisher".into(), text(&s.publisher));
    o.insert("url".into(), string(&s.url));
    put(&mut o, "read_at", s.read_at.as_deref().map(string));
    put(&mut o, "date", s.date.as_deref().map(string));
    o.insert("supports".into(), text(&s.supports));
    Value::Object(o)
}

fn series(s: &Series) -> Value {
    let mut o = Map::new();
    o.insert("id".into(), string(&s.id));
    o.insert("title".into(), text(&s.title));
    o.insert("unit".into(), string(s.unit.id()));
    list(&mut o, "notes", &s.notes, text);
    o.insert("points".into(), s.points.iter().map(point).collect());
    Value::Object(o)
}

fn point(p: &Point) -> Value {
    let mut o = Map::new();
    o.insert("entity".into(), string(&p.entity));
    o.insert("year".into(), json!(p.year));
    o.insert("value".into(), p.value.map_or(Value::Null, number));
    o.insert("sources".into(), citations(&p.sources));
    put(&mut o, "note", p.note.as_ref().map(text));
    Value::Object(o)
}

fn figure(f: &Figure) -> Value {
    let mut o = Map::new();
    o.insert("id".into(), string(&f.id));
    put(&mut o, "cluster", f.cluster.as_deref().map(string));
    put(&mut o, "year", f.year.map(|y| json!(y)));
    o.insert("label".into(), text(&f.label));
    o.insert("value".into(), number(f.value));
    put(&mut o, "denominator", f.denominator.map(number));
    o.insert("unit".into(), string(f.unit.id()));
    let qualifier = f.qualifier.map(|q| match q {
        Qualifier::Over => "over",
        Qualifier::Nearly => "nearly",
        Qualifier::About => "about",
        Qualifier::LessThan => "less-than",
    });
    put(&mut o, "qualifier", qualifier.map(string));
    o.insert("sources".into(), citations(&f.sources));
    put(&mut o, "note", f.note.as_ref().map(text));
    Value::Object(o)
}

fn milestone(m: &MilestoneRecord) -> Value {
    let mut o = Map::new();
    o.insert("id".into(), string(&m.id));
    o.insert("date".into(), string(&m.date));
    put(&mut o, "end", m.end.as_deref().map(string));
    put(&mut o, "display_date", m.display_date.as_ref().map(text));
    put(&mut o, "cluster", m.cluster.as_deref().map(string));
    put(&mut o, "short", m.short.as_ref().map(text));
    o.insert("title".into(), text(&m.title));
    o.insert("description".into(), text(&m.description));
    put(&mut o, "media", m.media.as_ref().map(media));
    o.insert("sources".into(), citations(&m.sources));
    Value::Object(o)
}

fn media(m: &Media) -> Value {
    let mut o = Map::new();
    o.insert("url".into(), string(&m.url));
    put(&mut o, "caption", m.caption.as_ref().map(text));
    put(&mut o, "credit", m.credit.as_ref().map(text));
    Value::Object(o)
}

fn era(e: &Era) -> Value {
    json!({ "title": text(&e.title), "start": e.start, "end": e.end })
}

fn story(s: &Story) -> Value {
    let mut o = Map::new();
    o.insert("id".into(), string(&s.id));
    o.insert("title".into(), text(&s.title));
    o.insert("description".into(), text(&s.description));
    list(&mut o, "steps", &s.steps, step);
    Value::Object(o)
}

fn step(s: &Step) -> Value {
    let mut o = Map::new();
    o.insert("title".into(), text(&s.title));
    o.insert("text".into(), text(&s.text));
    o.insert("view".into(), string(&s.view));
    let h = &s.highlight;
    if !h.is_empty() {
        let mut marks = Map::new();
        for (key, ids) in [
            ("points", &h.points),
            ("figures", &h.figures),
            ("milestones", &h.milestones),
            ("tiles", &h.tiles),
        ] {
            list(&mut marks, key, ids, |id| string(id));
        }
        o.insert("highlight".into(), Value::Object(marks));
    }
    list(&mut o, "sources", &s.sources, |id| string(id));
    Value::Object(o)
}
