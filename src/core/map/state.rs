//! What the reader has chosen on the map, and how keys, Play and the
//! controls change it.

use super::grid::{Step, TileGrid};
use super::measure::MapMeasure;

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
