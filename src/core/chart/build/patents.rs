//! The patents chart: all and invention patents by cluster.

use super::shared::*;
use crate::core::chart::options::*;
use crate::core::chart::view::*;
use crate::core::dataset::series_ids::{INVENTION_PATENTS, PATENTS};

/// The view of the patents chart.
pub(super) fn patents(cx: &Cx) -> ChartView {
    let (_, unit, mut notes) = series_meta(cx, PATENTS);
    let (_, _, invention_notes) = series_meta(cx, INVENTION_PATENTS);
    notes.extend(invention_notes);
    let all = cluster_sums(cx, PATENTS, Role::Background);
    let invention = cluster_sums(cx, INVENTION_PATENTS, Role::Main);
    let mut series = Vec::new();
    for (mut a, mut i) in all.into_iter().zip(invention) {
        a.label = fill(cx.s.label_all_patents, "", &a.label);
        a.key = format!("{}:all", a.key);
        i.label = fill(cx.s.label_invention_patents, "", &i.label);
        i.key = format!("{}:invention", i.key);
        series.push(a);
        series.push(i);
    }
    view(
        cx,
        ChartId::Patents,
        Draft {
            kind: ChartKind::Bars,
            title: cx.s.title_patents.to_string(),
            slug: "patents",
            unit,
            series,
            notes,
        },
    )
}
