//! What the CSV files of series share once a row is read: values gathered
//! by series, entity and year, then made into the document's entities,
//! series and points, with warnings that do not block (rows out of order,
//! a value given twice, values far out of range).

use std::collections::BTreeMap;

use super::checks::far_out;
use super::ids::{slug, unique};
use super::sources::Sources;
use super::{Log, quoted};
use crate::core::dataset::csv::{Row, Rows};
use crate::core::dataset::index::numbering::Numbering;
use crate::core::dataset::model::{Document, Entity, EntityKind, Point, Series};
use crate::core::text::bilingual::Text;
use crate::core::text::format::format_exact;
use crate::core::text::unit::Unit;

/// One value read from a row.
pub struct Value {
    /// The line (1-based) of its row.
    pub line: usize,
    /// The entity's name, trimmed and not empty.
    pub entity: String,
    /// The year.
    pub year: i32,
    /// The value; `None` only with a note saying why.
    pub value: Option<f64>,
    /// The number of the source it cites (see [`Sources::cite`]).
    pub source: usize,
    /// A remark on it, empty if none.
    pub note: String,
}

/// A value gathered: its entity by number.
struct Gathered {
    line: usize,
    entity: usize,
    year: i32,
    value: Option<f64>,
    source: usize,
    note: String,
}

/// The values of one series, in the file's order.
struct Pending {
    title: String,
    unit: String,
    values: Vec<Gathered>,
}

/// The values of a file's rows, gathered by series.
pub struct SeriesRows {
    /// Each distinct entity name, numbered in order of first appearance.
    entities: Numbering,
    /// Each distinct series (title, unit), numbered likewise.
    keys: Numbering,
    series: Vec<Pending>,
    /// The sources cited.
    pub sources: Sources,
}

impl SeriesRows {
    /// Nothing gathered yet, for the file `log` names.
    pub fn new(log: &Log) -> Self {
        SeriesRows {
            entities: Numbering::default(),
            keys: Numbering::default(),
            series: Vec::new(),
            sources: Sources::new(log.name(), log.stem()),
        }
    }

    /// The number of the series titled `title` in `unit`, made if new.
    pub fn series(&mut self, title: &str, unit: &str) -> usize {
        let (number, new) = self.keys.number((title, unit));
        if new {
            self.series.push(Pending {
                title: title.to_string(),
                unit: unit.to_string(),
                values: Vec::new(),
            });
        }
        number
    }

    /// Adds a value to the series numbered `series`.
    pub fn add(&mut self, series: usize, value: Value) {
        let (entity, _) = self.entities.name(&value.entity);
        if let Some(pending) = self.series.get_mut(series) {
            pending.values.push(Gathered {
                line: value.line,
                entity,
                year: value.year,
                value: value.value,
                source: value.source,
                note: value.note,
            });
        }
    }

    /// The document titled after the file: its entities (ids made from
    /// their names), its series (ids made from their titles; a series of
    /// several units is titled with its unit) and sources. Warns of rows
    /// out of order, values given twice (the first is kept) and values far
    /// out of range (see [`far_out`]). A file without a single value is a
    /// problem, and so is one of no row (`read` rows after the header on
    /// line `header_line`).
    pub fn into_document(
        self,
        log: &mut Log,
        read: usize,
        header_line: usize,
        description: &str,
    ) -> Document {
        if read == 0 {
            log.problem(
                &format!("line {}", header_line + 1),
                "",
                "expected a row of values after the header, found none",
            );
        }
        let mut doc = super::document(log.stem(), description);
        let names: Vec<String> = self.entities.into_keys().into_iter().map(|k| k.1).collect();
        let (entity_ids, _) = unique(names.iter().map(|n| slug(n, "entity")).collect());
        // A series without a value (an indicator column left empty) is no
        // series.
        let series: Vec<Pending> = self
            .series
            .into_iter()
            .filter(|s| !s.values.is_empty())
            .collect();
        if series.is_empty() && !log.has_problems() {
            log.problem(
                "",
                "",
                "expected at least one value, found every value cell empty",
            );
        }
        let titles: Vec<String> = series
            .iter()
            .map(|s| {
                let shared = series.iter().filter(|o| o.title == s.title).count() > 1;
                if shared && !s.unit.is_empty() {
                    format!("{} ({})", s.title, s.unit)
                } else {
                    s.title.clone()
                }
            })
            .collect();
        let (series_ids, _) = unique(titles.iter().map(|t| slug(t, "series")).collect());
        for ((pending, title), id) in series.into_iter().zip(titles).zip(series_ids) {
            let points = points(
                log,
                &title,
                pending.values,
                &names,
                &entity_ids,
                &self.sources,
            );
            doc.series.push(Series {
                id,
                title: Text::en(title),
                unit: Unit::from(pending.unit),
                notes: Vec::new(),
                points,
            });
        }
        doc.entities = names
            .into_iter()
            .zip(entity_ids)
            .map(|(name, id)| Entity {
                tile: None,
                id,
                name: Text::en(name),
                kind: EntityKind::Other,
                cluster: None,
                country: None,
                note: None,
            })
            .collect();
        doc.sources = self.sources.into_list();
        doc
    }
}

/// The points of the series titled `title`, from its `values` in the
/// file's order, with warnings: the first row out of order, each value
/// given twice (left out), each value far out of range.
/// The next row of `rows`, or `None` at the end or at a row that cannot
/// be read (its problem logged, and counted in `read`, so that the file
/// is not also said to have no row).
pub fn next_row<'r, 'a>(
    log: &mut Log,
    rows: &'r mut Rows<'a>,
    read: &mut usize,
) -> Option<Row<'r, 'a>> {
    match rows.next_row() {
        Ok(row) => row,
        Err(err) => {
            log.problem(&format!("line {}", err.line), "", err.message);
            *read += 1;
            None
        }
    }
}

/// Whether a row of `fields` fields at `place` has the header's `width`;
/// if not, the problem is logged.
pub fn has_width(log: &mut Log, place: &str, fields: usize, width: usize) -> bool {
    if fields != width {
        log.problem(
            place,
            "",
            format!("expected {width} fields, as the header has, found {fields}"),
        );
    }
    fields == width
}

fn points(
    log: &mut Log,
    title: &str,
    values: Vec<Gathered>,
    names: &[String],
    ids: &[String],
    sources: &Sources,
) -> Vec<Point> {
    let name = |n: usize| names.get(n).map_or("", String::as_str);
    let mut seen: BTreeMap<(usize, i32), usize> = BTreeMap::new();
    let mut last_of: BTreeMap<usize, usize> = BTreeMap::new();
    let mut previous: Option<&Gathered> = None;
    let mut warned_order = false;
    let mut kept: Vec<&Gathered> = Vec::with_capacity(values.len());
    for v in &values {
        if let Some(&first) = seen.get(&(v.entity, v.year)) {
            log.warning(
                &format!("line {}", v.line),
                "year",
                format!(
                    "{} in {} already has a value in {} on line {first}: this row is left out",
                    quoted(name(v.entity)),
                    v.year,
                    quoted(title)
                ),
            );
            continue;
        }
        seen.insert((v.entity, v.year), v.line);
        let out_of_order = previous.is_some_and(|p| {
            if p.entity == v.entity {
                v.year < p.year
            } else {
                last_of.contains_key(&v.entity)
            }
        });
        if out_of_order && !warned_order {
            warned_order = true;
            log.warning(
                &format!("line {}", v.line),
                "",
                format!(
                    "rows of {} are not sorted by entity and year (first here: {} {}); they are read in any order",
                    quoted(title),
                    quoted(name(v.entity)),
                    v.year
                ),
            );
        }
        last_of.insert(v.entity, v.line);
        previous = Some(v);
        kept.push(v);
    }
    let (far, median) = far_out(kept.iter().filter_map(|v| v.value));
    let mut far = far.into_iter().peekable();
    let mut points = Vec::with_capacity(kept.len());
    let mut valued = 0;
    for v in kept {
        if let Some(value) = v.value {
            if far.next_if_eq(&valued).is_some() {
                log.warning(
                    &format!("line {}", v.line),
                    "value",
                    format!(
                        "{} is more than 1,000 times the median magnitude of {}'s values ({}): a typing error or another unit?",
                        format_exact(value),
                        quoted(title),
                        format_exact(median)
                    ),
                );
            }
            valued += 1;
        }
        points.push(Point {
            entity: ids.get(v.entity).cloned().unwrap_or_default(),
            year: v.year,
            value: v.value,
            sources: sources.citations(v.source).to_vec(),
            note: (!v.note.is_empty()).then(|| Text::en(v.note.clone())),
        });
    }
    points
}
