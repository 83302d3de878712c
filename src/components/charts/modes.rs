//! The charts' own controls: the economy chart's modes and the R&D chart's
//! measure and grouping, written by `core::page::chart::modes`, kept in
//! step with the options by one effect and changed by one listener.

use crate::components::effect::effect;
use crate::components::listener::listener;
use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use wasm_bindgen::JsCast;

use crate::components::delegate::{Parts, target_data};
use crate::components::locale::{use_lang, use_strings};
use crate::core::chart::options::{ChartId, ChartOptions, EconomyMode, Grouping, RdMetric};
use crate::core::dataset::atlas::Atlas;
use crate::core::page::chart::modes::{ModeGroup, ModesPart, modes_html};
use crate::core::page::contract::{Data, Name};

/// Checks the radio button of each group's current value and disables the
/// groups in `disabled`.
fn sync_choices(parts: &Parts, checked: &[String], disabled: &[ModeGroup]) {
    parts.each_with(Data::Choice, |input, choice| {
        if let Some(input) = input.dyn_ref::<web_sys::HtmlInputElement>() {
            input.set_checked(checked.iter().any(|c| c == choice));
            let group = ModeGroup::of_choice(choice).map(|(g, _)| g);
            input.set_disabled(group.is_some_and(|g| disabled.contains(&g)));
        }
    });
}

/// Sets the option of `group` to the choice `value`, if it names one.
fn choose(o: &mut ChartOptions, group: ModeGroup, value: &str) {
    match group {
        ModeGroup::EconomyMode => {
            if let Some(m) = EconomyMode::ALL.into_iter().find(|m| m.slug() == value) {
                o.economy = m;
            }
        }
        ModeGroup::RdMetric => {
            if let Some(m) = RdMetric::ALL.into_iter().find(|m| m.slug() == value) {
                o.rd_metric = m;
            }
        }
        ModeGroup::RdGrouping => {
            if let Some(g) = Grouping::ALL.into_iter().find(|g| g.slug() == value) {
                o.rd_grouping = g;
            }
        }
    }
}

/// The chart's own controls (see `core::page::chart::modes`).
#[component]
pub fn ChartModes(
    /// The dataset.
    atlas: Arc<Atlas>,
    /// Which chart.
    chart: ChartId,
    /// The charts' options.
    options: RwSignal<ChartOptions>,
) -> impl IntoView {
    let html = modes_html(&atlas, chart, use_lang(), use_strings());
    let first = atlas
        .clusters()
        .first()
        .map(|c| c.id.clone())
        .unwrap_or_default();
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
            ModeGroup::EconomyMode.choice(o.economy.slug()),
            ModeGroup::RdMetric.choice(o.rd_metric.slug()),
            ModeGroup::RdGrouping.choice(grouping.slug()),
        ];
        let disabled: &[ModeGroup] = if intensity {
            &[ModeGroup::RdGrouping]
        } else {
            &[]
        };
        sync_choices(&parts, &checked, disabled);
        match chart {
            ChartId::Rd => parts.show(ModesPart::Note, intensity),
            ChartId::Economy => {
                if let Some(select) = parts
                    .get(ModesPart::Members)
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
            }
            _ => {}
        }
    });
    let on_change = move |ev: leptos::ev::Event| {
        if target_data(&ev, Data::Members).is_some() {
            let id = event_target_value(&ev);
            options.update(|o| o.members_of = id);
            return;
        }
        let Some(choice) = target_data(&ev, Data::Choice) else {
            return;
        };
        let Some((group, value)) = ModeGroup::of_choice(&choice) else {
            return;
        };
        options.update(|o| choose(o, group, value));
    };
    view! {
        <div
            class=ModesPart::Modes.slug()
            node_ref=root
            inner_html=html
            on:change=listener(on_change)
        ></div>
    }
}
