//! The overview strip: where the milestones shown are over the whole span,
//! and the frame of the window in view; a click on it centres the window
//! there.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::Timeline;
use crate::components::delegate::report_missing;
use crate::components::effect::effect;
use crate::core::dataset::atlas::Atlas;
use crate::core::link::permalink::Focus;
use crate::core::page::contract::Part;
use crate::core::page::timeline::{TimelinePart, overview_html, window_style};
use crate::core::timeline;

/// Keeps the strip's bars in step with the milestones shown, and its frame
/// with the window.
pub fn use_overview(t: Timeline, atlas: Arc<Atlas>) {
    let bounds = t.shared.bounds;
    effect(move || {
        // Drawn once shown, while a story's step hides the timeline.
        if t.shared.hidden_by_story(Focus::Timeline) {
            return;
        }
        let lanes = t.lanes.read();
        let density = timeline::density(&atlas, &t.shown.read(), &lanes, &bounds, 160);
        t.dom
            .html(TimelinePart::OverviewBars, &overview_html(&density, &lanes));
    });
    effect(move || {
        let style = window_style(&t.shared.window.get(), &bounds);
        t.dom.attr(TimelinePart::Window, "style", &style);
    });
}

/// Centres the window where the strip was clicked.
pub fn centre_on_click(t: Timeline, ev: &web_sys::MouseEvent) {
    let selector = TimelinePart::Overview.selector();
    let strip = ev
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest(&selector).ok().flatten());
    let Some(strip) = strip else {
        report_missing(&selector);
        return;
    };
    let rect = strip.get_bounding_client_rect();
    let fraction = (f64::from(ev.client_x()) - rect.left()) / rect.width().max(1.0);
    let bounds = t.shared.bounds;
    t.shared.window.update(|w| {
        *w = w.centre_on(bounds.start + fraction * bounds.length(), bounds);
    });
}
