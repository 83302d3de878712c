//! Controls shared by every chart: cluster toggles and the year range.

use crate::components::effect::effect;
use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::swatch::swatch_html;
use crate::components::delegate::{Parts, target_data};
use crate::components::locale::{use_lang, use_strings};
use crate::core::atlas::Atlas;
use crate::core::chart::{Filters, Role};
use crate::core::format::decimal;
use crate::core::html::Html;
use crate::core::strings::Strings;
use crate::core::text::Lang;

/// One toggle button per cluster, then two handles, each a native range
/// input (keyboard-operable), for the first and last year.
/// Without `years`, only the toggles; `prefix` keeps ids unique when the
/// page has two sets.
fn controls_html(
    atlas: &Atlas,
    years: Option<(i32, i32)>,
    prefix: &str,
    lang: Lang,
    s: &Strings,
) -> String {
    let label = format!("{prefix}cluster-toggles-label");
    let mut h = Html::new();
    h.open(
        "div",
        &[
            ("class", "control"),
            ("role", "group"),
            ("aria-labelledby", &label),
        ],
    );
    h.element(
        "span",
        &[("id", &label), ("class", "control-label")],
        s.clusters_label,
    );
    h.open("div", &[("class", "toggles")]);
    for (style, cluster) in atlas.clusters().iter().enumerate() {
        h.open(
            "button",
            &[
                ("type", "button"),
                ("class", "toggle"),
                ("data-testid", &format!("cluster-toggle-{}", cluster.id)),
                ("data-cluster", &cluster.id),
                ("aria-pressed", "false"),
            ],
        );
        swatch_html(&mut h, style, Role::Main);
        h.text(cluster.name.get(lang)).close("button");
    }
    h.close("div").close("div");
    let Some(bounds) = years else {
        return h.finish();
    };
    h.open(
        "div",
        &[
            ("class", "control year-range"),
            ("role", "group"),
            ("aria-labelledby", "year-range-label"),
        ],
    );
    h.open(
        "span",
        &[("id", "year-range-label"), ("class", "control-label")],
    );
    h.text(&format!("{}: ", s.years_label));
    h.element("output", &[("data-testid", "year-range-value")], "");
    h.close("span");
    h.open("div", &[("class", "range-track")]);
    let (min, max) = (bounds.0.to_string(), bounds.1.to_string());
    for (end, label) in [("from", s.from_year), ("to", s.to_year)] {
        h.open(
            "input",
            &[
                ("type", "range"),
                ("data-testid", &format!("year-{end}")),
                ("data-year", end),
                ("min", &min),
                ("max", &max),
                ("step", "1"),
                ("aria-label", label),
            ],
        );
    }
    h.close("div").close("div");
    h.finish()
}

/// The cluster toggles (a pressed button shows its cluster) and, with
/// `years`, the year range (neither handle can pass the other).
#[component]
pub fn SharedControls(
    /// The dataset.
    atlas: Arc<Atlas>,
    /// The clusters and years shown.
    filters: RwSignal<Filters>,
    /// Whether to show the year range (the charts' set) or not (the
    /// timeline's).
    years: bool,
) -> impl IntoView {
    let s = use_strings();
    let bounds = atlas.year_extent().unwrap_or((0, 0));
    let root = NodeRef::<Div>::new();
    let parts = Parts::new(root);
    let html = if years {
        controls_html(&atlas, Some(bounds), "", use_lang(), s)
    } else {
        controls_html(&atlas, None, "tl-", use_lang(), s)
    };
    let span = f64::from((bounds.1 - bounds.0).max(1));
    let percent = move |y: i32| decimal(f64::from(y - bounds.0) / span * 100.0, 2);
    effect(move || {
        let f = filters.read();
        parts.each_with("data-cluster", |button, id| {
            let on = f.clusters.iter().any(|c| c == id);
            let _ = button.set_attribute("aria-pressed", if on { "true" } else { "false" });
        });
        let (from, to) = f.years;
        parts.each_with("data-year", |input, end| {
            if let Some(input) = input.dyn_ref::<web_sys::HtmlInputElement>() {
                input.set_value(&if end == "from" { from } else { to }.to_string());
            }
        });
        parts.text("output", &format!("{from} – {to}"));
        let track = format!("--from:{}%;--to:{}%", percent(from), percent(to));
        parts.attr(".range-track", "style", &track);
    });
    let order: Vec<String> = atlas.clusters().iter().map(|c| c.id.clone()).collect();
    let on_click = move |ev: leptos::ev::MouseEvent| {
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
    let on_input = move |ev: leptos::ev::Event| {
        let Some(end) = target_data(&ev, "data-year") else {
            return;
        };
        if let Ok(year) = event_target_value(&ev).parse::<i32>() {
            filters.update(|f| {
                if end == "from" {
                    f.years.0 = year.min(f.years.1);
                } else {
                    f.years.1 = year.max(f.years.0);
                }
            });
        }
    };
    view! {
        <div class="controls" node_ref=root inner_html=html on:click=on_click on:input=on_input></div>
    }
}
