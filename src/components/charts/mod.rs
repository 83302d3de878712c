//! The charts section: shared controls, one tab per chart, the chart shown.

mod controls;
pub use controls::SharedControls;
mod figures;
mod modes;
mod panel;

use crate::components::effect::effect;
use crate::components::listener::listener;
use std::sync::Arc;

use leptos::either::Either;
use leptos::html::Div;
use leptos::prelude::*;

use crate::core::page::contract::Data;

use figures::HeadlineFigures;
use modes::ChartModes;
use panel::ChartPanel;

use super::delegate::{Parts, each_with, target_data};
use super::locale::{use_lang, use_strings};
use super::state::Shared;
use crate::core::chart::keys::tab_move;
use crate::core::chart::options::Tab;
use crate::core::dataset::atlas::Atlas;
use crate::core::link::permalink::Focus;
use crate::core::page::chart::tabs::{tab_label, tabs_html};

/// One tab's content: a chart with its modes, or the headline figures.
#[component]
pub fn TabContent(
    /// The dataset.
    atlas: Arc<Atlas>,
    /// The reader's state.
    shared: Shared,
    /// Which tab.
    tab: Tab,
    /// Whether the tab is shown alone (embedded), without the tabs that
    /// name it: the chart's title then comes before its modes, and its
    /// notes start closed.
    embedded: bool,
) -> impl IntoView {
    let options = shared.options;
    match tab {
        Tab::Chart(chart) => {
            let hidden = shared.hidden[chart.legend_slot()];
            Either::Left(view! {
                <ChartModes atlas=atlas.clone() chart=chart options=options/>
                <ChartPanel
                    atlas=atlas
                    chart=chart
                    shared=shared
                    options=options
                    hidden=hidden
                    embedded=embedded
                />
            })
        }
        Tab::Figures => {
            Either::Right(view! { <HeadlineFigures atlas=atlas filters=shared.filters/> })
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
    /// Whether to scroll the charts into view once shown (they are what a
    /// link opened).
    scroll_to: bool,
) -> impl IntoView {
    let s = use_strings();
    let filters = shared.filters;
    let tab = shared.tab;

    let tab_list = NodeRef::<Div>::new();
    // Only the charts whose series the dataset has.
    let tabs = Tab::available(&atlas);
    let lang = use_lang();
    let labels: Vec<_> = tabs
        .iter()
        .map(|&t| (t, tab_label(t, &atlas, lang, s)))
        .collect();
    let tabs_markup = tabs_html(&labels, tab.get_untracked());
    effect(move || {
        let current = tab.get().slug();
        each_with(&tab_list, Data::Tab, |button, slug| {
            let selected = slug == current;
            let _ = button.set_attribute("aria-selected", if selected { "true" } else { "false" });
            let _ = button.set_attribute("tabindex", if selected { "0" } else { "-1" });
        });
    });
    let on_tab_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(t) = target_data(&ev, Data::Tab).and_then(|slug| Tab::from_slug(&slug)) {
            shared.focus.set(Focus::Charts);
            tab.set(t);
        }
    };
    let charted = !tabs.is_empty();
    let on_tab_key = move |ev: leptos::ev::KeyboardEvent| {
        let current = tabs
            .iter()
            .position(|t| *t == tab.get_untracked())
            .unwrap_or(0);
        let Some(step) = tab_move(&ev.key()) else {
            return;
        };
        ev.prevent_default();
        let Some(&next) = tabs.get(step.to(current, tabs.len())) else {
            return;
        };
        shared.focus.set(Focus::Charts);
        tab.set(next);
        Parts::new(tab_list).focus(next);
    };

    let a = atlas.clone();
    // The tab whose panel is shown: kept while a story's step hides the
    // charts, so that a step elsewhere builds no panel nobody sees.
    let shown = RwSignal::new(tab.get_untracked());
    effect(move || {
        if !shared.hidden_by_story(Focus::Charts) && shown.get_untracked() != tab.get() {
            shown.set(tab.get_untracked());
        }
    });
    // No panel where there is no tab: no chart of series the dataset lacks.
    let panel = move || {
        charted.then(
            || view! { <TabContent atlas=a.clone() shared=shared tab=shown.get() embedded=false/> },
        )
    };
    let section = NodeRef::<leptos::html::Section>::new();
    if scroll_to {
        effect(move || {
            if let Some(section) = section.get() {
                section.scroll_into_view();
            }
        });
    }
    view! {
        // Hidden for a dataset with nothing to chart (a file of milestones).
        <section
            id="charts"
            class=if charted { "charts" } else { "charts is-empty" }
            aria-labelledby="charts-heading"
            node_ref=section
        >
            <h2 id="charts-heading">{s.charts_heading}</h2>
            <p class="section-intro">{s.charts_intro}</p>
            <div class="shared-controls">
                <SharedControls atlas=atlas.clone() filters=filters tab=tab years=true/>
            </div>
            <div
                class="tabs"
                role="tablist"
                aria-labelledby="charts-heading"
                node_ref=tab_list
                inner_html=tabs_markup
                on:click=listener(on_tab_click)
                on:keydown=listener(on_tab_key)
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
