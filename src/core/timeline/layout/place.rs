//! Placing labels in rows: an item's label goes in the first row with
//! room, shortens the one before it, or is counted in a group.

/// Something to place in a lane, in pixels: one milestone, or a group of
/// milestones already known to be too many to label.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// The milestones: one, or the members of a group.
    pub ids: Vec<usize>,
    /// Where its marker starts.
    pub x: f64,
    /// Where its marker ends (its month or year; `x` for a day).
    pub x_end: f64,
    /// Where its label starts (at the marker, unless that would run off
    /// the right edge).
    pub left: f64,
    /// The width its label needs.
    pub width: f64,
    /// The days its milestones cover: from the first day of the earliest
    /// to the end of the latest (see `Date::span`).
    pub days: (i64, i64),
}

/// Where a milestone, or a group of crowded milestones, is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Placement {
    /// One milestone with its label in label row `row`.
    One {
        /// The milestone.
        id: usize,
        /// The label row, 0 nearest the axis.
        row: usize,
        /// Where the label starts.
        left: f64,
        /// How wide the label may be (shortened, with an ellipsis, to make
        /// room for the next one).
        width: f64,
        /// Where its marker starts.
        x: f64,
        /// Where its marker ends.
        x_end: f64,
        /// The days it covers (see [`Item::days`]).
        days: (i64, i64),
    },
    /// Several milestones too close to label, shown as one marker with a
    /// count; zooming in separates them.
    Group {
        /// The milestones, in the order placed.
        ids: Vec<usize>,
        /// The label row of the count.
        row: usize,
        /// Where the count starts.
        left: f64,
        /// Where the group's markers start.
        x: f64,
        /// Where they end.
        x_end: f64,
        /// The days its milestones cover (see [`Item::days`]): a click on
        /// the count zooms to them.
        days: (i64, i64),
    },
}

impl Placement {
    /// `self` with `item`'s milestones counted in it.
    fn absorb(self, item: &Item) -> Placement {
        let (mut ids, row, left, x, x_end, days) = match self {
            Placement::One {
                id,
                row,
                left,
                x,
                x_end,
                days,
                ..
            } => (vec![id], row, left, x, x_end, days),
            Placement::Group {
                ids,
                row,
                left,
                x,
                x_end,
                days,
            } => (ids, row, left, x, x_end, days),
        };
        ids.extend_from_slice(&item.ids);
        Placement::Group {
            ids,
            row,
            left,
            x: x.min(item.x),
            x_end: x_end.max(item.x_end),
            days: (days.0.min(item.days.0), days.1.max(item.days.1)),
        }
    }

    /// Where its label starts, and how many milestones it stands for.
    fn left_and_count(&self) -> (f64, usize) {
        match self {
            Placement::One { left, .. } => (*left, 1),
            Placement::Group { left, ids, .. } => (*left, ids.len()),
        }
    }
}
/// The narrowest a label is shortened to, to make room for the next.
const SHORTEST: f64 = 64.0;

/// Places the labels of `items` (in date order) in `rows` rows so that no
/// two labels (or group counts, `badge` pixels wide for a count) come
/// closer than `gap`. An item whose label fits in no row shortens the label
/// before it if that leaves `SHORTEST` pixels; failing that, it is
/// counted in the label that blocks it, which becomes a group. So every
/// milestone is either labelled or counted in a group.
pub fn place(
    items: &[Item],
    rows: usize,
    gap: f64,
    badge: impl Fn(usize) -> f64,
) -> Vec<Placement> {
    let rows = rows.max(1);
    let mut out: Vec<Placement> = Vec::new();
    // Per row: where its last label ends, and which placement that is.
    let mut row_end = vec![f64::NEG_INFINITY; rows];
    let mut row_last: Vec<Option<usize>> = vec![None; rows];
    for item in items {
        let mut row = (0..rows).find(|&r| row_end[r] + gap <= item.left);
        if row.is_none() {
            // The row whose last label can best be shortened to make room.
            let shortened = (0..rows)
                .filter_map(|r| {
                    let last = row_last[r]?;
                    match &out[last] {
                        Placement::One { left, .. } if item.left - gap - left >= SHORTEST => {
                            Some((r, last, item.left - gap - left))
                        }
                        _ => None,
                    }
                })
                .max_by(|a, b| a.2.total_cmp(&b.2));
            if let Some((r, last, room)) = shortened {
                if let Placement::One { width, .. } = &mut out[last] {
                    *width = room;
                }
                row = Some(r);
            }
        }
        if let Some(row) = row {
            let placement = match item.ids.as_slice() {
                [] => continue,
                [id] => Placement::One {
                    id: *id,
                    row,
                    left: item.left,
                    width: item.width,
                    x: item.x,
                    x_end: item.x_end,
                    days: item.days,
                },
                ids => Placement::Group {
                    ids: ids.to_vec(),
                    row,
                    left: item.left,
                    x: item.x,
                    x_end: item.x_end,
                    days: item.days,
                },
            };
            row_end[row] = item.left + item.width;
            row_last[row] = Some(out.len());
            out.push(placement);
            continue;
        }
        // Counted in the label of the row that ends first.
        let row = (0..rows)
            .min_by(|&a, &b| row_end[a].total_cmp(&row_end[b]))
            .unwrap_or(0);
        let Some(last) = row_last[row] else {
            continue;
        };
        let merged = out[last].clone().absorb(item);
        let (left, count) = merged.left_and_count();
        out[last] = merged;
        row_end[row] = left + badge(count);
    }
    out
}
