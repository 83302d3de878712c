//! Moving through the lanes by keyboard. The timeline is one Tab stop (its
//! labels are out of the Tab order): from it, ↓ goes to the first label;
//! from a label, ← and → go to the one before or after it in its lane, ↓
//! and ↑ to the first in the next or previous lane (↑ from the first lane
//! back to the timeline).

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Where a key moves the focus.
pub enum Step {
    /// To this element.
    Focus(HtmlElement),
    /// Nowhere in view: the window pans by this fraction of its length,
    /// bringing further labels in.
    Pan(f64),
}

/// The first label of the nearest lane below (`down`) or above `lane`
/// that has one in view.
fn lane_label(mut lane: Element, down: bool) -> Option<Element> {
    loop {
        lane = if down {
            lane.next_element_sibling()
        } else {
            lane.previous_element_sibling()
        }?;
        if let Ok(Some(first)) = lane.query_selector(".tl-items > button") {
            return Some(first);
        }
    }
}

/// Where `key` moves the focus from `from`, the timeline's `frame` or a
/// label in it; `None` if the key does not move it.
pub fn step(frame: &HtmlElement, from: &Element, key: &str) -> Option<Step> {
    let lane = from
        .parent_element()
        .filter(|p| p.class_name() == "tl-items")
        .and_then(|p| p.parent_element());
    let to = match (lane, key) {
        (None, "ArrowDown") => frame.query_selector(".tl-items > button").ok()?,
        (Some(lane), "ArrowDown") => lane_label(lane, true),
        (Some(lane), "ArrowUp") => lane_label(lane, false).or_else(|| Some(frame.clone().into())),
        (Some(_), "ArrowLeft") => match from.previous_element_sibling() {
            None => return Some(Step::Pan(-0.2)),
            e => e,
        },
        (Some(_), "ArrowRight") => match from.next_element_sibling() {
            None => return Some(Step::Pan(0.2)),
            e => e,
        },
        _ => return None,
    };
    to?.dyn_into().ok().map(Step::Focus)
}
