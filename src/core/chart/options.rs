//! What the reader chooses for the charts: which chart, which tab, the
//! economy chart's mode, the R&D measure, grouping, and the shared filters.

use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::series_ids::{
    GDP, INVENTION_PATENTS, PATENTS, RD_EXPENDITURE, RD_INTENSITY, SCIENCE_RANK,
};

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
}

impl ChartId {
    /// Every chart, in the order shown.
    pub const ALL: [ChartId; 4] = [
        ChartId::Economy,
        ChartId::Rd,
        ChartId::Patents,
        ChartId::ScienceCities,
    ];

    /// The chart's identifier in links and file names.
    pub fn slug(self) -> &'static str {
        match self {
            ChartId::Economy => "economy",
            ChartId::Rd => "rd",
            ChartId::Patents => "patents",
            ChartId::ScienceCities => "science-cities",
        }
    }

    /// The chart whose slug is `slug`.
    pub fn from_slug(slug: &str) -> Option<ChartId> {
        ChartId::ALL.into_iter().find(|c| c.slug() == slug)
    }

    /// The ids of the series it draws, in any of its modes.
    pub fn series_ids(self) -> &'static [&'static str] {
        match self {
            ChartId::Economy => &[GDP],
            ChartId::Rd => &[RD_EXPENDITURE, RD_INTENSITY],
            ChartId::Patents => &[PATENTS, INVENTION_PATENTS],
            ChartId::ScienceCities => &[SCIENCE_RANK],
        }
    }

    /// Whether `atlas` has every series the chart draws: without one, a
    /// mode or a bar would have nothing to show, so the chart is not shown.
    pub fn drawn_from(self, atlas: &Atlas) -> bool {
        self.series_ids()
            .iter()
            .all(|id| atlas.series(id).is_some())
    }
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
    /// Every tab, in the order shown.
    pub const ALL: [Tab; 5] = [
        Tab::Chart(ChartId::Economy),
        Tab::Chart(ChartId::Rd),
        Tab::Chart(ChartId::Patents),
        Tab::Chart(ChartId::ScienceCities),
        Tab::Figures,
    ];

    /// The tab shown first.
    pub const FIRST: Tab = Tab::Chart(ChartId::Economy);

    /// The tab's identifier in links.
    pub fn slug(self) -> &'static str {
        match self {
            Tab::Chart(c) => c.slug(),
            Tab::Figures => "figures",
        }
    }

    /// The tab whose slug is `slug`.
    pub fn from_slug(slug: &str) -> Option<Tab> {
        Tab::ALL.into_iter().find(|t| t.slug() == slug)
    }

    /// Whether `atlas` has what the tab shows: every series of its chart
    /// (see [`ChartId::drawn_from`]), or, for the headline figures, a
    /// stated figure.
    pub fn shown_in(self, atlas: &Atlas) -> bool {
        match self {
            Tab::Chart(chart) => chart.drawn_from(atlas),
            Tab::Figures => !atlas.figures().is_empty(),
        }
    }

    /// The tabs `atlas` has, in the order shown: none for a dataset with
    /// nothing the charts read (a file of milestones), and then no charts
    /// section.
    pub fn available(atlas: &Atlas) -> Vec<Tab> {
        Tab::ALL.into_iter().filter(|t| t.shown_in(atlas)).collect()
    }

    /// The tab shown for this one in `atlas`: itself if `atlas` has it,
    /// else the first `atlas` has (a link naming a chart a dataset lacks
    /// opens one it has); `None` if it has none.
    pub fn in_atlas(self, atlas: &Atlas) -> Option<Tab> {
        let available = Tab::available(atlas);
        if available.contains(&self) {
            Some(self)
        } else {
            available.first().copied()
        }
    }
}

/// Whether `atlas` has anything the charts show (see [`Tab::available`]).
pub fn charted(atlas: &Atlas) -> bool {
    Tab::ALL.into_iter().any(|t| t.shown_in(atlas))
}

/// How the economy chart shows GDP.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum EconomyMode {
    /// One line per cluster.
    #[default]
    Lines,
    /// The clusters stacked as areas.
    Stacked,
    /// Each cluster's share of national GDP (where national GDP exists).
    Share,
    /// The member provinces of one cluster.
    Members,
}

impl EconomyMode {
    /// Every mode, in the order offered.
    pub const ALL: [EconomyMode; 4] = [
        EconomyMode::Lines,
        EconomyMode::Stacked,
        EconomyMode::Share,
        EconomyMode::Members,
    ];

    /// The mode's identifier in links.
    pub fn slug(self) -> &'static str {
        match self {
            EconomyMode::Lines => "lines",
            EconomyMode::Stacked => "stacked",
            EconomyMode::Share => "share",
            EconomyMode::Members => "members",
        }
    }
}

/// Which R&D measure the R&D chart shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum RdMetric {
    /// R&D expenditure.
    #[default]
    Expenditure,
    /// R&D expenditure as a share of GDP, by province (a cluster figure
    /// would have to be recomputed on revised GDP, which the sources warn
    /// against), with the national level as a reference.
    Intensity,
}

impl RdMetric {
    /// Every measure, in the order offered.
    pub const ALL: [RdMetric; 2] = [RdMetric::Expenditure, RdMetric::Intensity];

    /// The measure's identifier in links.
    pub fn slug(self) -> &'static str {
        match self {
            RdMetric::Expenditure => "expenditure",
            RdMetric::Intensity => "intensity",
        }
    }
}

/// Whether values are summed by cluster or shown by province.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Grouping {
    /// Sums over each cluster's members.
    #[default]
    Cluster,
    /// One series per province.
    Province,
}

impl Grouping {
    /// Every grouping, in the order offered.
    pub const ALL: [Grouping; 2] = [Grouping::Cluster, Grouping::Province];

    /// The grouping's identifier in links.
    pub fn slug(self) -> &'static str {
        match self {
            Grouping::Cluster => "cluster",
            Grouping::Province => "province",
        }
    }
}

/// The reader's choices for the charts' own controls.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ChartOptions {
    /// The economy chart's mode.
    pub economy: EconomyMode,
    /// The cluster whose members the economy chart shows in `Members` mode;
    /// the first cluster if empty or unknown.
    pub members_of: String,
    /// The R&D chart's measure.
    pub rd_metric: RdMetric,
    /// The R&D chart's grouping (expenditure only).
    pub rd_grouping: Grouping,
}

/// The choices shared by every chart.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Filters {
    /// Ids of the clusters shown.
    pub clusters: Vec<String>,
    /// The first and last year shown.
    pub years: (i32, i32),
}

impl Filters {
    /// Every cluster and every year of the dataset.
    pub fn all(atlas: &Atlas) -> Self {
        Filters {
            clusters: atlas.clusters().iter().map(|c| c.id.clone()).collect(),
            years: atlas.year_extent().unwrap_or((0, 0)),
        }
    }

    /// Whether `year` is within the reader's years.
    pub(crate) fn shows_year(&self, year: i32) -> bool {
        (self.years.0..=self.years.1).contains(&year)
    }

    /// Whether the reader shows cluster `id`.
    pub(crate) fn shows_cluster(&self, id: &str) -> bool {
        self.clusters.iter().any(|c| c == id)
    }
}
