//! Controls shared by every chart: cluster toggles and the year range.

use crate::components::effect::effect;
use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use crate::core::page::contract::Data;
use wasm_bindgen::JsCast;

use super::swatch::swatch_html;
use crate::components::delegate::{Parts, target_data};
use crate::components::locale::{use_lang, use_strings};
use crate::core::chart::options::{Filters, Tab};
use crate::core::chart::view::Role;
use crate::core::chart::year_range::{End, moved, nearer, tab_years, widened, within};
use crate::core::dataset::atlas::Atlas;
use crate::core::layout::clamp::clamp;
use crate::core::page::html::Html;
use crate::core::text::bilingual::Lang;
use crate::core::text::format::decimal;
use crate::core::text::strings::Strings;

/// One toggle button per cluster, then two handles, each a native range
/// input (keyboard-operable), for the first and last year (their bounds
/// are set with the tab), and a button that shows every year.
/// Without `years`, only the toggles; `prefix` keeps ids unique when the
/// page has two sets.
fn controls_html(atlas: &Atlas, years: bool, prefix: &str, lang: Lang, s: &Strings) -> String {
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
    if !years {
        return h.finish();
    }
    h.open(
        "div",
        &[
            ("class", "control year-range"),
            ("role", "group"),
            ("aria-labelledby", "year-range-label"),
        ],
    );
    h.open("div", &[("class", "range-head")]);
    h.open(
        "span",
        &[("id", "year-range-label"), ("class", "control-label")],
    );
    h.text(&format!("{}: ", s.years_label));
    h.element("output", &[("data-testid", "year-range-value")], "");
    h.close("span");
    h.element(
        "button",
        &[
            ("type", "button"),
            ("class", "range-reset"),
            ("data-reset", ""),
            ("data-testid", "year-reset"),
            ("hidden", ""),
        ],
        s.reset_years,
    );
    h.close("div");
    // A click on the track moves the nearer handle.
    h.open("div", &[("class", "range-track"), ("data-track", "")]);
    for (end, label) in [("from", s.from_year), ("to", s.to_year)] {
        h.open(
            "input",
            &[
                ("type", "range"),
                ("data-testid", &format!("year-{end}")),
                ("data-year", end),
                ("step", "1"),
                ("aria-label", label),
            ],
        );
    }
    h.close("div").close("div");
    h.finish()
}

/// The cluster toggles (a pressed button shows its cluster) and, with
/// `tab`, the year range within that tab's chart's years (never empty,
/// two years at least where the data has two).
#[component]
pub fn SharedControls(
    /// The dataset.
    atlas: Arc<Atlas>,
    /// The clusters and years shown.
    filters: RwSignal<Filters>,
    /// The charts' tab, whose chart's years the range runs over.
    tab: RwSignal<Tab>,
    /// Whether to show the year range (the charts' set) or not (the
    /// timeline's).
    years: bool,
) -> impl IntoView {
    let s = use_strings();
    let extent = Filters::all(&atlas).years;
    let root = NodeRef::<Div>::new();
    let parts = Parts::new(root);
    let html = if years {
        controls_html(&atlas, true, "", use_lang(), s)
    } else {
        controls_html(&atlas, false, "tl-", use_lang(), s)
    };
    let a = atlas.clone();
    // The years of the tab's chart.
    let bounds = move || tab_years(&a, tab.get_untracked());
    let a = atlas.clone();
    effect(move || {
        let f = filters.read();
        parts.each_with("data-cluster", |button, id| {
            let on = f.clusters.iter().any(|c| c == id);
            let _ = button.set_attribute("aria-pressed", if on { "true" } else { "false" });
        });
        let b = tab_years(&a, tab.get());
        let (from, to) = within(f.years, b);
        parts.each_with("data-year", |input, end| {
            let _ = input.set_attribute("min", &b.0.to_string());
            let _ = input.set_attribute("max", &b.1.to_string());
            if let Some(input) = input.dyn_ref::<web_sys::HtmlInputElement>() {
                input.set_value(&if end == "from" { from } else { to }.to_string());
            }
        });
        // The timeline's set has no year range.
        if years {
            parts.text_at("output", &format!("{from} – {to}"));
            let span = f64::from((b.1 - b.0).max(1));
            let percent = |y: i32| decimal(f64::from(y - b.0) / span * 100.0, 2);
            let track = format!("--from:{}%;--to:{}%", percent(from), percent(to));
            parts.attr_at(".range-track", "style", &track);
            parts.show_at(".range-reset", (from, to) != b);
        }
    });
    // Moves one end of the range as the tab shows it; an end at the tab's
    // bound reaches every chart's, so that a chart with more years shows
    // them.
    let b = bounds.clone();
    let set_end = move |end: End, year: i32| {
        let b = b();
        filters.update(|f| f.years = widened(moved(f.years, end, year, b), b, extent));
    };
    let order: Vec<String> = atlas.clusters().iter().map(|c| c.id.clone()).collect();
    let b = bounds.clone();
    let set = set_end.clone();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if target_data(&ev, Data::Reset).is_some() {
            filters.update(|f| f.years = extent);
            parts.focus_at("[data-year=from]");
            return;
        }
        // A click on the track, off the handles, moves the nearer handle
        // to the year under the pointer: a handle's centre travels from
        // half its width from one end of the track to as far from the
        // other.
        if target_data(&ev, Data::Track).is_some()
            && target_data(&ev, Data::Year).is_none()
            && let Some(track) = parts.find_at(".range-track")
        {
            let b = b();
            let rect = track.get_bounding_client_rect();
            let x = f64::from(ev.client_x()) - rect.left() - THUMB / 2.0;
            let at = clamp(x / (rect.width() - THUMB).max(1.0), 0.0, 1.0);
            let at = f64::from(b.0) + at * f64::from(b.1 - b.0);
            set(
                nearer(within(filters.get_untracked().years, b), at),
                at.round() as i32,
            );
            return;
        }
        let Some(id) = target_data(&ev, Data::Cluster) else {
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
    let on_input = {
        move |ev: leptos::ev::Event| {
            let Some(end) = target_data(&ev, Data::Year) else {
                return;
            };
            if let Ok(year) = event_target_value(&ev).parse::<i32>() {
                set_end(if end == "from" { End::From } else { End::To }, year);
            }
        }
    };
    view! {
        <div
            class="controls"
            node_ref=root
            inner_html=html
            on:click=on_click
            on:input=on_input
        ></div>
    }
}

/// The width of a year handle, in CSS pixels (as the style sheet draws it).
const THUMB: f64 = 24.0;
