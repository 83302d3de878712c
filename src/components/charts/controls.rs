//! Controls shared by every chart: cluster toggles and the year range.

use crate::components::effect::effect;
use crate::components::listener::listener;
use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use wasm_bindgen::JsCast;

use crate::components::delegate::{Parts, target_data};
use crate::components::locale::{use_lang, use_strings};
use crate::core::chart::options::{Filters, Tab};
use crate::core::chart::year_label::year_label;
use crate::core::chart::year_range::{End, moved, nearer, tab_years, widened, within};
use crate::core::dataset::atlas::Atlas;
use crate::core::layout::clamp::clamp;
use crate::core::page::chart::controls::{ControlsPart, Handle, controls_html};
use crate::core::page::contract::{Data, Name};
use crate::core::text::bilingual::Lang;
use crate::core::text::format::{decimal, read_whole};

/// Presses the toggle of each cluster shown.
fn sync_toggles(parts: &Parts, shown: &[String]) {
    parts.each_with(Data::Cluster, |button, id| {
        let on = shown.iter().any(|c| c == id);
        let _ = button.set_attribute("aria-pressed", if on { "true" } else { "false" });
    });
}

/// Sets the year range to `(from, to)` within the tab's bounds `b`: the
/// handles, the years as text, the track between the handles, and the
/// reset button, shown while the range is not every year.
fn sync_years(parts: &Parts, (from, to): (i32, i32), b: (i32, i32), lang: Lang) {
    parts.each_with(Data::Year, |input, end| {
        let _ = input.set_attribute("min", &b.0.to_string());
        let _ = input.set_attribute("max", &b.1.to_string());
        if let Some(input) = input.dyn_ref::<web_sys::HtmlInputElement>() {
            let year = if Handle::from_slug(end) == Some(Handle::From) {
                from
            } else {
                to
            };
            input.set_value(&year.to_string());
        }
    });
    let (first, last) = (year_label(from, lang), year_label(to, lang));
    parts.text(ControlsPart::Output, &format!("{first} – {last}"));
    let span = f64::from((b.1 - b.0).max(1));
    let percent = |y: i32| decimal(f64::from(y - b.0) / span * 100.0, 2);
    let track = format!("--from:{}%;--to:{}%", percent(from), percent(to));
    parts.attr(ControlsPart::Track, "style", &track);
    parts.show(ControlsPart::Reset, (from, to) != b);
}

/// The year under a click at `x` (a client coordinate) on the track, in
/// the bounds `b`: a handle's centre travels from half its width from one
/// end of the track to as far from the other.
fn year_at(track: &web_sys::Element, x: i32, b: (i32, i32)) -> f64 {
    let rect = track.get_bounding_client_rect();
    let x = f64::from(x) - rect.left() - THUMB / 2.0;
    let at = clamp(x / (rect.width() - THUMB).max(1.0), 0.0, 1.0);
    f64::from(b.0) + at * f64::from(b.1 - b.0)
}

/// The clusters shown once `id` is toggled, in the dataset's `order`, so
/// that colours and legends stay put.
fn toggled(order: &[String], shown: &[String], id: &str) -> Vec<String> {
    let on = !shown.iter().any(|c| c == id);
    order
        .iter()
        .filter(|c| if *c == id { on } else { shown.contains(c) })
        .cloned()
        .collect()
}

/// The cluster toggles (a pressed button shows its cluster) and, with
/// `years`, the year range within the tab's chart's years (never empty,
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
    let prefix = if years { "" } else { "tl-" };
    let lang = use_lang();
    let html = controls_html(&atlas, years, prefix, lang, s);
    let a = atlas.clone();
    effect(move || {
        let f = filters.read();
        sync_toggles(&parts, &f.clusters);
        if years {
            let b = tab_years(&a, tab.get());
            sync_years(&parts, within(f.years, b), b, lang);
        }
    });
    let a = atlas.clone();
    // The years of the tab's chart.
    let bounds = move || tab_years(&a, tab.get_untracked());
    // Moves one end of the range as the tab shows it; an end at the tab's
    // bound reaches every chart's, so that a chart with more years shows
    // them.
    let b = bounds.clone();
    let set_end = move |end: End, year: i32| {
        let b = b();
        filters.update(|f| f.years = widened(moved(f.years, end, year, b), b, extent));
    };
    let order: Vec<String> = atlas.clusters().iter().map(|c| c.id.clone()).collect();
    let set = set_end.clone();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if target_data(&ev, Data::Reset).is_some() {
            filters.update(|f| f.years = extent);
            parts.focus(Handle::From);
            return;
        }
        // A click on the track, off the handles, moves the nearer handle
        // to the year under the pointer.
        if target_data(&ev, Data::Track).is_some() && target_data(&ev, Data::Year).is_none() {
            if let Some(track) = parts.get(ControlsPart::Track) {
                let b = bounds();
                let at = year_at(&track, ev.client_x(), b);
                let end = nearer(within(filters.get_untracked().years, b), at);
                set(end, at.round() as i32);
            }
            return;
        }
        if let Some(id) = target_data(&ev, Data::Cluster) {
            filters.update(|f| f.clusters = toggled(&order, &f.clusters, &id));
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        let end = match target_data(&ev, Data::Year).and_then(|e| Handle::from_slug(&e)) {
            Some(Handle::From) => End::From,
            Some(Handle::To) => End::To,
            None => return,
        };
        if let Some(year) = read_whole(&event_target_value(&ev)).and_then(|y| i32::try_from(y).ok())
        {
            set_end(end, year);
        }
    };
    view! {
        <div
            class="controls"
            node_ref=root
            inner_html=html
            on:click=listener(on_click)
            on:input=listener(on_input)
        ></div>
    }
}

/// The width of a year handle, in CSS pixels (as the style sheet draws it).
const THUMB: f64 = 24.0;
