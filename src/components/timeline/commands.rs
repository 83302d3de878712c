//! What a command of the keys or the buttons (see `core::timeline::keys`)
//! does to the timeline: the window moves, a milestone opens, or the focus
//! moves in the lanes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::Timeline;
use crate::components::delegate::report_missing;
use crate::core::page::contract::Part;
use crate::core::page::timeline::TimelinePart;
use crate::core::timeline::Command;

/// Applies `command` to the timeline `t`.
pub fn run(t: Timeline, command: Command) {
    let (window, bounds) = (t.shared.window, t.shared.bounds);
    match command {
        Command::FocusFrame => t.dom.focus(TimelinePart::Frame),
        Command::FocusLabel { lane, index } => focus_label(t, lane, index),
        Command::Pan(by) => window.update(|w| *w = w.pan(by, bounds)),
        Command::Zoom(factor) => window.update(|w| *w = w.zoom(factor, 0.5, bounds)),
        Command::Fit => window.set(bounds),
        Command::Previous => t.step(false),
        Command::Next => t.step(true),
        Command::Close => t.close(),
    }
}

/// Moves the focus to the `index`th label of lane `lane`.
fn focus_label(t: Timeline, lane: usize, index: usize) {
    let label = t
        .dom
        .label_lanes()
        .get(lane)
        .and_then(|labels| labels.children().item(index as u32))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match label {
        Some(label) => {
            let _ = label.focus();
        }
        None => report_missing(&TimelinePart::Items.selector()),
    }
}
