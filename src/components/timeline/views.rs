//! The toolbar's state: the choice of lanes or list, and how many
//! milestones are shown.

use leptos::prelude::*;

use super::state::Timeline;
use crate::components::effect::effect;
use crate::core::page::timeline::TimelinePart;
use crate::core::text::strings::with_count;

/// Shows the lanes or the list, pressing the button of the one shown,
/// and says how many milestones are shown.
pub fn use_views(t: Timeline) {
    effect(move || {
        let list = t.list();
        for (part, pressed) in [
            (TimelinePart::ViewTimeline, !list),
            (TimelinePart::ViewList, list),
        ] {
            t.dom
                .attr(part, "aria-pressed", if pressed { "true" } else { "false" });
        }
        t.dom.show(TimelinePart::View, !list);
        t.dom.show(TimelinePart::Zoom, !list);
        t.dom.show(TimelinePart::List, list);
        let count = match t.shown.read().len() {
            0 => t.s.no_milestones.to_string(),
            1 => t.s.milestones_one.to_string(),
            n => with_count(t.s.milestones_count, n),
        };
        t.dom.text(TimelinePart::Count, &count);
    });
}
