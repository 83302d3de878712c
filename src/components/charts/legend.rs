//! A chart's legend: one toggle button per series.

use leptos::html::Ul;
use leptos::prelude::*;

use super::swatch::swatch_html;
use crate::components::delegate::{each_with, target_data};
use crate::components::locale::use_strings;
use crate::core::chart::ChartView;
use crate::core::html::Html;

/// Buttons that show or hide each series; a pressed button is shown.
#[component]
pub fn Legend(
    /// The chart's data.
    view: Memo<ChartView>,
    /// Keys of the hidden series.
    hidden: RwSignal<Vec<String>>,
) -> impl IntoView {
    let s = use_strings();
    let list = NodeRef::<Ul>::new();
    let html = move || {
        let mut h = Html::new();
        let hidden = hidden.get_untracked();
        for series in &view.read().series {
            let pressed = if hidden.contains(&series.key) {
                "false"
            } else {
                "true"
            };
            h.open("li", &[]);
            h.open(
                "button",
                &[
                    ("type", "button"),
                    ("class", "toggle legend-entry"),
                    ("data-testid", "legend-entry"),
                    ("data-key", &series.key),
                    ("aria-pressed", pressed),
                ],
            );
            swatch_html(&mut h, series.style, series.role);
            h.text(&series.label).close("button").close("li");
        }
        h.finish()
    };
    Effect::new(move |_| {
        view.track();
        let hidden = hidden.read();
        each_with(&list, "data-key", |button, key| {
            let _ = button.set_attribute(
                "aria-pressed",
                if hidden.iter().any(|k| k == key) {
                    "false"
                } else {
                    "true"
                },
            );
        });
    });
    let toggle = move |ev: leptos::ev::MouseEvent| {
        if let Some(key) = target_data(&ev, "data-key") {
            hidden.update(|h| match h.iter().position(|k| *k == key) {
                Some(i) => {
                    h.remove(i);
                }
                None => h.push(key),
            });
        }
    };
    view! { <ul class="legend" node_ref=list aria-label=s.legend_label inner_html=html on:click=toggle></ul> }
}
