//! The timeline's markup, written as escaped HTML text: the fixed controls,
//! lanes with their milestones (only those in view) and marks, the axis,
//! the overview strip, the list and the detail panel; and the contract
//! between these writers and the component that finds their parts again
//! and reads their actions.

mod axis;
mod controls;
mod detail;
mod lanes;
mod list;
mod marks;
mod overview;

pub use axis::{axis_pieces, drawn_ticks, era_pieces, shift_style};
pub use controls::{heading_html, search_html, views_html};
pub use detail::detail_html;
pub use lanes::{LanesContext, body_height, label_pieces, read_span, shell_html};
pub use list::list_html;
pub use marks::{MarkPath, mark_values};
pub use overview::{overview_html, window_style};

use crate::core::dataset::atlas::{Atlas, Milestone};
use crate::core::page::contract::{Data, Name, Part, names};
use crate::core::text::bilingual::Lang;
use crate::core::text::format::decimal;
use crate::core::text::strings::Strings;

names! {
    /// What a button of the timeline does (its `data-action`).
    pub enum TimelineAction {
        /// Shows the lanes.
        ViewTimeline = "view-timeline",
        /// Shows the list.
        ViewList = "view-list",
        /// Zooms in.
        ZoomIn = "zoom-in",
        /// Zooms out.
        ZoomOut = "zoom-out",
        /// Shows the whole span.
        ZoomFit = "zoom-fit",
        /// Downloads the milestones shown as CSV.
        DownloadCsv = "download-milestones",
        /// Opens the milestone before the open one.
        Previous = "prev",
        /// Opens the milestone after the open one.
        Next = "next",
        /// Closes the details.
        Close = "close",
        /// Centres the window where the overview strip was clicked.
        Overview = "overview",
    }
}

names! {
    /// The parts of the timeline that its writers write and its component
    /// finds again: by id (see [`TimelinePart::is_id`]) or by class.
    pub enum TimelinePart {
        /// The timeline's section (id).
        Section = "timeline",
        /// The section's heading (id).
        Heading = "timeline-heading",
        /// The search box (id).
        Search = "tl-search",
        /// The button that shows the lanes (id).
        ViewTimeline = "view-timeline",
        /// The button that shows the list (id).
        ViewList = "view-list",
        /// How many milestones are shown (id).
        Count = "tl-count",
        /// The zoom buttons (id).
        Zoom = "tl-zoom",
        /// The lanes and the overview strip (id).
        View = "tl-view",
        /// The keys' help, describing the lanes (id).
        Help = "tl-help",
        /// The frame of the lanes: one Tab stop, and what pointers pan.
        Frame = "tl-frame",
        /// The lanes' body inside the frame (id).
        Body = "tl-body",
        /// The axis' tick labels (id).
        Axis = "tl-axis",
        /// The SVG of the grid, the leaders and the markers (id).
        Marks = "tl-marks",
        /// The container of one lane's labels.
        Items = "tl-items",
        /// A milestone's label in the lanes.
        Item = "tl-item",
        /// The overview strip.
        Overview = "tl-overview",
        /// The overview strip's bars (id).
        OverviewBars = "tl-overview-bars",
        /// The window in view, framed on the overview strip (id).
        Window = "tl-window",
        /// The list (id).
        List = "tl-list",
        /// A milestone's item in the list.
        ListItem = "tl-list-item",
        /// The details of the selected milestone (id).
        Detail = "tl-detail",
        /// The title of the details, focused when they open (id).
        DetailTitle = "tl-detail-title",
    }
}

impl TimelinePart {
    /// Whether the part is found by its id (else by its class).
    pub fn is_id(self) -> bool {
        !matches!(
            self,
            TimelinePart::Frame
                | TimelinePart::Items
                | TimelinePart::Item
                | TimelinePart::Overview
                | TimelinePart::ListItem
        )
    }
}

impl Part for TimelinePart {
    fn selector(self) -> String {
        if self.is_id() {
            format!("#{}", self.slug())
        } else {
            format!(".{}", self.slug())
        }
    }
}

/// The selector of milestone `i` as shown: its item in the `list`, or
/// its label in the lanes.
pub fn milestone_selector(list: bool, i: usize) -> String {
    let part = if list {
        TimelinePart::ListItem
    } else {
        TimelinePart::Item
    };
    format!(
        "{}{}",
        part.selector(),
        Data::Id.selector(Some(&i.to_string()))
    )
}

/// A length in pixels, to one decimal.
fn px(v: f64) -> String {
    format!("{}px", decimal(v, 1))
}

/// The name of a milestone's lane.
fn lane_name(atlas: &Atlas, m: &Milestone, lang: Lang, s: &Strings) -> String {
    m.cluster
        .as_ref()
        .and_then(|c| atlas.cluster(c))
        .map_or_else(
            || s.lane_without_cluster(atlas).to_string(),
            |c| c.name.get(lang).to_string(),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_found_by_id_or_class_and_actions_read_back() {
        assert_eq!(TimelinePart::Body.selector(), "#tl-body");
        assert_eq!(TimelinePart::Frame.selector(), ".tl-frame");
        assert_eq!(milestone_selector(true, 7), ".tl-list-item[data-id=\"7\"]");
        assert_eq!(milestone_selector(false, 0), ".tl-item[data-id=\"0\"]");
        for &action in TimelineAction::ALL {
            assert_eq!(TimelineAction::from_slug(action.slug()), Some(action));
        }
        let mut slugs: Vec<_> = TimelinePart::ALL.iter().map(|p| p.slug()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), TimelinePart::ALL.len());
    }
}
