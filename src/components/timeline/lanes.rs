//! The lanes, laid out for the window in view only. Their frame is
//! written when the lanes change; on zoom and pan the labels are kept and
//! moved (see `Keyed`), and the marks' attributes set.

use std::cell::RefCell;
use std::sync::Arc;

use leptos::prelude::*;

use super::drawn::{Drawn, mark_timeline_drawn};
use super::state::Timeline;
use crate::components::effect::effect;
use crate::core::dataset::atlas::Atlas;
use crate::core::link::permalink::Focus;
use crate::core::page::timeline::{
    LanesContext, axis_pieces, drawn_ticks, era_pieces, label_pieces, mark_values, shift_style,
};
use crate::core::timeline::{self, Placement, Track, Window};

/// Draws the lanes whenever the window, the width, the milestones shown,
/// the selection or the year lit from a chart change.
pub fn use_lanes(t: Timeline, atlas: Arc<Atlas>) {
    // The lanes as last drawn, if they were.
    let last: RefCell<Option<Drawn>> = RefCell::new(None);
    effect(move || {
        // Drawn once shown, while a story's step hides the timeline.
        if t.shared.hidden_by_story(Focus::Timeline) {
            return;
        }
        let previous = last.take();
        let w = t.width.get();
        if w < 10.0 {
            return;
        }
        let win = t.shared.window.get();
        let lanes = t.lanes.read();
        let rows = t.rows();
        let empty: Vec<bool> = t.tracks.read().iter().map(Track::is_empty).collect();
        let Some(mut drawn) = previous
            .filter(|d| d.lanes == *lanes && d.rows == rows && d.empty == empty)
            .or_else(|| Drawn::new(t.dom, &lanes, rows, empty))
        else {
            return;
        };
        let ticks = timeline::ticks(&win, w, 80.0, t.lang);
        let breaks: Vec<f64> = ticks.iter().map(|tick| tick.day).collect();
        let view = drawn.view(win, w);
        let layout = timeline::layout(&atlas, &t.tracks.read(), &view, &breaks, rows, t.lang);
        bring_out_of_group(t, &atlas, &mut drawn, &layout, win);
        let cx = LanesContext {
            atlas: &atlas,
            view,
            rows,
            empty: &drawn.empty,
            selected: t.shared.selected.get(),
            lit_year: t.shared.hover_year.get(),
            lang: t.lang,
            s: t.s,
        };
        let drawn_ticks = drawn_ticks(&view, &ticks);
        let mut axis = axis_pieces(&drawn_ticks);
        axis.extend(era_pieces(&view, atlas.eras(), t.lang));
        drawn.axis.update(axis);
        let values = mark_values(&cx, &drawn_ticks, &lanes, &layout);
        for (attr, value) in drawn.marks.iter_mut().zip(values) {
            attr.set(value);
        }
        let shift = shift_style(&view);
        for (lane, placements) in drawn.items.iter_mut().zip(&layout) {
            lane.labels.update(label_pieces(&cx, placements));
            lane.shift.set(shift.clone());
        }
        mark_timeline_drawn();
        *last.borrow_mut() = Some(drawn);
    });
}

/// A newly selected milestone counted in a group is brought out of it: the
/// window closes in on it (once per selection).
fn bring_out_of_group(
    t: Timeline,
    atlas: &Atlas,
    drawn: &mut Drawn,
    layout: &[Vec<Placement>],
    win: Window,
) {
    let current = t.shared.selected.get();
    if current == drawn.focused {
        return;
    }
    drawn.focused = current;
    if let Some(m) = current.and_then(|i| atlas.milestones().get(i))
        && current.is_some_and(|i| !timeline::labelled(layout, i))
        && win.length() > 4.0 * timeline::MIN_DAYS
    {
        let (start, end) = m.date.span();
        let bounds = t.shared.bounds;
        t.shared
            .window
            .set(win.focus((start + end) as f64 / 2.0, bounds));
    }
}
