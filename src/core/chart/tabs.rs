//! Which charts a dataset has: the built-in charts, shown where it has
//! every series they read, then a series chart for each of its other
//! series; each chart a tab, with the headline figures.

use std::borrow::Cow;

use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::model::Series;
use crate::core::dataset::series_ids::{
    GDP, INVENTION_PATENTS, PATENTS, RD_EXPENDITURE, RD_INTENSITY, SCIENCE_RANK, SCIENCE_SHARE,
};
use crate::core::text::format::read_natural;

/// The start of a series chart's slug in the page (`series-0`).
const SERIES_SLUG: &str = "series-";

/// How many sets of series hidden from a legend the reader's state keeps:
/// one for each built-in chart, and one that every series chart shares
/// (its series are the dataset's entities, which keep one key across its
/// series).
pub const LEGEND_SLOTS: usize = 5;

/// The charts of the atlas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartId {
    /// GDP of the clusters.
    Economy,
    /// R&D expenditure and intensity.
    Rd,
    /// Patents granted.
    Patents,
    /// Nature Index science-city ranks.
    ScienceCities,
    /// A series no built-in chart draws, its entities as lines: the
    /// index among [`own_chart_series`] of the dataset.
    Series(u16),
}

impl ChartId {
    /// Every built-in chart, in the order shown.
    pub const BUILT_IN: [ChartId; 4] = [
        ChartId::Economy,
        ChartId::Rd,
        ChartId::Patents,
        ChartId::ScienceCities,
    ];

    /// The chart's identifier in the page (element ids, `data-tab`) and,
    /// for a built-in chart, in links and file names: `series-<n>` for a
    /// series chart, which links name by its series id (see
    /// [`Tab::series_id`]).
    pub fn slug(self) -> Cow<'static, str> {
        match self {
            ChartId::Economy => "economy".into(),
            ChartId::Rd => "rd".into(),
            ChartId::Patents => "patents".into(),
            ChartId::ScienceCities => "science-cities".into(),
            ChartId::Series(n) => format!("{SERIES_SLUG}{n}").into(),
        }
    }

    /// The chart whose slug (as [`ChartId::slug`] writes it) is `slug`.
    pub fn from_slug(slug: &str) -> Option<ChartId> {
        if let Some(n) = slug.strip_prefix(SERIES_SLUG) {
            let index: u16 = read_natural(n)?;
            // Only the digits the slug writes: `series-01` is no slug.
            return (index.to_string() == n).then_some(ChartId::Series(index));
        }
        ChartId::BUILT_IN.into_iter().find(|c| c.slug() == slug)
    }

    /// The ids of the series a built-in chart draws, in any of its modes;
    /// none for a series chart, whose series is the dataset's (see
    /// [`ChartId::reads`]).
    pub fn series_ids(self) -> &'static [&'static str] {
        match self {
            ChartId::Economy => &[GDP],
            ChartId::Rd => &[RD_EXPENDITURE, RD_INTENSITY],
            ChartId::Patents => &[PATENTS, INVENTION_PATENTS],
            ChartId::ScienceCities => &[SCIENCE_RANK],
            ChartId::Series(_) => &[],
        }
    }

    /// The ids of the series a built-in chart keeps from a chart of their
    /// own without drawing them: the science cities' Nature Index Share,
    /// stated for five values of four cities in two editions, too few to
    /// draw a line (the default dataset's one series without a chart).
    pub fn set_aside(self) -> &'static [&'static str] {
        match self {
            ChartId::ScienceCities => &[SCIENCE_SHARE],
            _ => &[],
        }
    }

    /// The ids of the series the chart draws in `atlas`: a built-in
    /// chart's [`ChartId::series_ids`], a series chart's series (none if
    /// `atlas` has no such chart).
    pub fn reads(self, atlas: &Atlas) -> Vec<&str> {
        match self {
            ChartId::Series(_) => self
                .series_in(atlas)
                .map(|s| s.id.as_str())
                .into_iter()
                .collect(),
            _ => self.series_ids().to_vec(),
        }
    }

    /// The series a series chart draws in `atlas`; `None` for a built-in
    /// chart, or an index `atlas` has no series chart at.
    pub fn series_in(self, atlas: &Atlas) -> Option<&Series> {
        match self {
            ChartId::Series(n) => own_chart_series(atlas).get(usize::from(n)).copied(),
            _ => None,
        }
    }

    /// Whether `atlas` has the chart: for a built-in chart, every series
    /// it draws (without one, a mode or a bar would have nothing to
    /// show); for a series chart, its series.
    pub fn drawn_from(self, atlas: &Atlas) -> bool {
        match self {
            ChartId::Series(_) => self.series_in(atlas).is_some(),
            _ => self
                .series_ids()
                .iter()
                .all(|id| atlas.series(id).is_some()),
        }
    }

    /// Which of the reader's [`LEGEND_SLOTS`] sets of hidden series the
    /// chart's legend uses.
    pub fn legend_slot(self) -> usize {
        match self {
            ChartId::Economy => 0,
            ChartId::Rd => 1,
            ChartId::Patents => 2,
            ChartId::ScienceCities => 3,
            ChartId::Series(_) => 4,
        }
    }
}

/// The series of `atlas` that have a chart of their own, in the dataset's
/// order: every series with a value that no built-in chart it has draws
/// or sets aside (see [`ChartId::set_aside`]): none of the default
/// dataset; every series of an imported file, unless it bears a built-in
/// chart's ids.
pub fn own_chart_series(atlas: &Atlas) -> Vec<&Series> {
    let built_in: Vec<&str> = ChartId::BUILT_IN
        .into_iter()
        .filter(|c| c.drawn_from(atlas))
        .flat_map(|c| c.series_ids().iter().chain(c.set_aside()).copied())
        .collect();
    atlas
        .all_series()
        .iter()
        .filter(|s| !built_in.contains(&s.id.as_str()))
        .filter(|s| s.points.iter().any(|p| p.value.is_some()))
        .take(usize::from(u16::MAX) + 1)
        .collect()
}

/// A tab of the charts section: a chart, or the headline figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tab {
    /// A chart.
    Chart(ChartId),
    /// The headline figures.
    Figures,
}

impl Default for Tab {
    fn default() -> Tab {
        Tab::FIRST
    }
}

impl Tab {
    /// Every tab but the series charts, in the order shown.
    pub const BUILT_IN: [Tab; 5] = [
        Tab::Chart(ChartId::Economy),
        Tab::Chart(ChartId::Rd),
        Tab::Chart(ChartId::Patents),
        Tab::Chart(ChartId::ScienceCities),
        Tab::Figures,
    ];

    /// The tab shown first.
    pub const FIRST: Tab = Tab::Chart(ChartId::Economy);

    /// The tab's identifier in the page (see [`ChartId::slug`]) and, for
    /// a tab of [`Tab::BUILT_IN`], in links.
    pub fn slug(self) -> Cow<'static, str> {
        match self {
            Tab::Chart(c) => c.slug(),
            Tab::Figures => "figures".into(),
        }
    }

    /// The tab whose slug (as [`Tab::slug`] writes it) is `slug`.
    pub fn from_slug(slug: &str) -> Option<Tab> {
        match slug {
            "figures" => Some(Tab::Figures),
            _ => ChartId::from_slug(slug).map(Tab::Chart),
        }
    }

    /// The tab of [`Tab::BUILT_IN`] whose slug is `slug`: how a link
    /// names it (a link names a series chart by its series id instead).
    pub fn built_in(slug: &str) -> Option<Tab> {
        Tab::BUILT_IN.into_iter().find(|t| t.slug() == slug)
    }

    /// The id of the series a series chart's tab shows in `atlas`: how a
    /// link names it; `None` for any other tab.
    pub fn series_id(self, atlas: &Atlas) -> Option<&str> {
        match self {
            Tab::Chart(c) => c.series_in(atlas).map(|s| s.id.as_str()),
            Tab::Figures => None,
        }
    }

    /// The tab of the series chart of `atlas` showing the series `id`, if
    /// it has one.
    pub fn of_series(atlas: &Atlas, id: &str) -> Option<Tab> {
        let at = own_chart_series(atlas).iter().position(|s| s.id == id)?;
        u16::try_from(at)
            .ok()
            .map(|n| Tab::Chart(ChartId::Series(n)))
    }

    /// Whether `atlas` has what the tab shows: its chart (see
    /// [`ChartId::drawn_from`]), or, for the headline figures, a stated
    /// figure.
    pub fn shown_in(self, atlas: &Atlas) -> bool {
        match self {
            Tab::Chart(chart) => chart.drawn_from(atlas),
            Tab::Figures => !atlas.figures().is_empty(),
        }
    }

    /// The tabs `atlas` has, in the order shown: the built-in charts it
    /// has, its series charts, then the headline figures if it has any;
    /// none for a dataset with nothing the charts read (a file of
    /// milestones), and then no charts section.
    pub fn available(atlas: &Atlas) -> Vec<Tab> {
        let own = own_chart_series(atlas).len();
        let series = (0..own)
            .filter_map(|n| u16::try_from(n).ok())
            .map(|n| Tab::Chart(ChartId::Series(n)));
        let (charts, figures) = Tab::BUILT_IN.split_at(ChartId::BUILT_IN.len());
        charts
            .iter()
            .copied()
            .chain(series)
            .chain(figures.iter().copied())
            .filter(|t| t.shown_in(atlas))
            .collect()
    }

    /// The tab shown for this one in `atlas`: itself if `atlas` has it,
    /// else the first `atlas` has (a link naming a chart a dataset lacks
    /// opens one it has); `None` if it has none.
    pub fn in_atlas(self, atlas: &Atlas) -> Option<Tab> {
        if self.shown_in(atlas) {
            Some(self)
        } else {
            Tab::available(atlas).first().copied()
        }
    }
}

/// Whether `atlas` has anything the charts show (see [`Tab::available`]).
pub fn charted(atlas: &Atlas) -> bool {
    !Tab::available(atlas).is_empty()
}
