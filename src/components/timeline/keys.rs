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

/// The labels and group badges drawn inside `frame`, with their left
/// edges.
fn labels_in_view(frame: &Element) -> Vec<(f64, HtmlElement)> {
    let bounds = frame.get_bounding_client_rect();
    let Ok(list) = frame.query_selector_all(".tl-items > button") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .map(|e| (e.get_bounding_client_rect().left(), e))
        .filter(|(x, _)| *x >= bounds.left() - 1.0 && *x < bounds.right())
        .collect()
}

/// The label nearest to `from` (a left edge) in the direction `sign`
/// (1 rightwards, -1 leftwards), among those strictly that way.
fn nearest(labels: &[(f64, HtmlElement)], from: f64, sign: f64) -> Option<HtmlElement> {
    labels
        .iter()
        .filter(|(x, _)| (x - from) * sign > 0.0)
        .min_by(|a, b| ((a.0 - from) * sign).total_cmp(&((b.0 - from) * sign)))
        .map(|(_, e)| e.clone())
}

/// Where `key` moves the focus from `from`, the timeline's `frame` or a
/// label in it; `None` if the key does not move it.
pub fn step(frame: &HtmlElement, from: &Element, key: &str) -> Option<Step> {
    let labels = labels_in_view(frame);
    let at = labels.iter().find(|(_, e)| **e == *from).map(|(x, _)| *x);
    let focus = |e: Option<HtmlElement>| e.map(Step::Focus);
    let edge = f64::INFINITY;
    match (at, key) {
        (_, "Home") => focus(nearest(&labels, -edge, 1.0)),
        (_, "End") => focus(nearest(&labels, edge, -1.0)),
        (None, "ArrowDown") if *from == **frame => focus(nearest(&labels, -edge, 1.0)),
        (Some(_), "ArrowUp") => Some(Step::Focus(frame.clone())),
        (Some(x), "ArrowLeft") => focus(nearest(&labels, x, -1.0)).or(Some(Step::Pan(-0.2))),
        (Some(x), "ArrowRight") => focus(nearest(&labels, x, 1.0)).or(Some(Step::Pan(0.2))),
        _ => None,
    }
}
