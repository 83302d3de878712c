//! The details of the selected milestone: written when they change, given
//! the focus when a reader selects a milestone, and giving it back to the
//! milestone when the reader closes them.

use std::sync::Arc;

use leptos::prelude::*;

use super::state::Timeline;
use crate::components::effect::effect;
use crate::core::dataset::atlas::Atlas;
use crate::core::page::timeline::{TimelinePart, detail_html};
use crate::core::timeline;

/// Shows the details of the selected milestone, hidden while none is.
pub fn use_detail(t: Timeline, atlas: Arc<Atlas>) {
    // The details' markup as written.
    let written = StoredValue::new(String::new());
    effect(move || {
        let list = t.list();
        let current = t.shared.selected.get();
        t.dom.show(TimelinePart::Detail, current.is_some());
        let shown = t.shown.read();
        let neighbours =
            [false, true].map(|forward| timeline::neighbour(&shown, current, forward).is_some());
        let detail = current
            .and_then(|i| atlas.milestones().get(i))
            .map(|m| detail_html(&atlas, m, neighbours, t.lang, t.s))
            .unwrap_or_default();
        // Written only when it changes, so that focus in it stays (as when
        // the page is laid out for printing).
        if detail != written.get_value() {
            t.dom.html(TimelinePart::Detail, &detail);
            written.set_value(detail);
        }
        move_focus(t, list, current);
    });
}

/// Focus moves to new details in the same turn as they are written, so no
/// key press can arrive while nothing has focus. The page stays where the
/// reader is: the details are a sheet at the bottom of the screen, and the
/// milestone is kept in view above it (once the lanes have drawn it).
/// Closed details give the focus back to the milestone.
fn move_focus(t: Timeline, list: bool, current: Option<usize>) {
    if t.focus_detail.get_value() {
        t.focus_detail.set_value(false);
        t.dom.focus(TimelinePart::DetailTitle);
        if let Some(i) = current {
            request_animation_frame(move || t.dom.keep_in_view(list, i));
        }
    }
    if let Some(i) = t.return_to.get_value() {
        t.return_to.set_value(None);
        // The milestone's item in the list, or its label (once the lanes
        // have redrawn it unselected), or the timeline if it is in a group.
        request_animation_frame(move || {
            t.dom.focus(TimelinePart::Frame);
            if let Some(e) = t
                .dom
                .milestone(list, i)
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
            {
                let _ = e.focus();
            }
        });
    }
}
