//! One chart: its drawing (a chain of memos from the reader's choices to
//! the SVG), legend, read-out, table, notes, sources and exports.
//!
//! The panel's frame is written as HTML text once
//! (`core::page::chart::frame`); one effect per part keeps it up to date,
//! and one listener per kind of event serves all its controls. That keeps
//! the WebAssembly small (see docs/size.md).

mod chart;
mod drawing;
mod export;
mod keys;
mod notes;
mod pointer;
mod readout;
mod table;

use crate::components::listener::listener;
use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use crate::components::delegate::{Parts, target_data};
use crate::components::effect::effect;
use crate::components::hooks::use_width::use_width;
use crate::components::locale::{use_lang, use_strings};
use crate::components::state::Shared;
use crate::core::chart::options::{ChartId, ChartOptions};
use crate::core::dataset::atlas::Atlas;
use crate::core::page::chart::frame::{ChartAction, frame_html};
use crate::core::page::chart::modes::ModesPart;
use crate::core::page::contract::{Data, Name};
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::Strings;
use chart::use_chart;
use drawing::use_drawing;
use export::{Format, use_export};
use keys::on_readout_key;
use notes::use_notes;
use pointer::on_readout_pointer;
use readout::use_readout;
use table::use_table;

/// What the panel's hooks work from.
struct Panel {
    /// The dataset.
    atlas: Arc<Atlas>,
    /// Which chart.
    chart: ChartId,
    /// The charts' modes and measures.
    options: RwSignal<ChartOptions>,
    /// The series the legend hid.
    hidden: RwSignal<Vec<String>>,
    /// The parts of the panel's frame.
    parts: Parts,
    /// The page's language.
    lang: Lang,
    /// The interface's text in it.
    s: &'static Strings,
}

/// Moves the chart's modes, the element before the panel, under its title
/// (in an embedded chart, which has no tabs to name it).
fn use_modes_under_title(root: NodeRef<Div>) {
    effect(move || {
        let Some(panel) = root.get() else {
            return;
        };
        if let (Some(modes), Some(title)) = (
            panel
                .previous_element_sibling()
                .filter(|e| e.class_name() == ModesPart::Modes.slug()),
            panel.first_element_child(),
        ) {
            let _ = title.after_with_node_1(&modes);
        }
    });
}

/// Toggles the series `key` names: hidden if shown, shown if hidden.
fn toggle_series(hidden: RwSignal<Vec<String>>, key: String) {
    hidden.update(|h| match h.iter().position(|k| *k == key) {
        Some(i) => {
            h.remove(i);
        }
        None => h.push(key),
    });
}

/// What a click in the panel does: a legend entry shows or hides its
/// series; the actions show the table or export the chart.
fn on_click(
    ev: &web_sys::MouseEvent,
    hidden: RwSignal<Vec<String>>,
    table: RwSignal<bool>,
    export: &impl Fn(Format),
) {
    if let Some(key) = target_data(ev, Data::Key) {
        toggle_series(hidden, key);
        return;
    }
    match target_data(ev, Data::Action).and_then(|a| ChartAction::from_slug(&a)) {
        Some(ChartAction::Table) => table.update(|t| *t = !*t),
        Some(ChartAction::Svg) => export(Format::Svg),
        Some(ChartAction::Png) => export(Format::Png),
        Some(ChartAction::Csv) => export(Format::Csv),
        None => {}
    }
}

/// A chart with everything around it.
#[component]
pub fn ChartPanel(
    /// The dataset.
    atlas: Arc<Atlas>,
    /// Which chart.
    chart: ChartId,
    /// State shared with the timeline.
    shared: Shared,
    /// The charts' own options.
    options: RwSignal<ChartOptions>,
    /// Keys of the series the legend hid.
    hidden: RwSignal<Vec<String>>,
    /// Whether the chart is shown alone (embedded), without the tabs that
    /// name it: its modes, the element before the panel, then go under its
    /// title, and its notes start closed.
    embedded: bool,
) -> impl IntoView {
    let root = NodeRef::<Div>::new();
    let parts = Parts::new(root);
    if embedded {
        use_modes_under_title(root);
    }
    let lang = use_lang();
    let s = use_strings();
    let panel = Panel {
        atlas,
        chart,
        options,
        hidden,
        parts,
        lang,
        s,
    };
    let memos = use_chart(&panel, shared, use_width(root));
    let cursor = use_readout(&panel, memos, shared.hover_year, shared.story);
    use_notes(&panel, memos.view, !embedded);
    use_drawing(&panel, memos);
    let table = use_table(&panel, memos.view);
    let export = use_export(&panel, memos);
    let on_pointer = on_readout_pointer(parts, memos.drawing, cursor);
    view! {
        <div
            class="chart-panel"
            data-testid=format!("chart-{}", chart.slug())
            node_ref=root
            inner_html=frame_html(chart, s)
            on:click=listener(move |ev| on_click(&ev, hidden, table, &export))
            on:keydown=listener(on_readout_key(memos.drawing, cursor))
            on:pointermove=listener(on_pointer)
            on:pointerdown=listener(on_pointer)
            on:pointerleave=listener(on_pointer)
            on:focusout=listener(move |_| cursor.set(None))
        ></div>
    }
}
