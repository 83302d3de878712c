//! The charts' own controls: the economy chart's modes and the R&D chart's
//! measure and grouping, as groups of radio buttons.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::delegate::{each_with, target_data};
use crate::components::locale::{use_lang, use_strings};
use crate::core::atlas::Atlas;
use crate::core::chart::{ChartOptions, EconomyMode, Grouping, RdMetric};
use crate::core::html::Html;

/// Writes a group of radio buttons named `name`, styled as a segmented
/// control; `choices` are (value, label).
fn choice_html(h: &mut Html, name: &str, legend: &str, choices: &[(&str, &str)]) {
    h.open("fieldset", &[("class", "choice")])
        .element("legend", &[("class", "control-label")], legend)
        .open("div", &[("class", "segments")]);
    for (value, label) in choices {
        h.open("label", &[("class", "segment")]);
        h.open(
            "input",
            &[
                ("type", "radio"),
                ("name", name),
                ("value", value),
                ("data-choice", &format!("{name}={value}")),
                ("data-testid", &format!("{name}-{value}")),
            ],
        );
        h.element("span", &[], label).close("label");
    }
    h.close("div").close("fieldset");
}

/// Checks the radio button of each group's current value and disables the
/// groups in `disabled`.
fn sync_choices(root: &NodeRef<Div>, checked: &[String], disabled: &[&str]) {
    each_with(root, "data-choice", |input, choice| {
        if let Some(input) = input.dyn_ref::<web_sys::HtmlInputElement>() {
            input.set_checked(checked.iter().any(|c| c == choice));
            input.set_disabled(
                disabled
                    .iter()
                    .any(|name| choice.starts_with(&format!("{name}="))),
            );
        }
    });
}

/// The (group, value) of a changed radio button.
fn changed(ev: &leptos::ev::Event) -> Option<(String, String)> {
    let choice = target_data(ev, "data-choice")?;
    let (name, value) = choice.split_once('=')?;
    Some((name.to_string(), value.to_string()))
}

/// Lines, stacked, share of national, or members of one cluster.
#[component]
pub fn EconomyModes(
    /// The dataset.
    atlas: Arc<Atlas>,
    /// The charts' options.
    options: RwSignal<ChartOptions>,
) -> impl IntoView {
    let lang = use_lang();
    let s = use_strings();
    let labels = [s.mode_lines, s.mode_stacked, s.mode_share, s.mode_members];
    let choices: Vec<(&str, &str)> = EconomyMode::ALL
        .iter()
        .map(|m| m.slug())
        .zip(labels)
        .collect();
    let mut h = Html::new();
    choice_html(&mut h, "economy-mode", s.mode_label, &choices);
    let root = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let checked = [format!("economy-mode={}", options.read().economy.slug())];
        sync_choices(&root, &checked, &[]);
    });
    let on_change = move |ev: leptos::ev::Event| {
        if let Some((_, value)) = changed(&ev)
            && let Some(mode) = EconomyMode::ALL.into_iter().find(|m| m.slug() == value)
        {
            options.update(|o| o.economy = mode);
        }
    };
    let clusters = atlas.clusters().to_vec();
    let first = clusters.first().map(|c| c.id.clone()).unwrap_or_default();
    let members_of = move || {
        let chosen = options.read().members_of.clone();
        if chosen.is_empty() {
            first.clone()
        } else {
            chosen
        }
    };
    view! {
        <div class="chart-modes">
            <div class="choices" node_ref=root inner_html=h.finish() on:change=on_change></div>
            <select
                class="select"
                data-testid="members-of"
                aria-label=s.mode_members
                prop:value=members_of
                disabled=move || options.read().economy != EconomyMode::Members
                on:change=move |ev| {
                    let id = event_target_value(&ev);
                    options.update(|o| o.members_of = id);
                }
            >
                {clusters.into_iter().map(|c| view! { <option value=c.id.clone()>{c.name.get(lang).to_string()}</option> }).collect_view()}
            </select>
        </div>
    }
}

/// Expenditure or intensity; by cluster or by province.
#[component]
pub fn RdModes(
    /// The charts' options.
    options: RwSignal<ChartOptions>,
) -> impl IntoView {
    let s = use_strings();
    let metrics: Vec<(&str, &str)> = RdMetric::ALL
        .iter()
        .map(|m| m.slug())
        .zip([s.rd_expenditure, s.rd_intensity])
        .collect();
    let groupings: Vec<(&str, &str)> = Grouping::ALL
        .iter()
        .map(|g| g.slug())
        .zip([s.grouping_cluster, s.grouping_province])
        .collect();
    let mut h = Html::new();
    choice_html(&mut h, "rd-metric", s.rd_metric_label, &metrics);
    choice_html(&mut h, "rd-grouping", s.grouping_label, &groupings);
    let root = NodeRef::<Div>::new();
    let intensity = move || options.read().rd_metric == RdMetric::Intensity;
    Effect::new(move |_| {
        let o = options.read();
        let grouping = if intensity() {
            Grouping::Province
        } else {
            o.rd_grouping
        };
        let checked = [
            format!("rd-metric={}", o.rd_metric.slug()),
            format!("rd-grouping={}", grouping.slug()),
        ];
        sync_choices(
            &root,
            &checked,
            if intensity() { &["rd-grouping"] } else { &[] },
        );
    });
    let on_change = move |ev: leptos::ev::Event| match changed(&ev) {
        Some((name, value)) if name == "rd-metric" => {
            if let Some(m) = RdMetric::ALL.into_iter().find(|m| m.slug() == value) {
                options.update(|o| o.rd_metric = m);
            }
        }
        Some((_, value)) => {
            if let Some(g) = Grouping::ALL.into_iter().find(|g| g.slug() == value) {
                options.update(|o| o.rd_grouping = g);
            }
        }
        None => {}
    };
    view! {
        <div class="chart-modes">
            <div class="choices" node_ref=root inner_html=h.finish() on:change=on_change></div>
            <p class="mode-note" hidden=move || !intensity()>{s.intensity_by_province}</p>
        </div>
    }
}
