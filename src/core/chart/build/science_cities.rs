//! The science cities chart: each cluster's rank, 1 on top.

use super::shared::*;
use crate::core::chart::options::*;
use crate::core::chart::view::*;
use crate::core::dataset::series_ids::SCIENCE_RANK;

/// The view of the science cities chart.
pub(super) fn science_cities(cx: &Cx) -> ChartView {
    let (title, unit, notes) = series_meta(cx, SCIENCE_RANK);
    let mut cities: Vec<String> = Vec::new();
    for p in cx.atlas.series(SCIENCE_RANK).map_or(&[][..], |s| &s.points) {
        if !cities.contains(&p.entity) {
            cities.push(p.entity.clone());
        }
    }
    let numbered: Vec<(usize, String)> = cities.into_iter().enumerate().collect();
    let mut series = entity_series(cx, SCIENCE_RANK, &numbered);
    series.retain(|sv| !sv.points.is_empty());
    for sv in &mut series {
        let chinese = cx
            .atlas
            .entity(&sv.key)
            .and_then(|e| e.country.as_ref())
            .is_some_and(|c| c.en.starts_with("China"));
        sv.role = if chinese { Role::Main } else { Role::Context };
    }
    view(
        cx,
        ChartId::ScienceCities,
        Draft {
            kind: ChartKind::Bump,
            title: fill(cx.s.title_rank, &title, ""),
            slug: "science-cities",
            unit,
            series,
            notes,
        },
    )
}
