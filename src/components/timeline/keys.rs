//! The timeline's keys: where the focus is, read from the page, and the
//! command the core's key map gives for it (see `core::timeline::keys`).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::commands::run;
use super::state::Timeline;
use crate::core::timeline::{KeyPlace, key_command};

/// Where `target`, which has the focus, is in the timeline `t`; with the
/// number of labels in view in each lane when it is in the lanes.
fn place_of(t: Timeline, target: &Element) -> (KeyPlace, Vec<usize>) {
    if matches!(target.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA") {
        return (KeyPlace::Field, Vec::new());
    }
    let in_frame = t
        .frame
        .get_untracked()
        .is_some_and(|frame| frame.contains(Some(target.as_ref())));
    if !in_frame {
        return (KeyPlace::Section, Vec::new());
    }
    let containers = t.dom.label_lanes();
    let labels = containers
        .iter()
        .map(|c| c.child_element_count() as usize)
        .collect();
    let place = target
        .parent_element()
        .and_then(|parent| {
            let lane = containers.iter().position(|c| *c == parent)?;
            let siblings = parent.children();
            let index =
                (0..siblings.length()).position(|i| siblings.item(i).as_ref() == Some(target))?;
            Some(KeyPlace::Label { lane, index })
        })
        .unwrap_or(KeyPlace::Frame);
    (place, labels)
}

/// What a key pressed in the section does.
pub fn on_key(t: Timeline) -> impl Fn(leptos::ev::KeyboardEvent) + Copy {
    move |ev| {
        let Some(target) = ev.target().and_then(|e| e.dyn_into::<Element>().ok()) else {
            return;
        };
        let (place, labels) = place_of(t, &target);
        let open = t.shared.selected.get_untracked().is_some();
        if let Some(command) = key_command(&ev.key(), place, open, &labels) {
            ev.prevent_default();
            run(t, command);
        }
    }
}
