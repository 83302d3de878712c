//! What a chart exports besides its drawing: the CSV of exactly the data
//! shown, the source line, and meaningful file names.

use crate::core::chart::view::ChartView;
use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::cell::{push_row, write};
use crate::core::link::cite::labelled;
use crate::core::text::bilingual::Lang;
use crate::core::text::format::{decimals_of, format_fixed, shortest};

/// The file name of an export: `cluster-atlas-gdp-2015-2024.svg`,
/// `cluster-atlas-manuscripts-500bce-1000.csv`.
pub fn file_name(view: &ChartView, extension: &str) -> String {
    // A year before the common era as `500bce`: no `--` in the name.
    let year = |y: i32| {
        if y < 0 {
            format!("{}bce", y.unsigned_abs())
        } else {
            y.to_string()
        }
    };
    let (first, last) = (year(view.years.0), year(view.years.1));
    if first == last {
        format!("cluster-atlas-{}-{first}.{extension}", view.slug)
    } else {
        format!("cluster-atlas-{}-{first}-{last}.{extension}", view.slug)
    }
}

/// The header of a chart's CSV: the columns of the import's tidy CSV of
/// series (`entity,year,value,unit,source`, the entity being the series
/// shown), the note, and the addresses the values were read at. The same
/// in both languages, so that an export imports again.
pub const CSV_HEADER: &str = "entity,year,value,unit,note,source,source_url";

/// The CSV of the values shown: one row per series and year, with the
/// unit, the sources (the originals' publishers and titles where the
/// sources are copies) and the addresses the values were read at; then,
/// after a blank line, the `citing` lines (see [`crate::core::link::cite::citing_lines`]),
/// one field each. Text cells a spreadsheet could run as a formula are
/// neutralised (see [`crate::core::dataset::cell`]); the file imports
/// again as a tidy CSV of series.
pub fn csv(
    atlas: &Atlas,
    view: &ChartView,
    hidden: &[String],
    lang: Lang,
    citing: &[String],
) -> String {
    let mut out = format!("{CSV_HEADER}\r\n");
    let unit = view.unit.label(lang);
    for series in view.series.iter().filter(|s| !hidden.contains(&s.key)) {
        for p in &series.points {
            let (titles, urls) = source_cells(atlas, &p.sources, lang);
            let year = p.year.to_string();
            let value = p.value.map(shortest).unwrap_or_default();
            let note = p.note.as_deref().unwrap_or_default();
            push_row(
                &mut out,
                &[&series.label, &year, &value, unit, note, &titles, &urls],
            );
        }
    }
    out.push_str("\r\n");
    for line in citing {
        out.push_str(&write(line));
        out.push_str("\r\n");
    }
    out
}

/// The sources `ids` as two CSV cells: their publishers and titles, and
/// the addresses the values were read at.
pub fn source_cells(atlas: &Atlas, ids: &[String], lang: Lang) -> (String, String) {
    let (mut titles, mut urls) = (String::new(), String::new());
    for (k, s) in ids.iter().filter_map(|id| atlas.source(id)).enumerate() {
        if k > 0 {
            titles.push_str("; ");
            urls.push(' ');
        }
        titles.push_str(&labelled(s.publisher.get(lang), s.title.get(lang), lang));
        urls.push_str(s.address());
    }
    (titles, urls)
}

/// The footer of a drawn view (a chart's, the map's) whose values come
/// from the sources `ids`: "Source: publisher; publisher", each once, the
/// originals' publishers where the sources are copies, then the `citing`
/// lines (see [`crate::core::link::cite::citing_lines`]).
pub fn source_line(
    atlas: &Atlas,
    ids: &[String],
    label: &str,
    lang: Lang,
    citing: &[String],
) -> String {
    let titles: Vec<&str> = ids
        .iter()
        .filter_map(|id| atlas.source(id))
        .map(|s| s.publisher.get(lang))
        .fold(Vec::new(), |mut acc, p| {
            if !acc.contains(&p) {
                acc.push(p);
            }
            acc
        });
    let mut line = labelled(label, &titles.join("; "), lang);
    for part in citing {
        line.push_str(" · ");
        line.push_str(part);
    }
    line
}

/// The decimals of a table column: those of its most precise value, so
/// that every value of the column has as many ("8.70" above "8.71").
pub fn column_decimals(values: impl IntoIterator<Item = f64>) -> usize {
    values.into_iter().map(decimals_of).max().unwrap_or(0)
}

/// A value as the table shows it: grouped, with its column's `decimals`
/// (never fewer than it has), without its unit (the table states the unit
/// once).
pub fn table_value(value: Option<f64>, decimals: usize) -> String {
    value.map_or_else(|| "–".to_string(), |v| format_fixed(v, decimals))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_column_has_one_number_of_decimals() {
        let column = [8.7, 8.71, 3.0];
        let decimals = column_decimals(column);
        assert_eq!(decimals, 2);
        let cells: Vec<String> = column
            .iter()
            .map(|v| table_value(Some(*v), decimals))
            .collect();
        assert_eq!(cells, ["8.70", "8.71", "3.00"]);
        assert_eq!(table_value(Some(21_746.0), 1), "21,746.0");
        assert_eq!(table_value(None, 2), "–");
        assert_eq!(column_decimals([]), 0);
    }
}
