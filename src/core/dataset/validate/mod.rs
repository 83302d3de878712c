//! Reading and validating a dataset: the one gate every dataset passes,
//! the embedded default as well as the ones people bring.
//!
//! Validation reports every problem it finds, each naming the item and the
//! field, and what was expected.

mod extras;

use crate::core::dataset::atlas::{Atlas, Milestone};
use crate::core::dataset::index::hash::first_occurrences;
use crate::core::dataset::index::ids::IdIndex;
use crate::core::dataset::index::sort::{arrange, order_by};
use crate::core::dataset::model::{
    Citation, Document, EntityKind, Figure, MilestoneRecord, SCHEMA_VERSION, Series, Source,
};
use crate::core::dataset::problem::Problem;
use crate::core::story::check::check_stories;
use crate::core::text::bilingual::Text;
use crate::core::text::unit::Unit;
use crate::core::time::date::Date;

/// Checks a document and, if it has no problem, builds the [`Atlas`].
pub fn validate(doc: Document) -> Result<Atlas, Vec<Problem>> {
    check(doc, Vec::new())
}

/// Like [`validate`], for a document converted from a CSV file, whose
/// `milestones` are made already: each was checked as its row was read
/// (its date read, its title present), and refers only to clusters and
/// sources made with it, under an id made unique. Only the rest of the
/// document is checked. They must come in chronological order (see
/// [`Date::order_key`]), as `milestone_csv::convert` makes them: they are
/// not sorted again (debug builds, the tests, assert it), and the document
/// must have no milestones of its own.
pub(crate) fn validate_converted(
    doc: Document,
    milestones: Vec<Milestone>,
) -> Result<Atlas, Vec<Problem>> {
    check(doc, milestones)
}

/// Checks `doc`, its milestones added to `milestones` (checked already).
// Two callers: inlined, its 12 KB of WebAssembly would be there twice.
#[inline(never)]
fn check(doc: Document, mut milestones: Vec<Milestone>) -> Result<Atlas, Vec<Problem>> {
    let mut v = Validator {
        problems: Vec::new(),
        imported: doc.imported,
    };
    if doc.schema != SCHEMA_VERSION {
        v.push(
            "dataset",
            "schema",
            format!(
                "unsupported version {} (this app reads version {SCHEMA_VERSION})",
                doc.schema
            ),
        );
    }
    v.text("dataset", "title", &doc.title);
    if doc
        .version
        .as_deref()
        .is_some_and(|version| version.trim().is_empty())
    {
        v.push("dataset", "version", "expected a non-empty version");
    }
    v.date("dataset", "updated", doc.updated.as_deref());
    if let Some(licence) = &doc.licence {
        v.text("dataset", "licence", licence);
    }
    for (i, c) in doc.caveats.iter().enumerate() {
        v.text("dataset", &format!("caveats[{}]", i + 1), c);
    }

    let cluster_ids = v.ids("cluster", doc.clusters.iter().map(|c| c.id.as_str()));
    for c in &doc.clusters {
        v.text(&format!("cluster \"{}\"", c.id), "name", &c.name);
    }

    let entity_ids = v.ids("entity", doc.entities.iter().map(|e| e.id.as_str()));
    let countries: Vec<&str> = doc
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Country)
        .map(|e| e.id.as_str())
        .collect();
    if countries.len() > 1 {
        v.push(
            &format!("entity \"{}\"", countries[1]),
            "kind",
            format!(
                "only one entity can be the country (the national reference); \"{}\" already is",
                countries[0]
            ),
        );
    }
    for e in &doc.entities {
        let item = format!("entity \"{}\"", e.id);
        v.text(&item, "name", &e.name);
        v.reference(
            &item,
            "cluster",
            e.cluster.as_deref(),
            &cluster_ids,
            "cluster",
        );
    }
    v.tiles(&doc.entities, &cluster_ids);

    let source_ids = v.ids("source", doc.sources.iter().map(|s| s.id.as_str()));
    for s in &doc.sources {
        v.source(s);
    }
    // Converted milestones were checked as they were made; the tests, built
    // with debug assertions, check them again.
    debug_assert!(milestones.iter().all(|m| {
        !m.title.is_blank()
            && m.cluster.as_deref().is_none_or(|c| cluster_ids.contains(c))
            && !m.sources.is_empty()
            && m.sources.iter().all(|c| source_ids.contains(&c.source))
    }));
    debug_assert!({
        let ids: Vec<(&str, &str)> = milestones.iter().map(|m| ("", m.id.as_str())).collect();
        first_occurrences(&ids)
            .into_iter()
            .enumerate()
            .all(|(i, f)| i == f)
    });

    v.unique_ids("series", doc.series.iter().map(|s| s.id.as_str()));
    for s in &doc.series {
        v.series(s, &entity_ids, &source_ids);
    }

    v.unique_ids("figure", doc.figures.iter().map(|f| f.id.as_str()));
    for f in &doc.figures {
        v.figure(f, &cluster_ids, &source_ids);
    }

    v.unique_ids("milestone", doc.milestones.iter().map(|m| m.id.as_str()));
    // Converted milestones come in chronological order; the document's
    // are put in order below.
    debug_assert!(milestones.is_sorted_by_key(|m| m.date.order_key()));
    debug_assert!(milestones.is_empty() || doc.milestones.is_empty());
    let in_order = doc.milestones.is_empty();
    let eras = doc
        .eras
        .iter()
        .enumerate()
        .filter_map(|(i, era)| v.era(i, era))
        .collect();
    // Room made beforehand: a list of a hundred thousand events grown a
    // step at a time would be copied over and over.
    milestones.reserve(doc.milestones.len());
    milestones.extend(
        doc.milestones
            .into_iter()
            .filter_map(|m| v.milestone(m, &cluster_ids, &source_ids)),
    );

    if !v.problems.is_empty() {
        return Err(v.problems);
    }
    // Chronological (see `Date::order_key`); ties keep the dataset's order.
    if !in_order {
        let order = order_by(milestones.iter().map(|m| m.date.order_key()));
        arrange(&mut milestones, &order);
    }
    let atlas = Atlas {
        source_index: IdIndex::default(),
        version: doc.version,
        updated: doc.updated,
        licence: doc.licence,
        entity_index: IdIndex::default(),
        point_order: Vec::new(),
        imported: doc.imported,
        bundled: false,
        eras,
        markup: doc.markup,
        origin: doc.origin,
        title: doc.title,
        description: doc.description,
        caveats: doc.caveats,
        clusters: doc.clusters,
        entities: doc.entities,
        sources: doc.sources,
        series: doc.series,
        figures: doc.figures,
        milestones,
        stories: Vec::new(),
    };
    let mut atlas = atlas.indexed();
    // Stories are checked against the dataset they walk through.
    let problems = check_stories(&atlas, &doc.stories);
    if !problems.is_empty() {
        return Err(problems);
    }
    atlas.stories = doc.stories;
    Ok(atlas)
}

/// Whether `url` is an `http://` or `https://` address without spaces.
fn http(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && !url.contains(char::is_whitespace)
}

struct Validator {
    problems: Vec<Problem>,
    /// Whether the document comes from a CSV file (see
    /// [`Document::imported`]).
    imported: bool,
}

impl Validator {
    fn push(&mut self, item: &str, field: &str, message: impl Into<String>) {
        self.problems.push(Problem::new(item, field, message));
    }

    /// Checks that ids are well formed and unique; returns their index.
    fn ids<'a>(&mut self, kind: &str, ids: impl Iterator<Item = &'a str> + Clone) -> IdIndex {
        self.unique_ids(kind, ids.clone());
        IdIndex::new(ids)
    }

    /// Checks that ids are well formed and unique.
    fn unique_ids<'a>(&mut self, kind: &str, ids: impl Iterator<Item = &'a str>) {
        let ids: Vec<(&str, &str)> = ids.map(|id| ("", id)).collect();
        let item = |i: usize, id: &str| format!("{kind} {} (\"{id}\")", i + 1);
        for (i, (&(_, id), first)) in ids.iter().zip(first_occurrences(&ids)).enumerate() {
            if id.is_empty() {
                self.push(&item(i, id), "id", "expected a non-empty id");
            } else if !id
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.' | b':'))
            {
                self.push(
                    &item(i, id),
                    "id",
                    "expected only letters, digits and - _ . : (ids appear in links)",
                );
            } else if first != i {
                self.push(&item(i, id), "id", format!("duplicate {kind} id \"{id}\""));
            }
        }
    }

    fn text(&mut self, item: &str, field: &str, text: &Text) {
        if text.is_blank() {
            self.push(item, field, "expected a non-empty English text");
        }
    }

    fn reference(
        &mut self,
        item: &str,
        field: &str,
        id: Option<&str>,
        known: &IdIndex,
        kind: &str,
    ) {
        if let Some(id) = id
            && !known.contains(id)
        {
            self.push(item, field, format!("unknown {kind} \"{id}\""));
        }
    }

    fn sources(&mut self, item: &str, cited: &[Citation], known: &IdIndex) {
        if cited.is_empty() {
            self.push(item, "sources", "expected at least one source");
        }
        for c in cited {
            self.reference(item, "sources", Some(&c.source), known, "source");
        }
    }

    fn source(&mut self, s: &Source) {
        let item = format!("source \"{}\"", s.id);
        self.text(&item, "title", &s.title);
        self.text(&item, "publisher", &s.publisher);
        self.text(&item, "supports", &s.supports);
        // An imported file's sources may have no address: the file itself,
        // and those its rows name by title only; nor may a copy's original.
        let bare = self.imported || s.read_at.is_some();
        if !(bare && s.url.is_empty()) {
            self.address(&item, "url", &s.url);
        }
        if let Some(copy) = &s.read_at {
            self.address(&item, "read_at", copy);
        }
        self.date(&item, "date", s.date.as_deref());
    }

    /// Checks an `http://` or `https://` address.
    fn address(&mut self, item: &str, field: &str, url: &str) {
        if !http(url) {
            self.push(
                item,
                field,
                format!("expected an http:// or https:// address, found \"{url}\""),
            );
        }
    }

    /// Checks a date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, if any.
    fn date(&mut self, item: &str, field: &str, date: Option<&str>) {
        if let Some(Err(err)) = date.map(str::parse::<Date>) {
            self.push(item, field, err.to_string());
        }
    }

    fn series(&mut self, s: &Series, entities: &IdIndex, sources: &IdIndex) {
        let item = format!("series \"{}\"", s.id);
        self.text(&item, "title", &s.title);
        let years: Vec<String> = s.points.iter().map(|p| p.year.to_string()).collect();
        let keys: Vec<(&str, &str)> = s
            .points
            .iter()
            .zip(&years)
            .map(|(p, year)| (p.entity.as_str(), year.as_str()))
            .collect();
        let first = first_occurrences(&keys);
        for ((i, p), first) in s.points.iter().enumerate().zip(first) {
            let point = format!("{item}, point {} ({} {})", i + 1, p.entity, p.year);
            self.reference(&point, "entity", Some(&p.entity), entities, "entity");
            self.sources(&point, &p.sources, sources);
            match p.value {
                Some(value) => self.value(&point, "value", &s.unit, value),
                None if p.note.is_none() => self.push(
                    &point,
                    "value",
                    "a missing value (null) needs a note saying why",
                ),
                None => {}
            }
            if first != i {
                self.push(
                    &point,
                    "year",
                    format!("duplicate value for {} in {}", p.entity, p.year),
                );
            }
        }
    }

    fn value(&mut self, item: &str, field: &str, unit: &Unit, value: f64) {
        if let Err(message) = unit.check(value) {
            self.push(item, field, message);
        }
    }

    fn figure(&mut self, f: &Figure, clusters: &IdIndex, sources: &IdIndex) {
        let item = format!("figure \"{}\"", f.id);
        self.text(&item, "label", &f.label);
        self.reference(&item, "cluster", f.cluster.as_deref(), clusters, "cluster");
        self.sources(&item, &f.sources, sources);
        self.value(&item, "value", &f.unit, f.value);
        if let Some(d) = f.denominator
            && !(d.is_finite() && d > 0.0)
        {
            self.push(&item, "denominator", "expected a number greater than 0");
        }
    }

    fn milestone(
        &mut self,
        m: MilestoneRecord,
        clusters: &IdIndex,
        sources: &IdIndex,
    ) -> Option<Milestone> {
        let date = m.date.parse::<Date>();
        let item = || format!("milestone \"{}\"", m.id);
        let extras = self.extras(&item, date.as_ref().ok(), &m);
        // A converted file's events may have no description.
        let fine = date.is_ok()
            && !m.title.is_blank()
            && (self.imported || !m.description.is_blank())
            && m.cluster.as_deref().is_none_or(|c| clusters.contains(c))
            && !m.sources.is_empty()
            && m.sources.iter().all(|c| sources.contains(&c.source));
        // The messages are written only for a milestone with a problem:
        // datasets of many thousand events are checked quickly.
        if !fine {
            let item = item();
            self.text(&item, "title", &m.title);
            if !self.imported {
                self.text(&item, "description", &m.description);
            }
            self.reference(&item, "cluster", m.cluster.as_deref(), clusters, "cluster");
            self.sources(&item, &m.sources, sources);
            if let Err(err) = &date {
                self.push(&item, "date", err.to_string());
            }
        }
        Some(Milestone {
            short: m.short.map(Box::new),
            id: m.id,
            date: date.ok()?,
            cluster: m.cluster.map(Into::into),
            title: m.title,
            description: m.description,
            sources: m.sources.into(),
            extras: extras?,
        })
    }
}
