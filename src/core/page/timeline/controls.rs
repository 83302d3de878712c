//! The fixed parts of the timeline section: its heading, the search box,
//! the toolbar (views, count, zoom), the lanes' frame, the overview strip,
//! and the list and the detail panel (empty until shown).

use super::{TimelineAction, TimelinePart};
use crate::core::page::contract::{Data, Name};
use crate::core::page::html::Html;
use crate::core::text::strings::Strings;

/// The section's heading and introduction, in a box of their own.
pub fn heading_html(s: &Strings) -> String {
    let mut h = Html::new();
    h.open("div", &[]);
    h.element(
        "h2",
        &[("id", TimelinePart::Heading.slug())],
        s.timeline_heading,
    );
    h.element("p", &[("class", "section-intro")], s.timeline_intro);
    h.close("div");
    h.finish()
}

/// The search box, with its label, in a box of their own.
pub fn search_html(s: &Strings) -> String {
    let search = TimelinePart::Search.slug();
    let mut h = Html::new();
    h.open("div", &[("class", "tl-search-wrap")]);
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
    h.close("div").close("div");
    h.finish()
}

/// The parts after the controls: the toolbar, the lanes' frame (with the
/// keys' help) and the overview strip, the list and the detail panel,
/// both hidden.
pub fn views_html(s: &Strings) -> String {
    let slug = |part: TimelinePart| part.slug();
    let test = Data::TestId.slug();
    let mut h = Html::new();
    h.open("div", &[("class", "tl-toolbar")]);
    toolbar_html(&mut h, s);
    h.close("div");
    h.open("div", &[("id", slug(TimelinePart::View))]);
    let help = slug(TimelinePart::Help);
    h.element(
        "p",
        &[("class", "visually-hidden"), ("id", help)],
        s.timeline_help,
    );
    h.open(
        "div",
        &[
            ("class", slug(TimelinePart::Frame)),
            ("tabindex", "0"),
            ("role", "group"),
            ("aria-label", s.timeline_label),
            ("aria-describedby", help),
            (test, "timeline"),
        ],
    );
    let body = slug(TimelinePart::Body);
    h.element("div", &[("id", body), ("class", body)], "");
    h.close("div");
    h.open(
        "div",
        &[
            ("class", slug(TimelinePart::Overview)),
            (Data::Action.slug(), TimelineAction::Overview.slug()),
            (test, "timeline-overview"),
            ("role", "img"),
            ("aria-label", s.overview_label),
        ],
    );
    for part in [TimelinePart::OverviewBars, TimelinePart::Window] {
        h.element("div", &[("id", slug(part)), ("class", slug(part))], "");
    }
    h.close("div").close("div");
    let list = slug(TimelinePart::List);
    h.element(
        "div",
        &[
            ("id", list),
            ("class", list),
            (test, "timeline-list"),
            ("hidden", ""),
        ],
        "",
    );
    let detail = slug(TimelinePart::Detail);
    h.element(
        "section",
        &[
            ("id", detail),
            ("class", detail),
            (test, "milestone-detail"),
            ("aria-labelledby", slug(TimelinePart::DetailTitle)),
            ("hidden", ""),
        ],
        "",
    );
    h.finish()
}

/// The toolbar: the choice of lanes or list, how many milestones are
/// shown, and the zoom buttons.
fn toolbar_html(h: &mut Html, s: &Strings) {
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
}
