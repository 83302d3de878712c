//! Tidy CSV of series: one value a row, `entity,year,value`, with the
//! optional columns `unit`, `source`, `note` and `series` (or `indicator`)
//! in any order; header names are read without case. Each distinct series
//! and unit is one series (titled after the file without a `series`
//! column); a year is a whole number, negative before the common era; an
//! empty value is no value (kept, without a value, where a note says why);
//! a `source` cell is an `http(s)` address or a title, and a row without
//! one cites the file.
//!
//! A chart's CSV export reads back: its `source_url` column is read past
//! (its sources are named in `source`), and the lines on how to cite that
//! end it (one field each, after a blank line) are not rows.

use super::number;
use super::series_rows::{SeriesRows, Value, has_width, next_row};
use super::{Log, quoted};
use crate::core::dataset::cell;
use crate::core::dataset::csv::{Row, Rows};
use crate::core::dataset::model::Document;
use crate::core::text::unit::Unit;

/// The columns a series file may have, `indicator` standing for `series`.
const COLUMNS: [&str; 8] = [
    "entity",
    "year",
    "value",
    "unit",
    "source",
    "note",
    "series",
    "source_url",
];

/// What the file says of what it holds.
const DESCRIPTION: &str = "Series imported from a CSV file (entity, year, value).";

/// Where each column is, if the file has it.
struct Columns {
    entity: Option<usize>,
    year: Option<usize>,
    value: Option<usize>,
    unit: Option<usize>,
    source: Option<usize>,
    note: Option<usize>,
    series: Option<usize>,
}

impl Columns {
    /// The cells of a row as read (see [`cell::read`]): entity, year,
    /// value, unit, source, note, series; empty for a column the file
    /// does not have.
    fn cells<'r>(&self, row: &Row<'r, '_>) -> [&'r str; 7] {
        [
            self.entity,
            self.year,
            self.value,
            self.unit,
            self.source,
            self.note,
            self.series,
        ]
        .map(|at| {
            at.and_then(|i| row.fields.get(i))
                .map_or("", |f| cell::read(f))
        })
    }
}

/// Reads a year: a whole number, negative before the common era.
pub fn year(text: &str) -> Result<i32, String> {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    match text.parse::<i32>() {
        Ok(year) if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => Ok(year),
        _ => Err(format!("expected a whole number, found {}", quoted(text))),
    }
}

/// Reads a value in `unit`: a number (`-3.5`, `1e3`), allowed in the unit.
pub fn value(text: &str, unit: &Unit) -> Result<f64, String> {
    let number =
        number::parse(text).ok_or_else(|| format!("expected a number, found {}", quoted(text)))?;
    unit.check(number).map(|()| number)
}

/// Checks the header: each column known and named once (the required
/// ones are there: see `import::from_csv`).
fn check_header(log: &mut Log, rows: &Rows) {
    let place = format!("line {}", rows.header_line);
    for (i, h) in rows.header.iter().enumerate() {
        let name = alias(h);
        let first = rows.header.iter().position(|o| alias(o) == name);
        if !COLUMNS.contains(&name.as_str()) {
            log.problem(
                &place,
                h,
                format!(
                    "unknown column {} (expected entity, year, value, unit, source, note, series)",
                    i + 1
                ),
            );
        } else if let Some(first) = first.filter(|&first| first < i) {
            log.problem(
                &place,
                h,
                format!(
                    "column {} repeats column {} (each column may appear once)",
                    i + 1,
                    first + 1
                ),
            );
        }
    }
}

/// The name a header stands for: `series` for `indicator`.
fn alias(header: &str) -> String {
    let name = header.to_ascii_lowercase();
    if name == "indicator" {
        "series".to_string()
    } else {
        name
    }
}

/// Reads a tidy CSV of series into a document, logging every problem
/// and warning; the document is of use only if no problem was logged.
pub fn read(log: &mut Log, rows: &mut Rows) -> Document {
    check_header(log, rows);
    let at = |name: &str| rows.column(name);
    let columns = Columns {
        entity: at("entity"),
        year: at("year"),
        value: at("value"),
        unit: at("unit"),
        source: at("source"),
        note: at("note"),
        series: at("series").or_else(|| at("indicator")),
    };
    let width = rows.header.len();
    let stem = log.stem().to_string();
    let mut gathered = SeriesRows::new(log);
    let (mut read, mut notes) = (0, false);
    while let Some(row) = next_row(log, rows, &mut read) {
        // The lines on how to cite that end a chart's export.
        notes = row.fields.len() == 1 && width > 1 && (notes || row.after_blank);
        if notes {
            continue;
        }
        read += 1;
        let place = format!("line {}", row.line);
        if !has_width(log, &place, row.fields.len(), width) {
            continue;
        }
        let [entity, year_cell, value_cell, unit, source, note, series] = columns.cells(&row);
        let unit_of = Unit::from(unit.to_string());
        let year = year(year_cell).map_err(|e| log.problem(&place, "year", e));
        let value = match value_cell {
            "" => Ok(None),
            text => value(text, &unit_of)
                .map(Some)
                .map_err(|e| log.problem(&place, "value", e)),
        };
        if entity.is_empty() {
            log.problem(&place, "entity", "expected a name, found an empty cell");
        }
        let (Ok(year), Ok(value), false) = (year, value, entity.is_empty()) else {
            continue;
        };
        if value.is_none() && note.is_empty() {
            continue;
        }
        let title = if series.is_empty() { &stem } else { series };
        let number = gathered.series(title, unit);
        let source = gathered.sources.cite(source);
        gathered.add(
            number,
            Value {
                line: row.line,
                entity: entity.to_string(),
                year,
                value,
                source,
                note: note.to_string(),
            },
        );
    }
    gathered.into_document(log, read, rows.header_line, DESCRIPTION)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_whole_years_and_numbers_only() {
        assert_eq!(year("2014"), Ok(2014));
        assert_eq!(year("-0500"), Ok(-500));
        assert_eq!(year("+7"), Ok(7));
        for bad in ["20x4", "1.5", "", "-", "1e3", "2147483648", " 1"] {
            assert_eq!(
                year(bad),
                Err(format!("expected a whole number, found {}", quoted(bad)))
            );
        }
        let custom = Unit::Custom(String::new());
        assert_eq!(value("-3.5", &custom), Ok(-3.5));
        assert_eq!(value("1e3", &custom), Ok(1000.0));
        assert_eq!(value(".5", &custom), Ok(0.5));
        for bad in ["inf", "NaN", "1e999", "1,000", "x"] {
            assert!(value(bad, &custom).is_err(), "{bad}");
        }
        assert_eq!(
            value("-1", &Unit::Rank),
            Err("expected a rank as a whole number from 1, found -1".to_string())
        );
    }

    #[test]
    fn indicator_stands_for_series() {
        assert_eq!(alias("Indicator"), "series");
        assert_eq!(alias("UNIT"), "unit");
    }
}
