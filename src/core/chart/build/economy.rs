//! The economy chart: GDP by cluster, stacked, as a share of the
//! national total, or by member.

use super::shared::*;
use crate::core::chart::options::*;
use crate::core::chart::view::*;
use crate::core::dataset::series_ids::GDP;
use crate::core::text::format::round_to;
use crate::core::text::unit::Unit;

/// The view of the economy chart in the reader's mode.
pub(super) fn economy(cx: &Cx, options: &ChartOptions) -> ChartView {
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
