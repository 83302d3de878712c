//! The ids of the series the built-in charts read (and the cluster cards
//! sum: GDP, R&D expenditure, patents granted). A dataset may hold any
//! series; a chart lacking one of its series is not shown (see
//! [`crate::core::chart::options::Tab::available`]).

/// Gross domestic product by province (unit `100m-yuan`): the economy chart.
pub const GDP: &str = "gdp";
/// R&D expenditure by province (unit `100m-yuan`): the R&D chart.
pub const RD_EXPENDITURE: &str = "rd-expenditure";
/// R&D expenditure as a share of GDP by province (unit `percent`): the R&D chart.
pub const RD_INTENSITY: &str = "rd-intensity";
/// Patents granted by province (unit `patents`): the patents chart.
pub const PATENTS: &str = "patents-granted";
/// Invention patents granted by province (unit `patents`): the patents chart.
pub const INVENTION_PATENTS: &str = "invention-patents";
/// Nature Index science-city rank by city (unit `rank`): the science cities chart.
pub const SCIENCE_RANK: &str = "science-city-rank";
/// Nature Index Share by city (unit `score`): stated for a few cities and
/// editions only, it is kept with the science cities chart's ranks, not
/// drawn (see [`crate::core::chart::tabs::ChartId::set_aside`]).
pub const SCIENCE_SHARE: &str = "science-city-share";
