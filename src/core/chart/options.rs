//! What the reader chooses for the charts: which chart, which tab, the
//! economy chart's mode, the R&D measure, grouping, and the shared filters.

use crate::core::dataset::atlas::Atlas;

pub use crate::core::chart::tabs::{ChartId, Tab, charted};

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

    /// The filters after cluster `id` is chosen on the map: that cluster
    /// alone, or every cluster if it was shown alone already.
    pub fn choose_cluster(&self, atlas: &Atlas, id: &str) -> Filters {
        Filters {
            clusters: if self.alone(id) {
                Filters::all(atlas).clusters
            } else {
                vec![id.to_string()]
            },
            years: self.years,
        }
    }

    /// Whether cluster `id` is shown alone (chosen on the map).
    pub fn alone(&self, id: &str) -> bool {
        self.clusters.len() == 1 && self.clusters[0] == id
    }

    /// Whether the reader shows cluster `id`.
    pub(crate) fn shows_cluster(&self, id: &str) -> bool {
        self.clusters.iter().any(|c| c == id)
    }
}
