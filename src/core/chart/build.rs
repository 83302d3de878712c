//! Building a chart's view from the atlas for the reader's choices (mode,
//! clusters, years), in the reader's language.

use crate::core::chart::options::*;
use crate::core::chart::view::*;
use crate::core::chart::year_range::{tab_years, within};
use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::index::sort::{distinct_sorted, order_by};
use crate::core::dataset::model::EntityKind;
use crate::core::dataset::series_ids::{
    GDP, INVENTION_PATENTS, PATENTS, RD_EXPENDITURE, RD_INTENSITY, SCIENCE_RANK,
};
use crate::core::text::bilingual::Lang;
use crate::core::text::format::round_to;
use crate::core::text::strings::{Strings, strings};
use crate::core::text::unit::Unit;

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
        ChartId::Economy => economy(&cx, options),
        ChartId::Rd => rd(&cx, options),
        ChartId::Patents => patents(&cx),
        ChartId::ScienceCities => science_cities(&cx),
    }
}

/// What every view builder needs.
struct Cx<'a> {
    atlas: &'a Atlas,
    filters: &'a Filters,
    lang: Lang,
    s: &'static Strings,
}

/// Fills `{title}` and `{of}` in a template of the interface strings.
fn fill(template: &str, title: &str, of: &str) -> String {
    template.replace("{title}", title).replace("{of}", of)
}

/// A series' title, unit and notes in the reader's language.
fn series_meta(cx: &Cx, id: &str) -> (String, Unit, Vec<String>) {
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
fn years_of(cx: &Cx, series: &str) -> Vec<i32> {
    let points = cx.atlas.series(series).map_or(&[][..], |s| &s.points[..]);
    distinct_sorted(
        points
            .iter()
            .map(|p| p.year)
            .filter(|y| cx.filters.shows_year(*y)),
    )
}

/// The x extent of a view: the years with data, or the filters' years.
fn extent(series: &[SeriesView], filters: &Filters) -> (i32, i32) {
    let years = series.iter().flat_map(|s| &s.points).map(|p| p.year);
    let lo = years.clone().min().unwrap_or(filters.years.0);
    let hi = years.max().unwrap_or(filters.years.1);
    (lo, hi)
}

/// One series per visible cluster, summing its members.
fn cluster_sums(cx: &Cx, series: &str, role: Role) -> Vec<SeriesView> {
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
fn cluster_label(cx: &Cx, cluster: &str, name: &str) -> String {
    let members: Vec<_> = cx.atlas.members(cluster).collect();
    match members.as_slice() {
        [only] => fill(cx.s.label_stands_for, only.name.get(cx.lang), name),
        _ => name.to_string(),
    }
}

/// One series per entity of `entities` (style, id), within the years.
fn entity_series(cx: &Cx, series: &str, entities: &[(usize, String)]) -> Vec<SeriesView> {
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
            let points = order.into_iter().map(|i| points[i].clone()).collect();
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
fn provinces(cx: &Cx) -> Vec<(usize, String)> {
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
fn notes_with_entities(cx: &Cx, mut notes: Vec<String>, series: &[SeriesView]) -> Vec<String> {
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
struct Draft {
    kind: ChartKind,
    title: String,
    slug: &'static str,
    unit: Unit,
    series: Vec<SeriesView>,
    notes: Vec<String>,
}

/// Completes a draft: the x extent and the entity notes are derived.
fn view(cx: &Cx, id: ChartId, d: Draft) -> ChartView {
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
    }
}

fn economy(cx: &Cx, options: &ChartOptions) -> ChartView {
    let (title, unit, mut notes) = series_meta(cx, GDP);
    let s = cx.s;
    match options.economy {
        EconomyMode::Lines => view(
            cx,
            ChartId::Economy,
            Draft {
                kind: ChartKind::Lines,
                title: fill(s.title_by_cluster, &title, ""),
                slug: "gdp",
                unit,
                series: cluster_sums(cx, GDP, Role::Main),
                notes,
            },
        ),
        EconomyMode::Stacked => view(
            cx,
            ChartId::Economy,
            Draft {
                kind: ChartKind::StackedArea,
                title: fill(s.title_stacked, &title, ""),
                slug: "gdp-stacked",
                unit,
                series: cluster_sums(cx, GDP, Role::Main),
                notes,
            },
        ),
        EconomyMode::Share => {
            let mut series = cluster_sums(cx, GDP, Role::Main);
            for sv in &mut series {
                sv.points.retain_mut(|p| {
                    let Some(share) = cx.atlas.share_of_national(GDP, &sv.key, p.year) else {
                        return false;
                    };
                    p.value = Some(round_to(share, 2));
                    for c in cx.atlas.national(GDP, p.year).map_or(&[][..], |n| n.1) {
                        if !p.sources.contains(&c.source) {
                            p.sources.push(c.source.clone());
                        }
                    }
                    true
                });
            }
            notes.push(s.share_note.to_string());
            view(
                cx,
                ChartId::Economy,
                Draft {
                    kind: ChartKind::Lines,
                    title: fill(s.title_share, &title, ""),
                    slug: "gdp-share",
                    unit: Unit::Percent,
                    series,
                    notes,
                },
            )
        }
        EconomyMode::Members => {
            let clusters = cx.atlas.clusters();
            let index = clusters
                .iter()
                .position(|c| c.id == options.members_of)
                .unwrap_or(0);
            let cluster = clusters.get(index);
            // Numbered from the cluster's own style, so that the first
            // member (or the only one) keeps the cluster's colour.
            let members: Vec<(usize, String)> = cluster
                .map(|c| {
                    cx.atlas
                        .members(&c.id)
                        .enumerate()
                        .map(|(i, e)| (index + i, e.id.clone()))
                        .collect()
                })
                .unwrap_or_default();
            let name = cluster.map_or("", |c| c.name.get(cx.lang));
            // One member standing in for the cluster is named as what is drawn.
            let stand_in = match members.as_slice() {
                [(_, only)] => cx.atlas.entity(only),
                _ => None,
            };
            let title = stand_in.map_or_else(
                || fill(s.title_members, &title, name),
                |e| fill(s.title_stand_in, &title, e.name.get(cx.lang)).replace("{cluster}", name),
            );
            view(
                cx,
                ChartId::Economy,
                Draft {
                    kind: ChartKind::Lines,
                    title,
                    slug: "gdp-members",
                    unit,
                    series: entity_series(cx, GDP, &members),
                    notes,
                },
            )
        }
    }
}

fn rd(cx: &Cx, options: &ChartOptions) -> ChartView {
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

fn patents(cx: &Cx) -> ChartView {
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

fn science_cities(cx: &Cx) -> ChartView {
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
