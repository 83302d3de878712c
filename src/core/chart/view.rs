//! The data behind a chart, ready to draw, tabulate or export: its series
//! and their points as plain values.

use crate::core::chart::options::*;
use crate::core::text::unit::Unit;

/// How many colours the series palette has, in the charts and in the style
/// sheet's `--series-N` properties and `.series-N` classes alike (a native
/// test checks that they agree); style indices beyond it wrap around.
pub const PALETTE_LEN: usize = 8;

/// How a chart draws its series.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartKind {
    /// Lines with markers.
    Lines,
    /// Areas stacked on each other.
    StackedArea,
    /// Bars grouped by year.
    Bars,
    /// Ranks over editions, rank 1 on top.
    Bump,
}

/// The part a series plays in its chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// An ordinary series.
    Main,
    /// A series shown lighter behind its main one (all patents behind
    /// invention patents).
    Background,
    /// A reference level (the national figure), dashed.
    Reference,
    /// Shown for context, in grey (cities outside China in the ranking).
    Context,
}

/// One value of a series as shown.
#[derive(Clone, Debug, PartialEq)]
pub struct PointView {
    /// The year.
    pub year: i32,
    /// The value; `None` where the entity is listed without a value.
    pub value: Option<f64>,
    /// Ids of the value's sources.
    pub sources: Vec<String>,
    /// A remark on the value.
    pub note: Option<String>,
}

/// One series of a chart.
#[derive(Clone, Debug, PartialEq)]
pub struct SeriesView {
    /// Stable key, unique in the chart ("jjj", "beijing", "jjj:all").
    pub key: String,
    /// Name in the legend and read-out.
    pub label: String,
    /// Palette and marker index.
    pub style: usize,
    /// Its part in the chart.
    pub role: Role,
    /// The values within the year range, in year order.
    pub points: Vec<PointView>,
}

/// The data behind a chart, ready to draw, tabulate and export.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartView {
    /// Which chart.
    pub id: ChartId,
    /// How it is drawn.
    pub kind: ChartKind,
    /// What is measured, in words.
    pub title: String,
    /// A slug of what is shown, for file names ("gdp", "gdp-share").
    pub slug: String,
    /// The unit of the values.
    pub unit: Unit,
    /// The series shown.
    pub series: Vec<SeriesView>,
    /// The years on the x axis (first, last).
    pub years: (i32, i32),
    /// Caveats to show with the chart.
    pub notes: Vec<String>,
    /// Whether its long lines were thinned to the plot's width
    /// ([`crate::core::chart::decimate::decimate_view`]): years then jump within
    /// a line, and only points without a value break it.
    pub decimated: bool,
    /// Whether its lines join values across years without one (a series
    /// chart: a dataset's own series, whose years may be decades or
    /// centuries apart): only points without a value break them. The
    /// built-in charts' years are consecutive, and a missing one is a gap.
    pub joined: bool,
}

impl ChartView {
    /// Ids of every source of the values shown, each once.
    pub fn sources(&self) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        for id in self
            .series
            .iter()
            .flat_map(|s| &s.points)
            .flat_map(|p| &p.sources)
        {
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
        ids
    }

    /// Whether there is nothing to draw.
    pub fn is_empty(&self) -> bool {
        self.series
            .iter()
            .all(|s| s.points.iter().all(|p| p.value.is_none()))
    }
}
