//! Laying out a window period by period (the spans between axis ticks).
//!
//! The work per frame depends on what fits on screen, not on how many
//! milestones there are: each lane's milestones are prepared once (a
//! [`Track`]), and a window is laid out period by period, bisecting the
//! track; a period too crowded to label becomes one group without looking
//! at its milestones one by one.

use super::place::{Item, Placement, place};
use super::track::Track;
use super::widths::{badge_width, label_width};
use crate::core::dataset::atlas::Atlas;
use crate::core::text::bilingual::Lang;
use crate::core::timeline::Window;

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
