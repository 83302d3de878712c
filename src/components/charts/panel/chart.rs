//! The chain of memos from the reader's choices to a chart's drawing: the
//! view of the data, the size it is drawn at, the view thinned to that
//! width, and the drawing.

use leptos::prelude::*;

use super::Panel;
use crate::components::settings::{use_dark, use_settings};
use crate::components::state::Shared;
use crate::core::chart::build::chart_view;
use crate::core::chart::decimate::decimate_view;
use crate::core::chart::view::ChartView;
use crate::core::layout::clamp::clamp;
use crate::core::link::permalink::Focus;
use crate::draw::theme::{DARK, LIGHT};
use crate::draw::{DateMarker, Drawing, Options, Size, draw};

/// The widest a chart is drawn for printing, in CSS pixels (an A4 or
/// Letter page's width inside its margins).
const PRINT_WIDTH: f64 = 680.0;

/// The height of a chart `width` pixels wide.
pub fn chart_height(width: u32) -> u32 {
    clamp(f64::from(width) * 0.55, 260.0, 440.0).round() as u32
}

/// A chart's memos, from its data to its drawing.
#[derive(Clone, Copy)]
pub struct ChartMemos {
    /// The data of the chart, as the reader's choices select it.
    pub view: Memo<ChartView>,
    /// The size it is drawn at.
    pub size: Memo<Size>,
    /// The view with long lines thinned to the width.
    pub drawn: Memo<ChartView>,
    /// The drawing; `None` while the panel is too narrow to draw in.
    pub drawing: Memo<Option<Result<Drawing, String>>>,
}

/// The memos of the chart of `panel` (see [`ChartMemos`]), drawn to the
/// panel's `width` and marking the selected milestone of `shared`.
pub fn use_chart(panel: &Panel, shared: Shared, width: ReadSignal<f64>) -> ChartMemos {
    let atlas = panel.atlas.clone();
    let chart = panel.chart;
    let options = panel.options;
    let hidden = panel.hidden;
    let lang = panel.lang;
    let dark = use_dark();
    let filters = shared.filters;
    let a = atlas.clone();
    // Kept as it was while a story's step hides the charts.
    let view = Memo::new(move |was: Option<&ChartView>| match was {
        Some(was) if shared.hidden_by_story(Focus::Charts) => was.clone(),
        _ => chart_view(&a, chart, &options.read(), &filters.read(), lang),
    });
    let printing = use_settings().map(|s| s.printing);
    let size = Memo::new(move |_| {
        // On paper, at most a page's width, so that the text stays legible.
        let page = if printing.is_some_and(|p| p.get()) {
            PRINT_WIDTH
        } else {
            f64::MAX
        };
        let w = width.get().min(page).floor().max(0.0) as u32;
        Size {
            width: w,
            height: chart_height(w),
        }
    });
    // What is drawn: long lines thinned to the width once, not on every
    // redraw (a legend toggle, a theme, a selected milestone).
    let drawn = Memo::new(move |_| decimate_view(&view.read(), size.get().width as usize));
    let drawing = Memo::new(move |_| -> Option<Result<Drawing, String>> {
        let size = size.get();
        // Nothing is drawn while the panel is too narrow, or hidden by a
        // story's step.
        if size.width < 40 || shared.hidden_by_story(Focus::Charts) {
            return None;
        }
        let hidden = hidden.read();
        let theme = if dark.get() { &DARK } else { &LIGHT };
        // The selected milestone, at its date: a year's value is drawn at
        // the middle of its year, so a date mid-year sits on it.
        let marker = shared
            .selected
            .get()
            .and_then(|i| atlas.milestones().get(i))
            .map(|m| DateMarker {
                at: m.date.mid_year() - 0.5,
                label: m.short().get(lang).to_string(),
            });
        Some(draw(
            &drawn.read(),
            &Options {
                hidden: &hidden,
                size,
                theme,
                lang,
                decor: None,
                marker,
            },
        ))
    });
    ChartMemos {
        view,
        size,
        drawn,
        drawing,
    }
}
