//! The list of the milestones shown, written while it is shown.

use std::sync::Arc;

use leptos::prelude::*;

use super::drawn::mark_timeline_drawn;
use super::state::Timeline;
use crate::components::effect::effect;
use crate::core::dataset::atlas::Atlas;
use crate::core::page::timeline::{TimelinePart, list_html};

/// Writes the list while it is shown (and empties it while it is not),
/// the selected milestone marked as current.
pub fn use_list(t: Timeline, atlas: Arc<Atlas>) {
    effect(move || {
        let list = t.list();
        let html = if list {
            list_html(
                &atlas,
                &t.shown.read(),
                t.shared.selected.get(),
                t.lang,
                t.s,
            )
        } else {
            String::new()
        };
        t.dom.html(TimelinePart::List, &html);
        // The list is the timeline on screen; the lanes, hidden, are not
        // drawn (they are 0 wide) until they are shown.
        if list {
            mark_timeline_drawn();
        }
    });
}
