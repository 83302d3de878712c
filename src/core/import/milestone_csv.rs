//! CSV of milestones: `date,group,title,description,source` (`date` and
//! `title` required; the others optional). Dates are `YYYY`, `YYYY-MM` or
//! `YYYY-MM-DD`, negative years before the common era; each distinct group
//! becomes a cluster (a lane); texts are plain text; a `source` cell is an
//! `http(s)` address or a title, and a row without one cites the file.

use std::borrow::Cow;

use super::checks::repeated_events;
use super::ids::{self, slug, unique};
use super::sources::{Cited, build};
use super::{Log, document, quoted};
use crate::core::csv::Table;
use crate::core::date::Date;
use crate::core::model::{Document, MilestoneRecord};
use crate::core::text::Text;

/// The columns a milestone file may have.
const COLUMNS: [&str; 5] = ["date", "group", "title", "description", "source"];

/// A row read.
struct Row {
    line: usize,
    date: String,
    group: Option<String>,
    title: String,
    description: String,
    cited: Option<Cited>,
}

/// The field at `at`, trimmed, as an owned text (a field already owned and
/// trimmed is moved, not copied).
fn take(fields: &mut [Cow<'_, str>], at: Option<usize>) -> String {
    let Some(field) = at.and_then(|i| fields.get_mut(i)) else {
        return String::new();
    };
    match std::mem::take(field) {
        Cow::Owned(owned) if owned.trim().len() == owned.len() => owned,
        other => other.trim().to_string(),
    }
}

/// Converts a milestone file.
pub fn convert(log: &mut Log, table: Table) -> Document {
    for (i, h) in table.header.iter().enumerate() {
        if !COLUMNS.contains(&h.to_ascii_lowercase().as_str()) {
            log.problem(
                "line 1",
                h,
                format!(
                    "unknown column {} (expected date, group, title, description, source)",
                    i + 1
                ),
            );
        }
    }
    let at = |name: &str| table.column(name);
    let (date_at, group_at, title_at) = (at("date"), at("group"), at("title"));
    let (description_at, source_at) = (at("description"), at("source"));
    let table_rows = table.rows.len();
    let mut rows = Vec::with_capacity(table_rows);
    for mut row in table.rows {
        let place = || format!("line {}", row.line);
        if row.fields.len() != table.header.len() {
            log.problem(
                &place(),
                "",
                format!(
                    "expected {} fields, as the header has, found {}",
                    table.header.len(),
                    row.fields.len()
                ),
            );
            continue;
        }
        let cell = |at: Option<usize>| at.and_then(|i| row.fields.get(i)).map_or("", |f| f.trim());
        let date = cell(date_at);
        let parsed = date
            .parse::<Date>()
            .map_err(|err| log.problem(&place(), "date", err.to_string()))
            .is_ok();
        let title = cell(title_at);
        if title.is_empty() {
            log.problem(&place(), "title", "expected a title, found an empty cell");
        }
        if !parsed {
            continue;
        }
        let group = cell(group_at);
        let group = (!group.is_empty()).then(|| group.to_string());
        let date = date.to_string();
        let cited = Cited::from_cell(cell(source_at));
        rows.push(Row {
            line: row.line,
            // Validation reads it again, as it reads any dataset.
            date,
            group,
            title: take(&mut row.fields, title_at),
            description: take(&mut row.fields, description_at),
            cited,
        });
    }
    let mut doc = document(log.stem(), "");
    if table_rows == 0 {
        log.problem(
            "line 2",
            "",
            "expected a row of a milestone after the header, found none",
        );
    }
    if log.has_problems() {
        return doc;
    }
    let keys: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r.date.as_str(), r.title.as_str()))
        .collect();
    for (later, first) in repeated_events(&keys) {
        if let (Some(r), Some(f)) = (rows.get(later), rows.get(first)) {
            log.warning(
                &format!("line {}", r.line),
                "title",
                format!(
                    "same date and title as line {} ({}: a repeated event?)",
                    f.line,
                    quoted(&f.title)
                ),
            );
        }
    }
    // Groups become clusters, in order of first appearance.
    let groups: Vec<&str> = rows.iter().filter_map(|r| r.group.as_deref()).collect();
    let (clusters, group_ids) = ids::clusters(&groups);
    doc.clusters = clusters;
    let mut group_ids = group_ids.into_iter();
    let cited: Vec<Option<Cited>> = rows.iter_mut().map(|r| r.cited.take()).collect();
    let (sources, citations) = build(log.name(), log.stem(), &cited);
    doc.sources = sources;
    let ids = unique(rows.iter().map(|r| slug(&r.title, "milestone")).collect());
    for ((row, id), sources) in rows.into_iter().zip(ids).zip(citations) {
        let cluster = row.group.as_ref().and_then(|_| group_ids.next());
        doc.milestones.push(MilestoneRecord {
            id,
            date: row.date,
            cluster,
            short: None,
            title: Text::en(row.title),
            description: Text::en(row.description),
            sources,
        });
    }
    doc
}
