//! The shown milestones of each lane in date order, prepared once and
//! bisected for every window.

use std::ops::Range;

use crate::core::dataset::atlas::Atlas;
use crate::core::timeline::Lane;

/// The shown milestones of one lane, in date order (by the middle of their
/// spans), with their spans: prepared once per filter and search, then
/// bisected for every window.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Track {
    /// Milestone index, first day, and the day after the last.
    pub(super) entries: Vec<(usize, i64, i64)>,
}

impl Track {
    /// Positions of the milestones whose middle falls in `[from, to)`.
    pub(super) fn between(&self, from: f64, to: f64) -> Range<usize> {
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
            && let Some(track) = out.get_mut(lane)
        {
            let (start, end) = m.date.span();
            track.entries.push((i, start, end));
        }
    }
    out
}
