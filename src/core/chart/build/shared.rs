//! What every builder shares: the reader's context, series summed by
//! cluster or one per entity, their years and notes, and a draft's
//! completion into a view.

use crate::core::chart::options::*;
use crate::core::chart::view::*;
use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::index::sort::{distinct_sorted, order_by};
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::Strings;
use crate::core::text::unit::Unit;

/// What every view builder needs.
pub(super) struct Cx<'a> {
    pub(super) atlas: &'a Atlas,
    pub(super) filters: &'a Filters,
    pub(super) lang: Lang,
    pub(super) s: &'static Strings,
}

/// Fills `{title}` and `{of}` in a template of the interface strings.
pub(super) fn fill(template: &str, title: &str, of: &str) -> String {
    template.replace("{title}", title).replace("{of}", of)
}

/// A series' title, unit and notes in the reader's language.
pub(super) fn series_meta(cx: &Cx, id: &str) -> (String, Unit, Vec<String>) {
    cx.atlas.series(id).map_or_else(
        || (id.to_string(), Unit::Custom(String::new()), Vec::new()),
        |s| {
            (
                s.title.get(cx.lang).to_string(),
                s.unit.clone(),
                s.notes.iter().map(|n| n.get(cx.lang).to_string()).collect(),
            )
        },
    )
}

/// Years of a series within the filters, in order.
pub(super) fn years_of(cx: &Cx, series: &str) -> Vec<i32> {
    let points = cx.atlas.series(series).map_or(&[][..], |s| &s.points[..]);
    distinct_sorted(
        points
            .iter()
            .map(|p| p.year)
            .filter(|y| cx.filters.shows_year(*y)),
    )
}

/// The x extent of a view: the years with data, or the filters' years.
pub(super) fn extent(series: &[SeriesView], filters: &Filters) -> (i32, i32) {
    let years = series.iter().flat_map(|s| &s.points).map(|p| p.year);
    let lo = years.clone().min().unwrap_or(filters.years.0);
    let hi = years.max().unwrap_or(filters.years.1);
    (lo, hi)
}

/// One series per visible cluster, summing its members.
pub(super) fn cluster_sums(cx: &Cx, series: &str, role: Role) -> Vec<SeriesView> {
    let years = years_of(cx, series);
    cx.atlas
        .clusters()
        .iter()
        .enumerate()
        .filter(|(_, c)| cx.filters.shows_cluster(&c.id))
        .map(|(i, c)| SeriesView {
            key: c.id.clone(),
            label: cluster_label(cx, &c.id, c.name.get(cx.lang)),
            style: i,
            role,
            points: years
                .iter()
                .filter_map(|&year| {
                    let total = cx.atlas.cluster_total(series, &c.id, year)?;
                    Some(PointView {
                        year,
                        value: Some(total.value),
                        sources: total.sources,
                        note: None,
                    })
                })
                .collect(),
        })
        .collect()
}

/// A cluster's name, and where one member's statistics stand for the
/// cluster (Guangdong for the Greater Bay Area), that member's name too,
/// so that no sum passes for the cluster's total.
pub(super) fn cluster_label(cx: &Cx, cluster: &str, name: &str) -> String {
    let members: Vec<_> = cx.atlas.members(cluster).collect();
    match members.as_slice() {
        [only] => fill(cx.s.label_stands_for, only.name.get(cx.lang), name),
        _ => name.to_string(),
    }
}

/// One series per entity of `entities` (style, id), within the years.
pub(super) fn entity_series(
    cx: &Cx,
    series: &str,
    entities: &[(usize, String)],
) -> Vec<SeriesView> {
    let Some(data) = cx.atlas.series(series) else {
        return Vec::new();
    };
    entities
        .iter()
        .filter_map(|(style, id)| {
            let entity = cx.atlas.entity(id)?;
            let points: Vec<PointView> = data
                .points
                .iter()
                .filter(|p| &p.entity == id && cx.filters.shows_year(p.year))
                .map(|p| PointView {
                    year: p.year,
                    value: p.value,
                    sources: p.sources.iter().map(|c| c.source.clone()).collect(),
                    note: p.note.as_ref().map(|n| n.get(cx.lang).to_string()),
                })
                .collect();
            let order = order_by(points.iter().map(|p| i64::from(p.year)));
            let points = order
                .into_iter()
                .filter_map(|i| points.get(i).cloned())
                .collect();
            Some(SeriesView {
                key: id.clone(),
                label: entity.name.get(cx.lang).to_string(),
                style: *style,
                role: Role::Main,
                points,
            })
        })
        .collect()
}

/// Members of the visible clusters as (style, id), numbered across all
/// clusters so that a province keeps its colour whatever else is shown.
pub(super) fn provinces(cx: &Cx) -> Vec<(usize, String)> {
    cx.atlas
        .clusters()
        .iter()
        .flat_map(|c| {
            cx.atlas
                .members(&c.id)
                .map(move |e| (c.id.as_str(), e.id.clone()))
        })
        .enumerate()
        .filter(|(_, (cluster, _))| cx.filters.shows_cluster(cluster))
        .map(|(i, (_, id))| (i, id))
        .collect()
}

/// The series' notes, then those of the entities shown (such as Guangdong
/// standing in for the Greater Bay Area), each once.
pub(super) fn notes_with_entities(
    cx: &Cx,
    mut notes: Vec<String>,
    series: &[SeriesView],
) -> Vec<String> {
    let atlas = cx.atlas;
    let entities = series.iter().flat_map(|s| {
        let key = s.key.split(':').next().unwrap_or_default();
        let own = atlas.entity(key).into_iter();
        let members = atlas
            .cluster(key)
            .into_iter()
            .flat_map(|c| atlas.members(&c.id));
        own.chain(members)
    });
    for note in entities.filter_map(|e| e.note.as_ref()) {
        let note = note.get(cx.lang).to_string();
        if !notes.contains(&note) {
            notes.push(note);
        }
    }
    notes
}

/// A view before its x extent and entity notes are derived.
pub(super) struct Draft {
    pub(super) kind: ChartKind,
    pub(super) title: String,
    pub(super) slug: &'static str,
    pub(super) unit: Unit,
    pub(super) series: Vec<SeriesView>,
    pub(super) notes: Vec<String>,
}

/// Completes a draft: the x extent and the entity notes are derived.
pub(super) fn view(cx: &Cx, id: ChartId, d: Draft) -> ChartView {
    ChartView {
        id,
        kind: d.kind,
        title: d.title,
        slug: d.slug.to_string(),
        unit: d.unit,
        years: extent(&d.series, cx.filters),
        notes: notes_with_entities(cx, d.notes, &d.series),
        series: d.series,
        decimated: false,
        joined: false,
    }
}
