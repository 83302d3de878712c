//! Moving through the lanes by keyboard. The timeline is one Tab stop (its
//! labels are out of the Tab order): from it, ↓ or Home goes to the first
//! label in view and End to the last; from a label, ← and → go to the one
//! before or after it, ↑ back to the timeline.

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

/// The labels and group badges drawn inside `frame`, left to right.
fn labels_in_view(frame: &Element) -> Vec<HtmlElement> {
    let bounds = frame.get_bounding_client_rect();
    let Ok(list) = frame.query_selector_all(".tl-items > button") else {
        return Vec::new();
    };
    let mut labels: Vec<(f64, HtmlElement)> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .map(|e| (e.get_bounding_client_rect().left(), e))
        .filter(|(x, _)| *x >= bounds.left() - 1.0 && *x < bounds.right())
        .collect();
    labels.sort_by(|a, b| a.0.total_cmp(&b.0));
    labels.into_iter().map(|(_, e)| e).collect()
}

/// Where `key` moves the focus from `from`, the timeline's `frame` or a
/// label in it; `None` if the key does not move it.
pub fn step(frame: &HtmlElement, from: &Element, key: &str) -> Option<Step> {
    let labels = labels_in_view(frame);
    let at = labels.iter().position(|e| **e == *from);
    let pick = |i: Option<usize>| i.and_then(|i| labels.get(i)).cloned().map(Step::Focus);
    match (at, key) {
        (_, "Home") => pick(Some(0)),
        (_, "End") => pick(labels.len().checked_sub(1)),
        (None, "ArrowDown") if *from == **frame => pick(Some(0)),
        (Some(_), "ArrowUp") => Some(Step::Focus(frame.clone())),
        (Some(i), "ArrowLeft") => pick(i.checked_sub(1)).or(Some(Step::Pan(-0.2))),
        (Some(i), "ArrowRight") => pick(Some(i + 1)).or(Some(Step::Pan(0.2))),
        _ => None,
    }
}
