//! Controls shared by every chart: cluster toggles and the year range.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use super::swatch::swatch_html;
use crate::components::delegate::{each_with, target_data};
use crate::components::locale::{use_lang, use_strings};
use crate::core::atlas::Atlas;
use crate::core::chart::{Filters, Role};
use crate::core::format::decimal;
use crate::core::html::Html;

/// One toggle button per cluster; a pressed button shows its cluster.
#[component]
pub fn ClusterToggles(
    /// The dataset.
    atlas: Arc<Atlas>,
    /// The clusters shown.
    filters: RwSignal<Filters>,
) -> impl IntoView {
    let lang = use_lang();
    let s = use_strings();
    let shown = filters.get_untracked().clusters;
    let mut h = Html::new();
    for (style, cluster) in atlas.clusters().iter().enumerate() {
        h.open(
            "button",
            &[
                ("type", "button"),
                ("class", "toggle"),
                ("data-testid", &format!("cluster-toggle-{}", cluster.id)),
                ("data-cluster", &cluster.id),
                (
                    "aria-pressed",
                    if shown.contains(&cluster.id) {
                        "true"
                    } else {
                        "false"
                    },
                ),
            ],
        );
        swatch_html(&mut h, style, Role::Main);
        h.text(cluster.name.get(lang)).close("button");
    }
    let buttons = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let f = filters.read();
        each_with(&buttons, "data-cluster", |button, id| {
            let _ = button.set_attribute(
                "aria-pressed",
                if f.clusters.iter().any(|c| c == id) {
                    "true"
                } else {
                    "false"
                },
            );
        });
    });
    let order: Vec<String> = atlas.clusters().iter().map(|c| c.id.clone()).collect();
    let toggle = move |ev: leptos::ev::MouseEvent| {
        let Some(id) = target_data(&ev, "data-cluster") else {
            return;
        };
        filters.update(|f| {
            let on = !f.clusters.contains(&id);
            // In the dataset's order, so colours and legends stay put.
            f.clusters = order
                .iter()
                .filter(|c| {
                    if **c == id {
                        on
                    } else {
                        f.clusters.contains(c)
                    }
                })
                .cloned()
                .collect();
        });
    };
    view! {
        <div class="control" role="group" aria-labelledby="cluster-toggles-label">
            <span id="cluster-toggles-label" class="control-label">{s.clusters_label}</span>
            <div class="toggles" node_ref=buttons inner_html=h.finish() on:click=toggle></div>
        </div>
    }
}

/// Two handles, each a native range input (keyboard-operable), for the
/// first and last year; neither can pass the other.
#[component]
pub fn YearRange(
    /// The first and last year of the dataset.
    bounds: (i32, i32),
    /// The years shown.
    filters: RwSignal<Filters>,
) -> impl IntoView {
    let s = use_strings();
    let (min, max) = bounds;
    let from = move || filters.read().years.0;
    let to = move || filters.read().years.1;
    let set_from = move |ev: leptos::ev::Event| {
        if let Ok(year) = event_target_value(&ev).parse::<i32>() {
            filters.update(|f| f.years.0 = year.min(f.years.1));
        }
    };
    let set_to = move |ev: leptos::ev::Event| {
        if let Ok(year) = event_target_value(&ev).parse::<i32>() {
            filters.update(|f| f.years.1 = year.max(f.years.0));
        }
    };
    let span = f64::from((max - min).max(1));
    let percent = move |y: i32| f64::from(y - min) / span * 100.0;
    view! {
        <div class="control year-range" role="group" aria-labelledby="year-range-label">
            <span id="year-range-label" class="control-label">
                {s.years_label} ": "
                <output data-testid="year-range-value">{from} " – " {to}</output>
            </span>
            <div
                class="range-track"
                style=move || format!("--from:{}%;--to:{}%", decimal(percent(from()), 2), decimal(percent(to()), 2))
            >
                <input
                    type="range"
                    data-testid="year-from"
                    min=min
                    max=max
                    step="1"
                    prop:value=move || from().to_string()
                    aria-label=s.from_year
                    on:input=set_from
                />
                <input
                    type="range"
                    data-testid="year-to"
                    min=min
                    max=max
                    step="1"
                    prop:value=move || to().to_string()
                    aria-label=s.to_year
                    on:input=set_to
                />
            </div>
        </div>
    }
}
