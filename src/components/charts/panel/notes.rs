//! The effects that own what surrounds a chart's drawing and follows its
//! data: its title, legend, notes and sources, the message without data,
//! and its summary.

use std::cell::RefCell;

use leptos::prelude::*;

use super::Panel;
use crate::components::effect::effect;
use crate::core::chart::summary::summary;
use crate::core::chart::view::ChartView;
use crate::core::page::chart::frame::ChartPart;
use crate::core::page::chart::legend::legend_html;
use crate::core::page::chart::table::notes_html;
use crate::core::page::contract::Data;

/// Keeps the title, legend, notes (open if `open`), sources and message
/// in step with the chart's data `view`, and the summary and the legend's pressed buttons in step
/// with the series shown.
pub fn use_notes(panel: &Panel, view: Memo<ChartView>, open: bool) {
    let atlas = panel.atlas.clone();
    let parts = panel.parts;
    let hidden = panel.hidden;
    let lang = panel.lang;
    let s = panel.s;
    // Markup that comes out the same (as the legend does when only the
    // years change) is not written again: the legend and notes last
    // written.
    let last: RefCell<(String, String)> = RefCell::default();
    effect(move || {
        let v = view.read();
        parts.text(ChartPart::Name, &v.title);
        let legend = legend_html(&v, &hidden.get_untracked());
        let notes = notes_html(&atlas, &v, open, lang, s);
        let (old_legend, old_notes) = last.take();
        if legend != old_legend {
            parts.html(ChartPart::Legend, &legend);
        }
        if notes != old_notes {
            parts.html(ChartPart::About, &notes);
        }
        // Without data, say why, and offer no empty table or downloads.
        let message = match (v.is_empty(), v.series.is_empty()) {
            (false, _) => "",
            (true, true) => s.no_data,
            (true, false) => s.no_data_years,
        };
        parts.text(ChartPart::Message, message);
        parts.show(ChartPart::Actions, !v.is_empty());
        parts.show(ChartPart::TableScroll, !v.is_empty());
        parts.text(ChartPart::SummaryRoom, &summary(&v, &[], lang));
        *last.borrow_mut() = (legend, notes);
    });
    effect(move || {
        let hidden = hidden.read();
        parts.each_with(Data::Key, |button, key| {
            let shown = !hidden.iter().any(|k| k == key);
            let _ = button.set_attribute("aria-pressed", if shown { "true" } else { "false" });
        });
        parts.text(ChartPart::Summary, &summary(&view.read(), &hidden, lang));
    });
}
