//! What the reader has chosen on the map, and how keys, Play and the
//! controls change it.

use super::export::Shown;
use super::grid::{Step, TileGrid};
use super::measure::MapMeasure;

/// The map's choices a link records: the measure, and the year and base
/// year where they are not the defaults (the last year of the shared year
/// range, and the first year there is).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MapLink {
    /// The measure shown.
    pub measure: MapMeasure,
    /// The year shown, if not the default.
    pub year: Option<i32>,
    /// The base year of growth, if not the first year.
    pub base: Option<i32>,
}

impl MapLink {
    /// The state it names on a map of the years `first..=last`, where
    /// `default` is the year shown without one.
    pub fn state(self, (first, last): (i32, i32), default: i32) -> MapState {
        MapState {
            measure: self.measure,
            year: self.year.unwrap_or(default).clamp(first, last),
            base: self.base.unwrap_or(first).clamp(first, last),
            current: None,
        }
    }
}

/// The map's state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MapState {
    /// The measure shown.
    pub measure: MapMeasure,
    /// The year shown.
    pub year: i32,
    /// The base year of growth.
    pub base: i32,
    /// The tile the read-out shows, by its place in [`TileGrid::tiles`].
    pub current: Option<usize>,
}

impl MapState {
    /// What it shows: the measure, the year and the base year.
    pub fn shown(self) -> Shown {
        Shown {
            measure: self.measure,
            year: self.year,
            base: self.base,
        }
    }

    /// What a link records of it, on a map whose default year is
    /// `default` and whose first year is `first`.
    pub fn link(self, first: i32, default: i32) -> MapLink {
        MapLink {
            measure: self.measure,
            year: (self.year != default).then_some(self.year),
            base: (self.base != first).then_some(self.base),
        }
    }

    /// The state after an arrow key: the next tile that way, or the first
    /// tile if none is shown yet; the same at the grid's edge.
    pub fn stepped(self, grid: &TileGrid, step: Step) -> MapState {
        let current = match self.current {
            None => (!grid.is_empty()).then_some(0),
            Some(from) => Some(grid.step(from, step).unwrap_or(from)),
        };
        MapState { current, ..self }
    }

    /// The year Play shows next: the one after, `None` once `last` is
    /// shown (Play stops there).
    pub fn next_year(self, last: i32) -> Option<i32> {
        (self.year < last).then_some(self.year + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::map::grid::GridTile;

    #[test]
    fn keys_start_at_the_first_tile_and_stop_at_the_edge() {
        let grid = TileGrid {
            tiles: vec![
                GridTile {
                    entity: 0,
                    col: 0,
                    row: 0,
                },
                GridTile {
                    entity: 1,
                    col: 1,
                    row: 0,
                },
            ],
            cols: 2,
            rows: 1,
        };
        let state = MapState {
            measure: MapMeasure::Gdp,
            year: 2024,
            base: 2013,
            current: None,
        };
        let first = state.stepped(&grid, Step::Right);
        assert_eq!(first.current, Some(0));
        assert_eq!(first.stepped(&grid, Step::Right).current, Some(1));
        assert_eq!(first.stepped(&grid, Step::Left).current, Some(0));
        assert_eq!(state.next_year(2024), None);
        let link = MapState {
            measure: MapMeasure::Growth,
            year: 2020,
            ..state
        }
        .link(2013, 2024);
        assert_eq!((link.year, link.base), (Some(2020), None));
        assert_eq!(link.state((2013, 2024), 2024).year, 2020);
        assert_eq!(MapLink::default().state((2013, 2024), 2030).year, 2024);
        assert_eq!(state.link(2013, 2024), MapLink::default());
        assert_eq!(
            MapState {
                year: 2022,
                ..state
            }
            .next_year(2024),
            Some(2023)
        );
    }
}
