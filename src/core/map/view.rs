//! What the map draws, as data: each tile's label and class, each
//! cluster's outline and name, the legend's breaks.

use super::classes::{class_of, nice_breaks};
use super::export::Shown;
use super::grid::{Side, TileGrid, outline_cluster};
use super::measure::{MapMeasure, MapValues, map_values};
use crate::core::chart::options::Filters;
use crate::core::dataset::atlas::Atlas;
use crate::core::text::bilingual::Lang;
use crate::core::text::format::{decimals_of, format_exact, round_to};

/// How many classes the map aims at.
pub const CLASSES: usize = 6;

/// A tile as drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewTile {
    /// Its column.
    pub col: u8,
    /// Its row.
    pub row: u8,
    /// Its label ("BJ", "京").
    pub label: String,
    /// Its class; `None` without a value.
    pub class: Option<usize>,
}

/// A cluster's outline as drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewOutline {
    /// The cluster's id.
    pub cluster: String,
    /// Its name.
    pub name: String,
    /// Its colour's place among the series colours (the cluster's place in
    /// the dataset, as in the charts).
    pub style: usize,
    /// The outer sides of its tiles.
    pub sides: Vec<Side>,
}

/// The map as drawn.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapView {
    /// The tiles, in the order of [`TileGrid::tiles`].
    pub tiles: Vec<ViewTile>,
    /// The grid's columns and rows.
    pub grid: (u8, u8),
    /// The clusters' outlines, in the dataset's order.
    pub outlines: Vec<ViewOutline>,
    /// The breaks between classes, lowest first.
    pub breaks: Vec<f64>,
    /// The breaks as the legend writes them ("50,000", "2.5%").
    pub labels: Vec<String>,
}

/// The map of `values` of `measure` for the tiles of `grid`.
pub fn map_view(
    atlas: &Atlas,
    grid: &TileGrid,
    values: &MapValues,
    measure: MapMeasure,
    lang: Lang,
) -> MapView {
    let shown = values.values.iter().flatten();
    let lo = shown.clone().copied().fold(f64::INFINITY, f64::min);
    let hi = shown.copied().fold(f64::NEG_INFINITY, f64::max);
    // GDP and shares start at zero, so that a class's colour says how
    // much; growth spans what there is.
    let lo = if measure == MapMeasure::Growth {
        lo
    } else {
        lo.min(0.0)
    };
    let breaks = nice_breaks(lo, hi, CLASSES);
    let tiles = grid
        .tiles
        .iter()
        .zip(&values.values)
        .map(|(t, value)| ViewTile {
            col: t.col,
            row: t.row,
            label: atlas
                .entities()
                .get(t.entity)
                .and_then(|e| e.tile.as_ref())
                .map(|tile| tile.short.get(lang).to_string())
                .unwrap_or_default(),
            class: value
                .filter(|_| !breaks.is_empty())
                .map(|v| class_of(v, &breaks)),
        })
        .collect();
    let outlines = atlas
        .clusters()
        .iter()
        .enumerate()
        .map(|(style, c)| ViewOutline {
            cluster: c.id.clone(),
            name: c.name.get(lang).to_string(),
            style,
            sides: grid.outline(|t| outline_cluster(atlas, t.entity) == Some(c.id.as_str())),
        })
        .filter(|o| !o.sides.is_empty())
        .collect();
    let unit = measure.unit();
    let labels = breaks
        .iter()
        .map(|&b| unit.with_number(&format_exact(round_to(b, decimals_of(b))), lang))
        .map(|label| short_unit(&label))
        .collect();
    MapView {
        tiles,
        grid: (grid.cols, grid.rows),
        outlines,
        breaks,
        labels,
    }
}

/// A legend's label without a long unit ("50,000", not "50,000 (100
/// million yuan)", which the read-out and the heading say).
fn short_unit(label: &str) -> String {
    label
        .split(" (")
        .next()
        .unwrap_or(label)
        .trim_end_matches("亿元")
        .to_string()
}

/// The locator of cluster `id`: the map's tiles without labels, its
/// members (the tiles its outline takes in) in class 0, the others
/// without one, and its outline alone.
pub fn locator_view(atlas: &Atlas, grid: &TileGrid, id: &str) -> MapView {
    let member = |entity| outline_cluster(atlas, entity) == Some(id);
    MapView {
        tiles: grid
            .tiles
            .iter()
            .map(|t| ViewTile {
                col: t.col,
                row: t.row,
                label: String::new(),
                class: member(t.entity).then_some(0),
            })
            .collect(),
        grid: (grid.cols, grid.rows),
        outlines: atlas
            .clusters()
            .iter()
            .position(|c| c.id == id)
            .map(|style| ViewOutline {
                cluster: id.to_string(),
                name: String::new(),
                style,
                sides: grid.outline(|t| member(t.entity)),
            })
            .into_iter()
            .collect(),
        breaks: Vec::new(),
        labels: Vec::new(),
    }
}

/// What the map shows (`shown`): its values and its view, with the
/// outlines of the clusters `filters` shows only.
pub fn map_shown(
    atlas: &Atlas,
    grid: &TileGrid,
    shown: Shown,
    filters: &Filters,
    lang: Lang,
) -> (MapValues, MapView) {
    let values = map_values(atlas, grid, shown.measure, shown.year, shown.base);
    let mut view = map_view(atlas, grid, &values, shown.measure, lang);
    view.outlines.retain(|o| filters.shows_cluster(&o.cluster));
    (values, view)
}
