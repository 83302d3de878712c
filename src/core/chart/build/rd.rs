//! The R&D chart: expenditure by cluster or by province, or its
//! intensity with the national level.

use super::shared::*;
use crate::core::chart::options::*;
use crate::core::chart::view::*;
use crate::core::dataset::model::EntityKind;
use crate::core::dataset::series_ids::{RD_EXPENDITURE, RD_INTENSITY};

/// The view of the R&D chart in the reader's mode.
pub(super) fn rd(cx: &Cx, options: &ChartOptions) -> ChartView {
    let s = cx.s;
    match (options.rd_metric, options.rd_grouping) {
        (RdMetric::Expenditure, Grouping::Cluster) => {
            let (title, unit, notes) = series_meta(cx, RD_EXPENDITURE);
            view(
                cx,
                ChartId::Rd,
                Draft {
                    kind: ChartKind::Lines,
                    title: fill(s.title_by_cluster, &title, ""),
                    slug: "rd-expenditure",
                    unit,
                    series: cluster_sums(cx, RD_EXPENDITURE, Role::Main),
                    notes,
                },
            )
        }
        (RdMetric::Expenditure, Grouping::Province) => {
            let (title, unit, notes) = series_meta(cx, RD_EXPENDITURE);
            view(
                cx,
                ChartId::Rd,
                Draft {
                    kind: ChartKind::Lines,
                    title: fill(s.title_by_province, &title, ""),
                    slug: "rd-expenditure-provinces",
                    unit,
                    series: entity_series(cx, RD_EXPENDITURE, &provinces(cx)),
                    notes,
                },
            )
        }
        (RdMetric::Intensity, _) => {
            let (title, unit, notes) = series_meta(cx, RD_INTENSITY);
            let mut series = entity_series(cx, RD_INTENSITY, &provinces(cx));
            let national: Vec<(usize, String)> = cx
                .atlas
                .entities()
                .iter()
                .filter(|e| e.kind == EntityKind::Country)
                .map(|e| (0, e.id.clone()))
                .collect();
            for mut reference in entity_series(cx, RD_INTENSITY, &national) {
                reference.role = Role::Reference;
                series.push(reference);
            }
            view(
                cx,
                ChartId::Rd,
                Draft {
                    kind: ChartKind::Lines,
                    title: fill(s.title_intensity, &title, ""),
                    slug: "rd-intensity",
                    unit,
                    series,
                    notes,
                },
            )
        }
    }
}
