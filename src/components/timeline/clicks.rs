//! The section's clicks, read through the contract: a milestone's label
//! or list item selects it, a group's badge zooms to its span, and the
//! buttons do their [`TimelineAction`].

use leptos::prelude::*;

use super::commands::run;
use super::overview::centre_on_click;
use super::state::Timeline;
use crate::components::delegate::target_data;
use crate::components::download::save_text;
use crate::core::page::contract::{Data, Name};
use crate::core::page::timeline::{TimelineAction, read_span};
use crate::core::text::format::read_natural;
use crate::core::timeline::{
    Command, MILESTONES_FILE, MIN_DAYS, Window, ZOOM_STEP, milestones_csv,
};

/// What a click in the section does; `suppress` is set after a drag, so
/// that the click ending it does nothing.
pub fn on_click(
    t: Timeline,
    suppress: StoredValue<bool>,
) -> impl Fn(leptos::ev::MouseEvent) + Copy {
    move |ev| {
        if suppress.get_value() {
            suppress.set_value(false);
            return;
        }
        if let Some(i) = target_data(&ev, Data::Id).and_then(|v| read_natural(&v)) {
            t.select(i);
            return;
        }
        if let Some(span) = target_data(&ev, Data::Span) {
            zoom_to_span(t, &span);
            return;
        }
        let action = target_data(&ev, Data::Action).and_then(|a| TimelineAction::from_slug(&a));
        match action {
            Some(TimelineAction::ViewTimeline) => t.show_list(false),
            Some(TimelineAction::ViewList) => t.show_list(true),
            Some(TimelineAction::ZoomIn) => run(t, Command::Zoom(ZOOM_STEP)),
            Some(TimelineAction::ZoomOut) => run(t, Command::Zoom(1.0 / ZOOM_STEP)),
            Some(TimelineAction::ZoomFit) => run(t, Command::Fit),
            Some(TimelineAction::Previous) => run(t, Command::Previous),
            Some(TimelineAction::Next) => run(t, Command::Next),
            Some(TimelineAction::Close) => run(t, Command::Close),
            Some(TimelineAction::Overview) => centre_on_click(t, &ev),
            Some(TimelineAction::DownloadCsv) => download_csv(t),
            None => {}
        }
    }
}

/// Downloads the milestones shown as CSV, in the columns the import of a
/// CSV of milestones reads.
fn download_csv(t: Timeline) {
    let atlas = t.atlas.get_value();
    let shown = t.shown.get_untracked();
    let milestones = shown.iter().filter_map(|&i| atlas.milestones().get(i));
    let csv = milestones_csv(&atlas, milestones, t.lang);
    if let Err(e) = save_text(&csv, "text/csv", MILESTONES_FILE) {
        web_sys::console::error_1(&e);
    }
}

/// Zooms to a group's `span` (its `data-span`), with a margin.
fn zoom_to_span(t: Timeline, span: &str) {
    if let Some((first, last)) = read_span(span) {
        let (first, last) = (first as f64, last as f64);
        let margin = ((last - first) * 0.15).max(MIN_DAYS);
        t.shared.window.set(
            Window {
                start: first - margin,
                end: last + margin,
            }
            .within(t.shared.bounds),
        );
    }
}
