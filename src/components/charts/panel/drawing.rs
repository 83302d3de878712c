//! The effect that owns a chart's drawing: its SVG, the unit in its title,
//! or why it failed.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;

use super::Panel;
use super::chart::ChartMemos;
use crate::components::effect::effect;
use crate::core::chart::build::chart_view;
use crate::core::chart::options::Filters;
use crate::core::chart::view::ChartView;
use crate::core::page::chart::frame::ChartPart;
use crate::draw::axis_unit;

/// Records `performance.mark("charts-drawn")` the first time a chart is on
/// screen, so benchmarks can tell when the page became useful.
fn mark_charts_drawn() {
    static DONE: AtomicBool = AtomicBool::new(false);
    if !DONE.swap(true, Ordering::Relaxed)
        && let Some(performance) = web_sys::window().and_then(|w| w.performance())
    {
        let _ = performance.mark("charts-drawn");
    }
}

/// Writes the drawing whenever it changes, with the unit of its axis in
/// the title (without data, the unit of the chart's data in every year),
/// or says why it could not be drawn.
pub fn use_drawing(panel: &Panel, memos: ChartMemos) {
    let atlas = panel.atlas.clone();
    let chart = panel.chart;
    let options = panel.options;
    let parts = panel.parts;
    let lang = panel.lang;
    let s = panel.s;
    effect(move || {
        memos.drawing.with(|d| match d {
            Some(Ok(d)) => {
                parts.html(ChartPart::Svg, &d.svg);
                let unit = if memos.view.with(ChartView::is_empty) {
                    let all = Filters::all(&atlas);
                    let every_year = chart_view(&atlas, chart, &options.read(), &all, lang);
                    axis_unit(&every_year, lang)
                } else {
                    d.axis.label.clone()
                };
                let unit = if unit.is_empty() {
                    String::new()
                } else {
                    format!("({unit})")
                };
                parts.text(ChartPart::Unit, &unit);
                mark_charts_drawn();
            }
            Some(Err(e)) => parts.text(ChartPart::Message, &format!("{}: {e}", s.chart_failed)),
            None => {}
        });
    });
}
