//! The label layout: which milestones in view get a label, in which row,
//! and which are counted in a group, so that no two labels overlap.
//!
//! The work per frame depends on what fits on screen, not on how many
//! milestones there are: each lane's milestones are prepared once (a
//! [`Track`]), and a window is laid out period by period (the spans
//! between axis ticks), bisecting the track; a period too crowded to label
//! becomes one group without looking at its milestones one by one.

use std::ops::Range;

use super::{Lane, Window};
use crate::core::dataset::atlas::{Atlas, Milestone};
use crate::core::layout::labels::unclipped_text_width;
use crate::core::text::bilingual::Lang;

/// The widest a milestone's label gets, in pixels (longer ones end in an
/// ellipsis).
pub const LABEL_MAX: f64 = 170.0;

/// The room a label takes, at the least, in pixels (most are wider): a
/// period with more milestones than its rows hold at this width is a group
/// at once, without trying to label them.
const LABEL_MIN: f64 = 120.0;

/// Space kept between labels in a row, in pixels.
const GAP: f64 = 6.0;

/// The longest span of a milestone (a year) and a day to spare, halved: a
/// milestone whose middle is further than this from a window does not
/// overlap it.
const HALF_SPAN: f64 = 184.0;

/// The width a milestone's label needs for the whole of its short title:
/// 12.8 px text (measured to err wide even for the widest glyphs, since
/// a label that is not cut short is drawn without a clip), 6 px of
/// padding and a pixel of border on each side.
fn full_width(m: &Milestone, lang: Lang) -> f64 {
    unclipped_text_width(m.short().get(lang), 12.8) + 14.0
}

/// The width of a milestone's label: its short title, at most
/// [`LABEL_MAX`].
pub fn label_width(m: &Milestone, lang: Lang) -> f64 {
    full_width(m, lang).min(LABEL_MAX)
}

/// Whether a label drawn `width` pixels wide (capped at [`LABEL_MAX`], or
/// shortened by [`place`]) cuts its short title short, so that it must be
/// clipped and end in an ellipsis. Other labels have room for their whole
/// title and are drawn unclipped, which spares the browser a clip for
/// each.
pub fn cuts_title(m: &Milestone, lang: Lang, width: f64) -> bool {
    width < full_width(m, lang)
}

/// The width of a group's count badge ("12"): at least 44 px, a target a
/// finger can hit.
pub fn badge_width(count: usize) -> f64 {
    (16.0 + 7.0 * count.to_string().len() as f64).max(44.0)
}

/// The shown milestones of one lane, in date order (by the middle of their
/// spans), with their spans: prepared once per filter and search, then
/// bisected for every window.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Track {
    /// Milestone index, first day, and the day after the last.
    entries: Vec<(usize, i64, i64)>,
}

impl Track {
    /// Positions of the milestones whose middle falls in `[from, to)`.
    fn between(&self, from: f64, to: f64) -> Range<usize> {
        let middle = |e: &(usize, i64, i64)| (e.1 + e.2) as f64 / 2.0;
        let a = self.entries.partition_point(|e| middle(e) < from);
        let b = self.entries.partition_point(|e| middle(e) < to);
        a..b.max(a)
    }

    /// How many milestones it holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// One track per lane of `lanes`, from the milestones `shown` (indices in
/// date order).
pub fn tracks(atlas: &Atlas, shown: &[usize], lanes: &[Lane]) -> Vec<Track> {
    let mut out = vec![Track::default(); lanes.len()];
    for &i in shown {
        let Some(m) = atlas.milestones().get(i) else {
            continue;
        };
        if let Some(lane) = lanes
            .iter()
            .position(|l| l.cluster.as_deref() == m.cluster.as_deref())
        {
            let (start, end) = m.date.span();
            out[lane].entries.push((i, start, end));
        }
    }
    out
}

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

/// What is in view and how it is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    /// The span of time in view.
    pub window: Window,
    /// The width it is drawn at, in pixels.
    pub width: f64,
    /// The day from which positions are measured. Kept while only panning,
    /// it leaves the positions of labels unchanged, so that the drawing
    /// can be moved as a whole.
    pub origin: f64,
}

impl View {
    /// The position of `day`, in pixels from the origin.
    pub fn x(&self, day: f64) -> f64 {
        (day - self.origin) / self.window.length() * self.width
    }

    /// How far the window's left edge is from the origin, in pixels.
    pub fn shift(&self) -> f64 {
        self.x(self.window.start)
    }
}

/// Lays out the milestones of each track (one per lane) that overlap the
/// window of `view`, with `rows` label rows per lane. `breaks` (day
/// numbers, ascending: the axis ticks) divide the window into periods; a
/// period with more milestones than could ever be labelled in it becomes
/// one group. Positions are in pixels from the view's origin.
pub fn layout(
    atlas: &Atlas,
    tracks: &[Track],
    view: &View,
    breaks: &[f64],
    rows: usize,
    lang: Lang,
) -> Vec<Vec<Placement>> {
    let window = &view.window;
    let (first_x, last_x) = (view.shift(), view.shift() + view.width);
    let mut edges = vec![window.start - HALF_SPAN];
    edges.extend(
        breaks
            .iter()
            .copied()
            .filter(|&d| d > window.start && d < window.end),
    );
    edges.push(window.end + HALF_SPAN);
    let overlaps = |e: &(usize, i64, i64)| e.2 as f64 >= window.start && e.1 as f64 <= window.end;
    let x_of = |e: &(usize, i64, i64)| {
        let x = view.x(e.1 as f64);
        let x_end = if e.2 - e.1 <= 1 {
            x
        } else {
            view.x(e.2 as f64)
        };
        (x, x_end)
    };
    tracks
        .iter()
        .map(|track| {
            let mut items = Vec::new();
            for pair in edges.windows(2) {
                let range = track.between(pair[0], pair[1]);
                let entries = &track.entries[range];
                // Only the outer periods hold milestones outside the window.
                let outer = pair[0] < window.start || pair[1] > window.end;
                let members: Vec<&(usize, i64, i64)> = if outer {
                    entries.iter().filter(|e| overlaps(e)).collect()
                } else {
                    entries.iter().collect()
                };
                if members.is_empty() {
                    continue;
                }
                let room = view.x(pair[1].min(window.end)) - view.x(pair[0].max(window.start));
                let fits = rows.max(1) * ((room / LABEL_MIN).floor() as usize).max(1);
                if members.len() > fits {
                    let (mut x, mut x_end) = (f64::INFINITY, f64::NEG_INFINITY);
                    let mut days = (i64::MAX, i64::MIN);
                    for e in &members {
                        let (a, b) = x_of(e);
                        x = x.min(a);
                        x_end = x_end.max(b);
                        days = (days.0.min(e.1), days.1.max(e.2));
                    }
                    let badge = badge_width(members.len());
                    items.push(Item {
                        ids: members.iter().map(|e| e.0).collect(),
                        x,
                        x_end,
                        left: x.min(last_x - badge).max(first_x),
                        width: badge,
                        days,
                    });
                    continue;
                }
                for e in members {
                    let Some(m) = atlas.milestones().get(e.0) else {
                        continue;
                    };
                    let (x, x_end) = x_of(e);
                    let label = label_width(m, lang);
                    // A label that would run off the right edge ends at it.
                    items.push(Item {
                        ids: vec![e.0],
                        x,
                        x_end,
                        left: x.min(last_x - label).max(first_x),
                        width: label,
                        days: (e.1, e.2),
                    });
                }
            }
            place(&items, rows, GAP, badge_width)
        })
        .collect()
}

/// Whether milestone `id` has a label of its own in `layout` (rather than
/// being counted in a group, or out of view).
pub fn labelled(layout: &[Vec<Placement>], id: usize) -> bool {
    layout
        .iter()
        .flatten()
        .any(|p| matches!(p, Placement::One { id: i, .. } if *i == id))
}

/// The narrowest a label is shortened to, to make room for the next.
const SHORTEST: f64 = 64.0;

/// Places the labels of `items` (in date order) in `rows` rows so that no
/// two labels (or group counts, `badge` pixels wide for a count) come
/// closer than `gap`. An item whose label fits in no row shortens the label
/// before it if that leaves [`SHORTEST`] pixels; failing that, it is
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

#[cfg(test)]
mod tests {
    use super::*;

    /// An item of one milestone at `x` pixels, of the day `x`.
    fn item(id: usize, x: f64, width: f64) -> Item {
        Item {
            ids: vec![id],
            x,
            x_end: x,
            left: x,
            width,
            days: (x as i64, x as i64 + 1),
        }
    }

    #[test]
    fn crowded_labels_stack_then_group() {
        let items = [
            item(0, 0.0, 100.0),
            item(1, 10.0, 100.0),
            item(2, 20.0, 100.0),
            item(3, 200.0, 50.0),
        ];
        let placed = place(&items, 2, 4.0, |_| 24.0);
        assert_eq!(
            placed,
            [
                Placement::Group {
                    ids: vec![0, 2],
                    row: 0,
                    left: 0.0,
                    x: 0.0,
                    x_end: 20.0,
                    days: (0, 21),
                },
                Placement::One {
                    id: 1,
                    row: 1,
                    left: 10.0,
                    width: 100.0,
                    x: 10.0,
                    x_end: 10.0,
                    days: (10, 11),
                },
                Placement::One {
                    id: 3,
                    row: 0,
                    left: 200.0,
                    width: 50.0,
                    x: 200.0,
                    x_end: 200.0,
                    days: (200, 201),
                },
            ]
        );
    }

    #[test]
    fn a_label_is_shortened_to_make_room_but_not_below_the_shortest() {
        let items = [item(0, 0.0, 150.0), item(1, 100.0, 80.0)];
        let placed = place(&items, 1, 4.0, badge_width);
        assert_eq!(
            placed,
            [
                Placement::One {
                    id: 0,
                    row: 0,
                    left: 0.0,
                    width: 96.0,
                    x: 0.0,
                    x_end: 0.0,
                    days: (0, 1),
                },
                Placement::One {
                    id: 1,
                    row: 0,
                    left: 100.0,
                    width: 80.0,
                    x: 100.0,
                    x_end: 100.0,
                    days: (100, 101),
                },
            ]
        );
        let close = [item(0, 0.0, 150.0), item(1, 60.0, 80.0)];
        let placed = place(&close, 1, 4.0, badge_width);
        assert!(
            matches!(&placed[..], [Placement::Group { ids, .. }] if ids == &[0, 1]),
            "56 px would be too short: {placed:?}"
        );
    }

    #[test]
    fn a_group_item_stays_a_group_and_takes_in_what_it_blocks() {
        let items = [
            Item {
                ids: vec![0, 1, 2],
                x: 0.0,
                x_end: 30.0,
                left: 0.0,
                width: 23.0,
                days: (-5, 31),
            },
            item(3, 10.0, 80.0),
        ];
        let placed = place(&items, 1, 4.0, badge_width);
        assert_eq!(
            placed,
            [Placement::Group {
                ids: vec![0, 1, 2, 3],
                row: 0,
                left: 0.0,
                x: 0.0,
                x_end: 30.0,
                days: (-5, 31),
            }]
        );
    }
}
