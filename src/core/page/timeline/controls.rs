//! The fixed parts of the timeline section: its heading, the search box
//! and the toolbar (views, count, zoom).

use super::{TimelineAction, TimelinePart};
use crate::core::page::contract::{Data, Name};
use crate::core::page::html::Html;
use crate::core::text::strings::Strings;

/// The section's heading and introduction.
pub fn heading_html(s: &Strings) -> String {
    let mut h = Html::new();
    h.element(
        "h2",
        &[("id", TimelinePart::Heading.slug())],
        s.timeline_heading,
    );
    h.element("p", &[("class", "section-intro")], s.timeline_intro);
    h.finish()
}

/// The search box, with its label.
pub fn search_html(s: &Strings) -> String {
    let search = TimelinePart::Search.slug();
    let mut h = Html::new();
    h.open("div", &[("class", "control tl-search")]);
    h.element(
        "label",
        &[("class", "control-label"), ("for", search)],
        s.search_label,
    );
    h.element(
        "input",
        &[
            ("id", search),
            ("class", "select"),
            ("type", "search"),
            (Data::TestId.slug(), "timeline-search"),
        ],
        "",
    );
    h.close("div");
    h.finish()
}

/// The toolbar: the choice of lanes or list, how many milestones are
/// shown, and the zoom buttons.
pub fn toolbar_html(s: &Strings) -> String {
    let mut h = Html::new();
    h.open("div", &[("class", "segments"), ("role", "group")]);
    for (part, action, label) in [
        (
            TimelinePart::ViewTimeline,
            TimelineAction::ViewTimeline,
            s.view_timeline,
        ),
        (
            TimelinePart::ViewList,
            TimelineAction::ViewList,
            s.view_list,
        ),
    ] {
        h.element(
            "button",
            &[
                ("type", "button"),
                ("class", "button switch"),
                ("id", part.slug()),
                (Data::Action.slug(), action.slug()),
                (Data::TestId.slug(), action.slug()),
            ],
            label,
        );
    }
    h.close("div");
    let count = TimelinePart::Count.slug();
    h.element(
        "span",
        &[
            ("class", count),
            ("role", "status"),
            ("id", count),
            (Data::TestId.slug(), "timeline-count"),
        ],
        "",
    );
    h.element(
        "button",
        &[
            ("type", "button"),
            ("class", "button"),
            (Data::Action.slug(), TimelineAction::DownloadCsv.slug()),
            (Data::TestId.slug(), TimelineAction::DownloadCsv.slug()),
            ("aria-label", s.download_milestones),
            ("title", s.download_milestones),
        ],
        s.download_csv,
    );
    let zoom = TimelinePart::Zoom.slug();
    h.open("div", &[("class", zoom), ("id", zoom)]);
    for (action, label, name) in [
        (TimelineAction::ZoomOut, "−", s.zoom_out),
        (TimelineAction::ZoomIn, "+", s.zoom_in),
        (TimelineAction::ZoomFit, s.zoom_fit, s.zoom_fit),
    ] {
        h.element(
            "button",
            &[
                ("type", "button"),
                ("class", "button"),
                (Data::Action.slug(), action.slug()),
                (Data::TestId.slug(), action.slug()),
                ("aria-label", name),
                ("title", name),
            ],
            label,
        );
    }
    h.close("div");
    h.finish()
}
