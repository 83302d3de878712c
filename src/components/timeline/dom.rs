//! The timeline's parts in the page, found under its root (which may be
//! in a shadow tree, where the document cannot see them) through the
//! typed contract of `core::page::timeline`. A part not found is reported
//! on the console ([`report_missing`]).

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::components::delegate::{Parts, find_under, report_missing};
use crate::core::page::contract::Part;
use crate::core::page::timeline::{MarkPath, TimelinePart, milestone_selector};

/// The timeline's parts.
#[derive(Clone, Copy)]
pub struct Dom(Parts);

/// The elements under `within` that `selector` finds, in document order.
fn all_under(within: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = within.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

impl Dom {
    /// The parts under `root`.
    pub fn new(root: NodeRef<Div>) -> Dom {
        Dom(Parts::new(root))
    }

    /// The part, if the section is mounted.
    pub fn get(self, part: TimelinePart) -> Option<Element> {
        self.0.get(part)
    }

    /// Replaces the markup of the part.
    pub fn html(self, part: TimelinePart, html: &str) {
        self.0.html(part, html);
    }

    /// Replaces the text of the part.
    pub fn text(self, part: TimelinePart, text: &str) {
        self.0.text(part, text);
    }

    /// Sets an attribute of the part.
    pub fn attr(self, part: TimelinePart, name: &str, value: &str) {
        self.0.attr(part, name, value);
    }

    /// Shows the part, or hides it.
    pub fn show(self, part: TimelinePart, on: bool) {
        self.0.show(part, on);
    }

    /// Moves keyboard focus to the part.
    pub fn focus(self, part: TimelinePart) {
        self.0.focus(part);
    }

    /// Milestone `i` as shown: its item in the `list`, or its label in the
    /// lanes; reported if it is not there.
    pub fn milestone(self, list: bool, i: usize) -> Option<Element> {
        let within = self.get(if list {
            TimelinePart::List
        } else {
            TimelinePart::Body
        })?;
        find_under(&within, &milestone_selector(list, i))
    }

    /// The containers of the lanes' labels, one a lane, from the top.
    pub fn label_lanes(self) -> Vec<Element> {
        self.get(TimelinePart::Body)
            .map(|body| all_under(&body, &TimelinePart::Items.selector()))
            .unwrap_or_default()
    }

    /// The marks' SVG and its paths in document order, if it has the
    /// paths of `lanes` lanes (else reported).
    pub fn marks(self, lanes: usize) -> Option<(Element, Vec<Element>)> {
        let svg = self.get(TimelinePart::Marks)?;
        let paths = all_under(&svg, &MarkPath::every());
        if paths.len() != MarkPath::count(lanes) {
            report_missing(&MarkPath::every());
            return None;
        }
        Some((svg, paths))
    }

    /// Scrolls the page, if need be, so that milestone `i` (in the `list`,
    /// or its label) is on screen and not under the details, which are a
    /// sheet over the bottom of the screen while the timeline is on it.
    pub fn keep_in_view(self, list: bool, i: usize) {
        let (Some(item), Some(detail), Some(w)) = (
            self.milestone(list, i),
            self.get(TimelinePart::Detail),
            web_sys::window(),
        ) else {
            return;
        };
        let (item, sheet) = (
            item.get_bounding_client_rect(),
            detail.get_bounding_client_rect(),
        );
        let by = if item.top() < 8.0 {
            item.top() - 8.0
        } else {
            (item.bottom() + 8.0 - sheet.top()).max(0.0)
        };
        if by != 0.0 {
            w.scroll_by_with_x_and_y(0.0, by);
        }
    }
}
