//! The effects that own what surrounds a chart's drawing and follows its
//! data: its title, legend, notes and sources, the message without data,
//! and its summary.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::delegate::Parts;
use crate::components::effect::effect;
use crate::components::locale::{use_lang, use_strings};
use crate::core::chart::summary::summary;
use crate::core::chart::view::ChartView;
use crate::core::dataset::atlas::Atlas;
use crate::core::page::chart::frame::ChartPart;
use crate::core::page::chart::legend::legend_html;
use crate::core::page::chart::table::notes_html;
use crate::core::page::contract::{Data, Name};

/// What the notes' effects work from.
pub struct UseNotesOptions {
    /// The dataset.
    pub atlas: Arc<Atlas>,
    /// The panel's parts.
    pub parts: Parts,
    /// The chart's data.
    pub view: Memo<ChartView>,
    /// The series the legend hid.
    pub hidden: RwSignal<Vec<String>>,
    /// Whether the notes start open (they do, but in an embedded chart).
    pub open: bool,
}

/// Keeps the title, legend, notes, sources and message in step with the
/// chart's data, and the summary and the legend's pressed buttons in step
/// with the series shown.
pub fn use_notes(options: UseNotesOptions) {
    let UseNotesOptions {
        atlas,
        parts,
        view,
        hidden,
        open,
    } = options;
    let lang = use_lang();
    let s = use_strings();
    // Markup that comes out the same (as the legend does when only the
    // years change) is not written again.
    Effect::new(move |previous: Option<(String, String)>| {
        let v = view.read();
        parts.text(ChartPart::Name, &v.title);
        let legend = legend_html(&v, &hidden.get_untracked());
        let notes = notes_html(&atlas, &v, open, lang, s);
        let (old_legend, old_notes) = previous.unwrap_or_default();
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
        (legend, notes)
    });
    effect(move || {
        let hidden = hidden.read();
        parts.each_with(Data::Key.slug(), |button, key| {
            let shown = !hidden.iter().any(|k| k == key);
            let _ = button.set_attribute("aria-pressed", if shown { "true" } else { "false" });
        });
        parts.text(ChartPart::Summary, &summary(&view.read(), &hidden, lang));
    });
}
