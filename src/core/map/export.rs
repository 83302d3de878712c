//! What the map exports besides its drawing, and what its table shows:
//! every division of the map with its value, rank, cluster and sources,
//! highest first; the CSV of them; the title and the file names.

use super::grid::{TileGrid, outline_cluster};
use super::measure::{MapMeasure, MapValues};
use crate::core::chart::export::{CSV_HEADER, source_cells};
use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::cell::{push_row, write};
use crate::core::dataset::index::sort::order_by;
use crate::core::dataset::model::{Cluster, Entity};
use crate::core::dataset::series_ids::GDP;
use crate::core::text::bilingual::Lang;
use crate::core::text::format::{decimal, shortest};
use crate::core::text::strings::map::MapStrings;

/// What the map shows: the measure, the year and the base year of growth.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown {
    /// The measure.
    pub measure: MapMeasure,
    /// The year.
    pub year: i32,
    /// The base year of growth.
    pub base: i32,
}

/// A division as the table and the CSV list it.
#[derive(Clone, Debug, PartialEq)]
pub struct MapRow<'a> {
    /// The division.
    pub entity: &'a Entity,
    /// Its value, if it has one.
    pub value: Option<f64>,
    /// Its rank among the divisions with a value.
    pub rank: Option<usize>,
    /// The cluster whose outline takes it in.
    pub cluster: Option<&'a Cluster>,
    /// The ids of the sources of its GDP that year.
    pub sources: Vec<String>,
    /// Whether the source covers it (in some year).
    pub covered: bool,
}

/// Every division of `grid` with its value in `values`, ranked first
/// (highest first), then those without a value, in the grid's order.
pub fn map_rows<'a>(
    atlas: &'a Atlas,
    grid: &TileGrid,
    values: &MapValues,
    year: i32,
) -> Vec<MapRow<'a>> {
    let covered: Vec<&str> = atlas
        .series(GDP)
        .map(|s| s.points.iter().map(|p| p.entity.as_str()).collect())
        .unwrap_or_default();
    let rank = |i: usize| values.ranks.get(i).copied().flatten();
    order_by((0..grid.tiles.len()).map(|i| rank(i).map_or(i64::MAX, |r| r as i64)))
        .into_iter()
        .filter_map(|i| {
            let entity = atlas.entities().get(grid.tiles.get(i)?.entity)?;
            Some(MapRow {
                entity,
                value: values.values.get(i).copied().flatten(),
                rank: rank(i),
                cluster: outline_cluster(atlas, grid.tiles[i].entity)
                    .and_then(|c| atlas.cluster(c)),
                sources: atlas
                    .point(GDP, &entity.id, year)
                    .map(|p| p.sources.iter().map(|c| c.source.clone()).collect())
                    .unwrap_or_default(),
                covered: covered.contains(&entity.id.as_str()),
            })
        })
        .collect()
}

/// A value of `measure` as the table and the CSV write it: GDP exactly,
/// shares and growth to two decimals.
pub fn row_value(measure: MapMeasure, value: f64) -> String {
    match measure {
        MapMeasure::Gdp => shortest(value),
        _ => decimal(value, 2),
    }
}

/// The map's title: the measure and the year.
pub fn map_title(shown: Shown, m: &MapStrings) -> String {
    let measure = match shown.measure {
        MapMeasure::Growth => m.growth.replace("{base}", &shown.base.to_string()),
        other => m.measures[other as usize].to_string(),
    };
    m.title
        .replace("{measure}", &measure)
        .replace("{year}", &shown.year.to_string())
}

/// The file name of an export: `cluster-atlas-map-gdp-2024.svg`,
/// `cluster-atlas-map-growth-2013-2024.csv`.
pub fn map_file_name(shown: Shown, extension: &str) -> String {
    let measure = shown.measure.slug();
    match shown.measure {
        MapMeasure::Growth => format!(
            "cluster-atlas-map-{measure}-{}-{}.{extension}",
            shown.base, shown.year
        ),
        _ => format!("cluster-atlas-map-{measure}-{}.{extension}", shown.year),
    }
}

/// The CSV of the rows shown: the columns of a chart's CSV (so that it
/// imports again as a tidy CSV of series), the note saying what a value
/// is or why there is none; then, after a blank line, the `citing` lines.
pub fn map_csv(
    rows: &[MapRow],
    atlas: &Atlas,
    shown: Shown,
    lang: Lang,
    m: &MapStrings,
    citing: &[String],
) -> String {
    let mut out = format!("{CSV_HEADER}\r\n");
    let unit = shown.measure.unit();
    let unit = unit.label(lang);
    let year = shown.year.to_string();
    let what = map_title(shown, m);
    for row in rows {
        let (titles, urls) = source_cells(atlas, &row.sources, lang);
        let (value, note) = match row.value {
            Some(v) => (row_value(shown.measure, v), what.as_str()),
            None if row.covered => (String::new(), m.no_value),
            None => (String::new(), m.not_in_source),
        };
        let cells = [
            row.entity.name.get(lang),
            &year,
            &value,
            unit,
            note,
            &titles,
            &urls,
        ];
        push_row(&mut out, &cells);
    }
    out.push_str("\r\n");
    for line in citing {
        out.push_str(&write(line));
        out.push_str("\r\n");
    }
    out
}
