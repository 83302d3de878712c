//! The effect that owns a chart's table: the exact data, shown on demand.

use leptos::prelude::*;

use super::Panel;
use crate::components::effect::effect;
use crate::core::chart::view::ChartView;
use crate::core::page::chart::frame::ChartPart;
use crate::core::page::chart::table::table_html;

/// Whether the table is shown (closed at first): while it is, the table of
/// the data `view` of the series shown is written again whenever they change, and its toggle
/// is pressed.
pub fn use_table(panel: &Panel, view: Memo<ChartView>) -> RwSignal<bool> {
    let parts = panel.parts;
    let hidden = panel.hidden;
    let lang = panel.lang;
    let s = panel.s;
    let table = RwSignal::new(false);
    effect(move || {
        let on = table.get();
        let pressed = if on { "true" } else { "false" };
        parts.attr(ChartPart::TableToggle, "aria-pressed", pressed);
        let html = if on {
            table_html(&view.read(), &hidden.read(), lang, s)
        } else {
            String::new()
        };
        parts.html(ChartPart::TableScroll, &html);
    });
    table
}
