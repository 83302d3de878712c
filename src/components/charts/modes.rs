//! The charts' own controls: the economy chart's modes and the R&D chart's
//! measure and grouping, as groups of radio buttons (and a menu).

use crate::components::effect::effect;
use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use crate::core::page::contract::Data;
use wasm_bindgen::JsCast;

use crate::components::delegate::{Parts, each_with, target_data};
use crate::components::locale::{use_lang, use_strings};
use crate::core::chart::options::{ChartId, ChartOptions, EconomyMode, Grouping, RdMetric};
use crate::core::dataset::atlas::Atlas;
use crate::core::page::html::Html;

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
    let choice = target_data(ev, Data::Choice)?;
    let (name, value) = choice.split_once('=')?;
    Some((name.to_string(), value.to_string()))
}

/// The chart's own controls: for the economy chart its mode (lines,
/// stacked, share of national, or members of one cluster), for the R&D
/// chart its measure (expenditure or intensity) and grouping (by cluster
/// or by province); nothing for the others.
#[component]
pub fn ChartModes(
    /// The dataset.
    atlas: Arc<Atlas>,
    /// Which chart.
    chart: ChartId,
    /// The charts' options.
    options: RwSignal<ChartOptions>,
) -> impl IntoView {
    let lang = use_lang();
    let s = use_strings();
    let clusters = atlas.clusters().to_vec();
    let first = clusters.first().map(|c| c.id.clone()).unwrap_or_default();
    let mut h = Html::new();
    match chart {
        ChartId::Economy => {
            let labels = [s.mode_lines, s.mode_stacked, s.mode_share, s.mode_members];
            let choices: Vec<(&str, &str)> = EconomyMode::ALL
                .iter()
                .map(|m| m.slug())
                .zip(labels)
                .collect();
            choice_html(&mut h, "economy-mode", s.mode_label, &choices);
            h.open(
                "select",
                &[
                    ("class", "select"),
                    ("data-testid", "members-of"),
                    ("data-members", ""),
                    ("aria-label", s.mode_members),
                ],
            );
            for c in &clusters {
                h.element("option", &[("value", &c.id)], c.name.get(lang));
            }
            h.close("select");
        }
        ChartId::Rd => {
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
            choice_html(&mut h, "rd-metric", s.rd_metric_label, &metrics);
            choice_html(&mut h, "rd-grouping", s.grouping_label, &groupings);
            h.element(
                "p",
                &[("class", "mode-note"), ("hidden", "")],
                s.intensity_by_province,
            );
        }
        _ => {}
    }
    let root = NodeRef::<Div>::new();
    let parts = Parts::new(root);
    effect(move || {
        let o = options.read();
        let intensity = o.rd_metric == RdMetric::Intensity;
        let grouping = if intensity {
            Grouping::Province
        } else {
            o.rd_grouping
        };
        let checked = [
            format!("economy-mode={}", o.economy.slug()),
            format!("rd-metric={}", o.rd_metric.slug()),
            format!("rd-grouping={}", grouping.slug()),
        ];
        sync_choices(
            &root,
            &checked,
            if intensity { &["rd-grouping"] } else { &[] },
        );
        // The note is the R&D chart's, the cluster menu the economy chart's.
        if chart == ChartId::Rd
            && let Some(note) = parts.find_at(".mode-note")
        {
            let _ = note.toggle_attribute_with_force("hidden", !intensity);
        }
        if chart == ChartId::Economy
            && let Some(select) = parts
                .find_at("[data-members]")
                .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
        {
            let chosen = if o.members_of.is_empty() {
                &first
            } else {
                &o.members_of
            };
            select.set_value(chosen);
            select.set_disabled(o.economy != EconomyMode::Members);
        }
    });
    let on_change = move |ev: leptos::ev::Event| {
        if target_data(&ev, Data::Members).is_some() {
            let id = event_target_value(&ev);
            options.update(|o| o.members_of = id);
            return;
        }
        let Some((name, value)) = changed(&ev) else {
            return;
        };
        options.update(|o| match name.as_str() {
            "economy-mode" => {
                if let Some(m) = EconomyMode::ALL.into_iter().find(|m| m.slug() == value) {
                    o.economy = m;
                }
            }
            "rd-metric" => {
                if let Some(m) = RdMetric::ALL.into_iter().find(|m| m.slug() == value) {
                    o.rd_metric = m;
                }
            }
            _ => {
                if let Some(g) = Grouping::ALL.into_iter().find(|g| g.slug() == value) {
                    o.rd_grouping = g;
                }
            }
        });
    };
    view! { <div class="chart-modes" node_ref=root inner_html=h.finish() on:change=on_change></div> }
}
