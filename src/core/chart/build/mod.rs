//! Building a chart's view from the atlas for the reader's choices (mode,
//! clusters, years), in the reader's language: one builder a chart.

mod economy;
mod patents;
mod rd;
mod science_cities;
mod series;
mod shared;

use crate::core::chart::options::*;
use crate::core::chart::view::*;
use crate::core::chart::year_range::{tab_years, within};
use crate::core::dataset::atlas::Atlas;
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::strings;
use shared::Cx;

/// Builds the view of `chart` for the reader's options and filters, in
/// the reader's language.
pub fn chart_view(
    atlas: &Atlas,
    chart: ChartId,
    options: &ChartOptions,
    filters: &Filters,
    lang: Lang,
) -> ChartView {
    // The reader's years as this chart shows them: within its own data.
    let filters = &Filters {
        clusters: filters.clusters.clone(),
        years: within(filters.years, tab_years(atlas, Tab::Chart(chart))),
    };
    let cx = Cx {
        atlas,
        filters,
        lang,
        s: strings(lang),
    };
    match chart {
        ChartId::Economy => economy::economy(&cx, options),
        ChartId::Rd => rd::rd(&cx, options),
        ChartId::Patents => patents::patents(&cx),
        ChartId::ScienceCities => science_cities::science_cities(&cx),
        ChartId::Series(_) => match chart.series_in(atlas) {
            Some(data) => series::series_chart(&cx, chart, data),
            None => series::absent(&cx, chart),
        },
    }
}
