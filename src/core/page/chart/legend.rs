//! A chart's legend: one toggle button per series, written as HTML text;
//! the panel's click listener toggles them.

use crate::core::chart::view::ChartView;
use crate::core::page::chart::swatch::swatch_html;
use crate::core::page::contract::{Data, Name};
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
                (Data::TestId.slug(), "legend-entry"),
                (Data::Key.slug(), &series.key),
                ("aria-pressed", pressed),
            ],
        );
        swatch_html(&mut h, series.style, series.role);
        h.text(&series.label).close("button").close("li");
    }
    h.finish()
}
