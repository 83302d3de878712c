//! The charts section: shared controls, one tab per chart, the chart shown.

mod controls;
pub use controls::ClusterToggles;
mod figures;
mod legend;
mod modes;
mod panel;
mod swatch;
mod table;

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use controls::YearRange;
use figures::HeadlineFigures;
use modes::{EconomyModes, RdModes};
use panel::ChartPanel;

use super::delegate::{each_with, focus_id, target_data};
use super::locale::use_strings;
use super::state::Shared;
use crate::core::atlas::Atlas;
use crate::core::chart::{ChartId, ChartOptions};
use crate::core::html::Html;
use crate::core::strings::Strings;

/// A tab of the charts section: a chart, or the headline figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tab {
    Chart(ChartId),
    Figures,
}

impl Tab {
    const ALL: [Tab; 5] = [
        Tab::Chart(ChartId::Economy),
        Tab::Chart(ChartId::Rd),
        Tab::Chart(ChartId::Patents),
        Tab::Chart(ChartId::ScienceCities),
        Tab::Figures,
    ];

    fn slug(self) -> &'static str {
        match self {
            Tab::Chart(c) => c.slug(),
            Tab::Figures => "figures",
        }
    }

    fn from_slug(slug: &str) -> Option<Tab> {
        Tab::ALL.into_iter().find(|t| t.slug() == slug)
    }

    fn label(self, s: &Strings) -> &'static str {
        match self {
            Tab::Chart(ChartId::Economy) => s.tab_economy,
            Tab::Chart(ChartId::Rd) => s.tab_rd,
            Tab::Chart(ChartId::Patents) => s.tab_patents,
            Tab::Chart(ChartId::ScienceCities) => s.tab_science,
            Tab::Figures => s.tab_figures,
        }
    }
}

/// Charts of the clusters with their shared controls.
#[component]
pub fn ChartsSection(
    /// The dataset.
    atlas: Arc<Atlas>,
    /// State shared with the timeline.
    shared: Shared,
) -> impl IntoView {
    let s = use_strings();
    let bounds = atlas.year_extent().unwrap_or((0, 0));
    let filters = shared.filters;
    let options = RwSignal::new(ChartOptions::default());
    let tab = RwSignal::new(Tab::Chart(ChartId::Economy));
    let hidden: [RwSignal<Vec<String>>; 4] = std::array::from_fn(|_| RwSignal::new(Vec::new()));

    let tab_list = NodeRef::<Div>::new();
    let mut h = Html::new();
    for t in Tab::ALL {
        let selected = t == Tab::Chart(ChartId::Economy);
        h.element(
            "button",
            &[
                ("type", "button"),
                ("role", "tab"),
                ("id", &format!("tab-{}", t.slug())),
                ("class", "tab"),
                ("data-testid", &format!("tab-{}", t.slug())),
                ("data-tab", t.slug()),
                ("aria-controls", "chart-tabpanel"),
                ("aria-selected", if selected { "true" } else { "false" }),
                ("tabindex", if selected { "0" } else { "-1" }),
            ],
            t.label(s),
        );
    }
    Effect::new(move |_| {
        let current = tab.get().slug();
        each_with(&tab_list, "data-tab", |button, slug| {
            let selected = slug == current;
            let _ = button.set_attribute("aria-selected", if selected { "true" } else { "false" });
            let _ = button.set_attribute("tabindex", if selected { "0" } else { "-1" });
        });
    });
    let on_tab_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(t) = target_data(&ev, "data-tab").and_then(|slug| Tab::from_slug(&slug)) {
            tab.set(t);
        }
    };
    let on_tab_key = move |ev: leptos::ev::KeyboardEvent| {
        let current = Tab::ALL
            .iter()
            .position(|t| *t == tab.get_untracked())
            .unwrap_or(0);
        let next = match ev.key().as_str() {
            "ArrowRight" => (current + 1) % Tab::ALL.len(),
            "ArrowLeft" => (current + Tab::ALL.len() - 1) % Tab::ALL.len(),
            "Home" => 0,
            "End" => Tab::ALL.len() - 1,
            _ => return,
        };
        ev.prevent_default();
        tab.set(Tab::ALL[next]);
        focus_id(&format!("tab-{}", Tab::ALL[next].slug()));
    };

    let a = atlas.clone();
    let panel = move || {
        let atlas = a.clone();
        match tab.get() {
            Tab::Chart(chart) => {
                let index = ChartId::ALL.iter().position(|c| *c == chart).unwrap_or(0);
                let modes = match chart {
                    ChartId::Economy => Some(
                        view! { <EconomyModes atlas=atlas.clone() options=options/> }.into_any(),
                    ),
                    ChartId::Rd => Some(view! { <RdModes options=options/> }.into_any()),
                    _ => None,
                };
                view! {
                    {modes}
                    <ChartPanel atlas=atlas chart=chart shared=shared options=options hidden=hidden[index]/>
                }
                .into_any()
            }
            Tab::Figures => view! { <HeadlineFigures atlas=atlas filters=filters/> }.into_any(),
        }
    };
    view! {
        <section id="charts" class="charts" aria-labelledby="charts-heading">
            <h2 id="charts-heading">{s.charts_heading}</h2>
            <p class="section-intro">{s.charts_intro}</p>
            <div class="shared-controls">
                <ClusterToggles atlas=atlas.clone() filters=filters/>
                <YearRange bounds=bounds filters=filters/>
            </div>
            <div
                class="tabs"
                role="tablist"
                aria-labelledby="charts-heading"
                node_ref=tab_list
                inner_html=h.finish()
                on:click=on_tab_click
                on:keydown=on_tab_key
            ></div>
            <div
                id="chart-tabpanel"
                class="tabpanel"
                role="tabpanel"
                aria-labelledby=move || format!("tab-{}", tab.get().slug())
            >
                {panel}
            </div>
        </section>
    }
}
