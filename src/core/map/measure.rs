//! What the map shows in each tile: GDP, its share of the national figure,
//! or its growth since a base year; each tile's value for a year, its
//! rank, and the years there are.

use super::grid::TileGrid;
use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::index::sort::distinct_sorted;
use crate::core::dataset::series_ids::GDP;
use crate::core::text::unit::Unit;

/// A measure the map colours its tiles by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MapMeasure {
    /// GDP, in 100 million yuan.
    #[default]
    Gdp,
    /// The share of the national GDP, in percent (from the first year the
    /// national figure has).
    Share,
    /// Growth of GDP since a base year, in percent.
    Growth,
}

impl MapMeasure {
    /// Every measure, in the order offered.
    pub const ALL: [MapMeasure; 3] = [MapMeasure::Gdp, MapMeasure::Share, MapMeasure::Growth];

    /// Its name in links (`map=share`).
    pub fn slug(self) -> &'static str {
        match self {
            MapMeasure::Gdp => "gdp",
            MapMeasure::Share => "share",
            MapMeasure::Growth => "growth",
        }
    }

    /// The measure a link names.
    pub fn from_slug(slug: &str) -> Option<MapMeasure> {
        MapMeasure::ALL.into_iter().find(|m| m.slug() == slug)
    }

    /// The unit of its values.
    pub fn unit(self) -> Unit {
        match self {
            MapMeasure::Gdp => Unit::Yuan100m,
            MapMeasure::Share | MapMeasure::Growth => Unit::Percent,
        }
    }
}

/// A measure's values in a year, tile by tile (in the order of
/// [`TileGrid::tiles`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapValues {
    /// Each tile's value, if it has one.
    pub values: Vec<Option<f64>>,
    /// Each tile's rank among the tiles with a value, 1 the highest
    /// (tiles of equal value share a rank).
    pub ranks: Vec<Option<usize>>,
    /// How many tiles have a value.
    pub ranked: usize,
}

/// The values of `measure` in `year` (growth since `base`), for the tiles
/// of `grid`.
pub fn map_values(
    atlas: &Atlas,
    grid: &TileGrid,
    measure: MapMeasure,
    year: i32,
    base: i32,
) -> MapValues {
    let national = atlas.national(GDP, year).map(|(value, _)| value);
    let gdp = |entity: &str, year: i32| atlas.point(GDP, entity, year).and_then(|p| p.value);
    let values: Vec<Option<f64>> = grid
        .tiles
        .iter()
        .map(|t| {
            let id = &atlas.entities().get(t.entity)?.id;
            let value = gdp(id, year)?;
            match measure {
                MapMeasure::Gdp => Some(value),
                MapMeasure::Share => national.filter(|n| *n > 0.0).map(|n| value / n * 100.0),
                MapMeasure::Growth => gdp(id, base)
                    .filter(|b| *b > 0.0)
                    .map(|b| (value / b - 1.0) * 100.0),
            }
        })
        .collect();
    let ranks = values
        .iter()
        .map(|v| {
            let v = (*v)?;
            Some(1 + values.iter().flatten().filter(|&&o| o > v).count())
        })
        .collect();
    MapValues {
        ranked: values.iter().flatten().count(),
        values,
        ranks,
    }
}

/// The years the map can show for `measure`: those with a GDP value of
/// some tile (and, for shares, a national figure), first to last.
pub fn map_years(atlas: &Atlas, grid: &TileGrid, measure: MapMeasure) -> Vec<i32> {
    let Some(series) = atlas.series(GDP) else {
        return Vec::new();
    };
    distinct_sorted(
        series
            .points
            .iter()
            .filter(|p| p.value.is_some())
            .filter(|p| {
                grid.tiles.iter().any(|t| {
                    atlas
                        .entities()
                        .get(t.entity)
                        .is_some_and(|e| e.id == p.entity)
                })
            })
            .map(|p| p.year)
            .filter(|&y| measure != MapMeasure::Share || atlas.national(GDP, y).is_some()),
    )
}
