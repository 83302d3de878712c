//! The lanes as drawn: their frame, written when the lanes change, and
//! what zooming and panning update in it (axis labels, marks, labels).

use std::sync::atomic::{AtomicBool, Ordering};

use super::dom::Dom;
use crate::components::attr::Attr;
use crate::components::delegate::report_missing;
use crate::components::keyed::Keyed;
use crate::core::page::contract::Part;
use crate::core::page::timeline::{TimelinePart, body_height, shell_html};
use crate::core::timeline::{Lane, View, Window};

/// Records `performance.mark("timeline-drawn")` the first time the
/// timeline is on screen, as lanes or as a list.
pub fn mark_timeline_drawn() {
    static DONE: AtomicBool = AtomicBool::new(false);
    if !DONE.swap(true, Ordering::Relaxed)
        && let Some(performance) = web_sys::window().and_then(|w| w.performance())
    {
        let _ = performance.mark("timeline-drawn");
    }
}

/// One lane's labels: kept by key, and shifted into the window.
pub struct LaneLabels {
    /// The labels.
    pub labels: Keyed,
    /// The container's style: the shift into the window.
    pub shift: Attr,
}

/// The lanes as drawn: which lanes, how many label rows, the axis' tick
/// labels, the attributes of the marks' SVG (in the order of
/// `mark_values`), the labels of each lane, and the origin of their
/// positions with the window length it was set for.
pub struct Drawn {
    /// The lanes drawn.
    pub lanes: Vec<Lane>,
    /// Label rows a lane.
    pub rows: usize,
    /// Which lanes have no milestone shown.
    pub empty: Vec<bool>,
    /// The axis' tick labels.
    pub axis: Keyed,
    /// The marks' SVG attributes, then each path's `d`.
    pub marks: Vec<Attr>,
    /// The labels of each lane.
    pub items: Vec<LaneLabels>,
    origin: Option<(f64, f64)>,
    /// The selected milestone last brought out of a group.
    pub focused: Option<usize>,
}

impl Drawn {
    /// Writes the frame of `lanes` with `rows` label rows, those `empty`
    /// low.
    pub fn new(dom: Dom, lanes: &[Lane], rows: usize, empty: Vec<bool>) -> Option<Drawn> {
        dom.html(TimelinePart::Body, &shell_html(lanes, rows, &empty));
        // A fixed height makes the lanes a layout boundary: redrawing them
        // lays out and paints nothing else.
        let height = body_height(rows, &empty);
        dom.attr(TimelinePart::Body, "style", &format!("height:{height}px"));
        let containers = dom.label_lanes();
        if containers.len() != lanes.len() {
            report_missing(&TimelinePart::Items.selector());
            return None;
        }
        let items = containers
            .into_iter()
            .map(|c| LaneLabels {
                shift: Attr::new(c.clone(), "style"),
                labels: Keyed::new(c),
            })
            .collect();
        let (svg, paths) = dom.marks(lanes.len())?;
        let marks = ["width", "height", "viewBox"]
            .into_iter()
            .map(|name| Attr::new(svg.clone(), name))
            .chain(paths.into_iter().map(|path| Attr::new(path, "d")))
            .collect();
        Some(Drawn {
            lanes: lanes.to_vec(),
            rows,
            empty,
            axis: Keyed::new(dom.get(TimelinePart::Axis)?),
            marks,
            items,
            origin: None,
            focused: None,
        })
    }

    /// The view of `window` at `width`: positions keep their origin while
    /// only panning, so that labels keep their places and the lanes move as
    /// a whole; zooming or resizing sets a new origin.
    pub fn view(&mut self, window: Window, width: f64) -> View {
        let scale = width / window.length();
        let origin = match self.origin {
            Some((origin, s)) if (s - scale).abs() <= scale * 1e-9 => origin,
            _ => window.start,
        };
        self.origin = Some((origin, scale));
        View {
            window,
            width,
            origin,
        }
    }
}
