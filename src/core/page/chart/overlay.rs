//! A chart's read-out over its drawing: the crosshair at the value read,
//! its focus ring, and the box that says it, placed inside the chart.

use crate::core::chart::readout::{Mark, Reading};
use crate::core::dataset::atlas::Atlas;
use crate::core::layout::clamp::clamp;
use crate::core::page::contract::{Data, Name};
use crate::core::page::html::Html;
use crate::core::text::bilingual::Lang;
use crate::core::text::format::decimal;
use crate::core::text::strings::Strings;

/// The crosshair, the focus ring and the read-out of the value at `mark`
/// in a chart `width` pixels wide: the read-out box stays inside the chart,
/// below the point in the upper half, above it in the lower half.
pub fn overlay_html(
    atlas: &Atlas,
    mark: &Mark,
    plot: (f64, f64, f64, f64),
    width: u32,
    r: &Reading,
    lang: Lang,
    s: &Strings,
) -> String {
    let (_, top, _, bottom) = plot;
    let chart_width = f64::from(width);
    let box_width = 260f64.min(chart_width - 16.0).max(120.0);
    let box_left = clamp(
        mark.x - box_width / 2.0,
        8.0,
        (chart_width - box_width - 8.0).max(8.0),
    );
    let below = mark.y < (top + bottom) / 2.0;
    let mut h = Html::new();
    let px = |v: f64| format!("{}px", decimal(v, 1));
    let line = format!(
        "left:{};top:{};height:{}",
        px(mark.x),
        px(top),
        px(bottom - top)
    );
    h.element("div", &[("class", "crosshair"), ("style", &line)], "");
    let at = format!("left:{};top:{}", px(mark.x), px(mark.y));
    h.element("div", &[("class", "focus-dot"), ("style", &at)], "");
    let class = if below { "readout" } else { "readout above" };
    let place = format!(
        "left:{};top:{};width:{}",
        px(box_left),
        px(mark.y + if below { 14.0 } else { -14.0 }),
        px(box_width)
    );
    h.open(
        "div",
        &[
            ("class", class),
            (Data::TestId.slug(), "readout"),
            ("style", &place),
        ],
    );
    h.element("span", &[("class", "readout-year")], &r.year_label);
    h.element("span", &[("class", "readout-series")], &r.series);
    h.element("strong", &[("class", "readout-value")], &r.value);
    for (class, text) in [("readout-exact", &r.exact), ("readout-total", &r.total)] {
        if let Some(text) = text {
            h.element("span", &[("class", class)], text);
        }
    }
    if let Some(note) = &r.note {
        h.element("span", &[("class", "readout-note")], note);
    }
    h.open("span", &[("class", "readout-source")])
        .text(s.source)
        .text(": ");
    for (i, src) in r
        .sources
        .iter()
        .filter_map(|id| atlas.source(id))
        .enumerate()
    {
        if i > 0 {
            h.text("; ");
        }
        h.text(src.title.get(lang));
    }
    h.close("span");
    h.close("div");
    h.finish()
}
