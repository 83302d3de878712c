//! A chart's legend: one toggle button per series, written as HTML text;
//! the panel's click listener toggles them.

use super::swatch::swatch_html;
use crate::components::delegate::Parts;
use crate::core::chart::view::ChartView;
use crate::core::page::html::Html;

/// The legend's buttons; a pressed button's series is shown.
pub fn legend_html(view: &ChartView, hidden: &[String]) -> String {
    let mut h = Html::new();
    for series in &view.series {
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
}

/// Marks each legend button pressed or not as its series is shown or hidden.
pub fn sync_legend(parts: &Parts, hidden: &[String]) {
    parts.each_with("data-key", |button, key| {
        let shown = !hidden.iter().any(|k| k == key);
        let _ = button.set_attribute("aria-pressed", if shown { "true" } else { "false" });
    });
}
