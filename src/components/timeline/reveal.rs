//! Bringing what the reader chose into view: the window moves to a newly
//! selected milestone, and a link to the timeline scrolls the page to it.

use std::sync::Arc;

use leptos::prelude::*;

use super::state::Timeline;
use crate::components::effect::effect;
use crate::core::dataset::atlas::Atlas;

/// Centres the window on a selected milestone that is out of it; and, if
/// `scroll_to` (a link to the timeline, or to a milestone, opened the
/// page), brings the lanes to the top of the screen, the details under
/// them.
pub fn use_reveal(t: Timeline, atlas: Arc<Atlas>, scroll_to: bool) {
    effect(move || {
        let Some(m) = t
            .shared
            .selected
            .get()
            .and_then(|i| atlas.milestones().get(i))
        else {
            return;
        };
        let (start, end) = m.date.span();
        let win = t.shared.window.get_untracked();
        if (end as f64) < win.start || (start as f64) > win.end {
            let bounds = t.shared.bounds;
            t.shared
                .window
                .set(win.centre_on((start + end) as f64 / 2.0, bounds));
        }
    });
    if scroll_to {
        effect(move || {
            if let Some(frame) = t.frame.get() {
                frame.scroll_into_view();
            }
        });
    }
}
