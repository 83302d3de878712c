//! The year range: the years a chart's data has, and the reader's range
//! kept within them, never empty and at least two years long where the
//! data has two.

use crate::core::chart::options::Tab;
use crate::core::dataset::atlas::Atlas;

/// One end of the year range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// The first year shown.
    From,
    /// The last year shown.
    To,
}

/// The first and last year with data of a tab's chart; for the headline
/// figures, and for a chart without data, those of every series.
pub fn tab_years(atlas: &Atlas, tab: Tab) -> (i32, i32) {
    let own = match tab {
        Tab::Chart(chart) => atlas.years_of(Some(&chart.reads(atlas))),
        Tab::Figures => None,
    };
    own.or_else(|| atlas.year_extent()).unwrap_or((0, 0))
}

/// `years` kept within `bounds`: the first no later than the last, and at
/// least two years where `bounds` has two.
pub fn within((from, to): (i32, i32), (first, last): (i32, i32)) -> (i32, i32) {
    let fit = |y: i32| y.max(first).min(last);
    let (from, to) = (fit(from.min(to)), fit(from.max(to)));
    if to > from {
        (from, to)
    } else if to < last {
        (from, to + 1)
    } else {
        ((from - 1).max(first), to)
    }
}

/// `years` (as [`within`] `bounds`) with `end` moved to `year`, stopping a
/// year short of the other end.
pub fn moved(years: (i32, i32), end: End, year: i32, bounds: (i32, i32)) -> (i32, i32) {
    let (from, to) = within(years, bounds);
    match end {
        End::From => within((year.min(to - 1), to), bounds),
        End::To => within((from, year.max(from + 1)), bounds),
    }
}

/// The end of `years` nearer to `at` (a position in years, as a click on
/// the track gives it); outside the range, the end on that side.
pub fn nearer((from, to): (i32, i32), at: f64) -> End {
    if at - f64::from(from) <= f64::from(to) - at {
        End::From
    } else {
        End::To
    }
}

/// The range to keep for `shown` (within `bounds`): an end at a bound
/// reaches out to that end of `extent` (every chart's years), so that
/// the charts with more years show them too.
pub fn widened(
    (from, to): (i32, i32),
    (first, last): (i32, i32),
    extent: (i32, i32),
) -> (i32, i32) {
    (
        if from <= first { extent.0 } else { from },
        if to >= last { extent.1 } else { to },
    )
}
