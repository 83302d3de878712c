//! Our World in Data's grapher CSV: `Entity,Code,Year` (`Code` optional,
//! header names read without case) and one column per indicator, an empty
//! cell meaning no value. Each indicator is a series titled with its
//! header, its unit the text of a trailing parenthesis ("GDP (int.-$)" is
//! in "int.-$") or none; years may be negative (before the common era);
//! every value cites the file. The country codes are read past: the data
//! model keeps an entity's name only.

use super::Log;
use super::series_csv::{value, year};

use super::series_rows::{SeriesRows, Value, has_width, next_row};
use crate::core::dataset::cell;
use crate::core::dataset::csv::Rows;
use crate::core::dataset::model::Document;
use crate::core::text::unit::Unit;

/// What the file says of what it holds.
const DESCRIPTION: &str = "Series imported from an Our World in Data CSV file.";

/// The columns that are not indicators.
const KEYS: [&str; 3] = ["entity", "code", "year"];

/// The unit in a header's trailing parenthesis ("GDP (int.-$)"), if any.
pub fn unit_of(header: &str) -> &str {
    header
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once('('))
        .map_or("", |(title, unit)| {
            if title.trim().is_empty() {
                ""
            } else {
                unit.trim()
            }
        })
}

/// An indicator column: where it is, its series, its unit.
struct Indicator {
    at: usize,
    header: String,
    series: usize,
    unit: Unit,
}

/// The indicator columns, each a series of `gathered`, with a problem for
/// each header that is empty or repeated.
fn indicators(log: &mut Log, rows: &Rows, gathered: &mut SeriesRows) -> Vec<Indicator> {
    let place = format!("line {}", rows.header_line);
    let mut list = Vec::new();
    for (i, h) in rows.header.iter().enumerate() {
        let first = rows.header.iter().position(|o| o.eq_ignore_ascii_case(h));
        if let Some(first) = first.filter(|&first| first < i) {
            log.problem(
                &place,
                h,
                format!(
                    "column {} repeats column {} (each column may appear once)",
                    i + 1,
                    first + 1
                ),
            );
        } else if h.is_empty() {
            log.problem(
                &place,
                "",
                format!(
                    "column {} has no name (expected an indicator's name)",
                    i + 1
                ),
            );
        } else if !KEYS.contains(&h.to_ascii_lowercase().as_str()) {
            let unit = unit_of(h);
            list.push(Indicator {
                at: i,
                header: h.clone(),
                series: gathered.series(h, unit),
                unit: Unit::from(unit.to_string()),
            });
        }
    }
    list
}

/// Reads an Our World in Data CSV into a document, logging every problem
/// and warning; the document is of use only if no problem was logged.
pub fn read(log: &mut Log, rows: &mut Rows) -> Document {
    let mut gathered = SeriesRows::new(log);
    let indicators = indicators(log, rows, &mut gathered);
    let (entity_at, year_at) = (rows.column("entity"), rows.column("year"));
    let width = rows.header.len();
    let file = gathered.sources.cite("");
    let mut read = 0;
    while let Some(row) = next_row(log, rows, &mut read) {
        read += 1;
        let place = format!("line {}", row.line);
        if !has_width(log, &place, row.fields.len(), width) {
            continue;
        }
        let cell_at = |at: Option<usize>| {
            at.and_then(|i| row.fields.get(i))
                .map_or("", |f| cell::read(f))
        };
        let entity = cell_at(entity_at);
        if entity.is_empty() {
            log.problem(&place, "Entity", "expected a name, found an empty cell");
        }
        let year = match year(cell_at(year_at)) {
            Ok(year) => year,
            Err(e) => {
                log.problem(&place, "Year", e);
                continue;
            }
        };
        for ind in &indicators {
            let text = cell_at(Some(ind.at));
            if text.is_empty() {
                continue;
            }
            match value(text, &ind.unit) {
                Ok(v) if !entity.is_empty() => gathered.add(
                    ind.series,
                    Value {
                        line: row.line,
                        entity: entity.to_string(),
                        year,
                        value: Some(v),
                        source: file,
                        note: String::new(),
                    },
                ),
                Ok(_) => {}
                Err(e) => log.problem(&place, &ind.header, e),
            }
        }
    }
    gathered.into_document(log, read, rows.header_line, DESCRIPTION)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trailing_parenthesis_is_the_unit() {
        assert_eq!(unit_of("GDP per capita (int.-$)"), "int.-$");
        assert_eq!(unit_of("Share (of total) (%)"), "%");
        assert_eq!(unit_of("Population"), "");
        assert_eq!(unit_of("(only a unit)"), "");
        assert_eq!(unit_of("Books (per capita"), "");
    }
}
