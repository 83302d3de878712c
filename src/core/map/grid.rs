//! The grid of the tile map: the tiles of a dataset's entities, their
//! neighbours, moving between them by arrow keys, and the outline of a
//! cluster's tiles.

use crate::core::dataset::atlas::Atlas;

/// A tile on the grid: the entity it stands for, by its place among the
/// dataset's entities, and its place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GridTile {
    /// The entity's place in [`Atlas::entities`].
    pub entity: usize,
    /// Its column, from the west.
    pub col: u8,
    /// Its row, from the north.
    pub row: u8,
}

/// A direction an arrow key moves in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// West.
    Left,
    /// East.
    Right,
    /// North.
    Up,
    /// South.
    Down,
}

/// A side of a tile on an outline, from one corner of the grid to another
/// (columns and rows of corners, from 0).
pub type Side = ((u8, u8), (u8, u8));

/// The tiles of a dataset, in the order of its entities.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TileGrid {
    /// The tiles.
    pub tiles: Vec<GridTile>,
    /// How many columns the grid has (one past the last used).
    pub cols: u8,
    /// How many rows it has.
    pub rows: u8,
}

impl TileGrid {
    /// The tiles of every entity of `atlas` that has one (validation saw
    /// to it that no two share a place).
    pub fn of(atlas: &Atlas) -> TileGrid {
        let tiles: Vec<GridTile> = atlas
            .entities()
            .iter()
            .enumerate()
            .filter_map(|(entity, e)| {
                let tile = e.tile.as_ref()?;
                Some(GridTile {
                    entity,
                    col: tile.col,
                    row: tile.row,
                })
            })
            .collect();
        TileGrid {
            cols: tiles.iter().map(|t| t.col + 1).max().unwrap_or(0),
            rows: tiles.iter().map(|t| t.row + 1).max().unwrap_or(0),
            tiles,
        }
    }

    /// Whether the dataset has a map.
    pub fn is_empty(&self) -> bool {
        self.tiles.is_empty()
    }

    /// The tile at a place, by its position in [`TileGrid::tiles`].
    pub fn at(&self, col: i32, row: i32) -> Option<usize> {
        self.tiles
            .iter()
            .position(|t| i32::from(t.col) == col && i32::from(t.row) == row)
    }

    /// Every pair of tiles that share a side, each pair once, the first
    /// the one further north-west.
    pub fn neighbours(&self) -> Vec<(usize, usize)> {
        let mut pairs = Vec::new();
        for (i, t) in self.tiles.iter().enumerate() {
            let (col, row) = (i32::from(t.col), i32::from(t.row));
            for (dc, dr) in [(1, 0), (0, 1)] {
                if let Some(j) = self.at(col + dc, row + dr) {
                    pairs.push((i, j));
                }
            }
        }
        pairs
    }

    /// The tile an arrow key moves to from tile `from`: the nearest one in
    /// that direction, a tile on the same line first; none at the edge.
    pub fn step(&self, from: usize, step: Step) -> Option<usize> {
        let here = self.tiles.get(from)?;
        let (col, row) = (i32::from(here.col), i32::from(here.row));
        self.tiles
            .iter()
            .enumerate()
            .filter_map(|(i, t)| {
                let (dc, dr) = (i32::from(t.col) - col, i32::from(t.row) - row);
                let (ahead, aside) = match step {
                    Step::Left => (-dc, dr),
                    Step::Right => (dc, dr),
                    Step::Up => (-dr, dc),
                    Step::Down => (dr, dc),
                };
                (ahead > 0).then_some(((ahead + 2 * aside.abs(), aside.abs()), i))
            })
            .min()
            .map(|(_, i)| i)
    }

    /// The outer sides of a group of tiles (`inside` says which): the
    /// sides that no other tile of the group shares, each from corner to
    /// corner.
    pub fn outline(&self, inside: impl Fn(&GridTile) -> bool) -> Vec<Side> {
        let group: Vec<&GridTile> = self.tiles.iter().filter(|t| inside(t)).collect();
        let has = |col: i32, row: i32| {
            group
                .iter()
                .any(|t| i32::from(t.col) == col && i32::from(t.row) == row)
        };
        let mut sides = Vec::new();
        for t in &group {
            let (c, r) = (t.col, t.row);
            let (ci, ri) = (i32::from(c), i32::from(r));
            if !has(ci, ri - 1) {
                sides.push(((c, r), (c + 1, r)));
            }
            if !has(ci + 1, ri) {
                sides.push(((c + 1, r), (c + 1, r + 1)));
            }
            if !has(ci, ri + 1) {
                sides.push(((c, r + 1), (c + 1, r + 1)));
            }
            if !has(ci - 1, ri) {
                sides.push(((c, r), (c, r + 1)));
            }
        }
        sides
    }
}

/// The cluster whose outline takes in `entity`'s tile: its own cluster,
/// else the one its tile names (see
/// [`crate::core::dataset::model::Tile::outline`]).
pub fn outline_cluster(atlas: &Atlas, entity: usize) -> Option<&str> {
    let e = atlas.entities().get(entity)?;
    e.cluster
        .as_deref()
        .or_else(|| e.tile.as_ref()?.outline.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(places: &[(u8, u8)]) -> TileGrid {
        TileGrid {
            tiles: places
                .iter()
                .enumerate()
                .map(|(entity, &(col, row))| GridTile { entity, col, row })
                .collect(),
            cols: 4,
            rows: 4,
        }
    }

    #[test]
    fn neighbours_share_a_side_and_corners_do_not_count() {
        let g = grid(&[(0, 0), (1, 0), (1, 1), (3, 3), (2, 2)]);
        assert_eq!(g.neighbours(), vec![(0, 1), (1, 2)]);
    }

    #[test]
    fn arrows_move_to_the_nearest_tile_that_way_the_same_line_first() {
        // 0 . 1
        // . 2 .
        // 3 . .
        let g = grid(&[(0, 0), (2, 0), (1, 1), (0, 2)]);
        assert_eq!(g.step(0, Step::Right), Some(1));
        assert_eq!(g.step(0, Step::Down), Some(3));
        assert_eq!(g.step(0, Step::Left), None);
        assert_eq!(g.step(0, Step::Up), None);
        assert_eq!(g.step(2, Step::Up), Some(0));
        assert_eq!(g.step(1, Step::Left), Some(0));
        assert_eq!(g.step(3, Step::Right), Some(2));
    }

    #[test]
    fn an_outline_goes_round_the_group_and_not_between_its_tiles() {
        let g = grid(&[(0, 0), (1, 0), (3, 3)]);
        let mut sides = g.outline(|t| t.entity < 2);
        sides.sort();
        assert_eq!(
            sides,
            vec![
                ((0, 0), (0, 1)),
                ((0, 0), (1, 0)),
                ((0, 1), (1, 1)),
                ((1, 0), (2, 0)),
                ((1, 1), (2, 1)),
                ((2, 0), (2, 1)),
            ]
        );
    }
}
