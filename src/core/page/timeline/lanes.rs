//! The lanes: their heights, their frame (written when the lanes change)
//! and the labels of their milestones in view (kept from one view to the
//! next as keyed pieces).

use super::marks::marks_shell;
use super::{TimelinePart, lane_name, px};
use crate::core::dataset::atlas::Atlas;
use crate::core::page::contract::{Data, Name};
use crate::core::page::html::Html;
use crate::core::page::piece::Piece;
use crate::core::page::series::series_class;
use crate::core::text::bilingual::Lang;
use crate::core::text::format::read_whole;
use crate::core::text::strings::{Strings, with_count};
use crate::core::time::calendar::days_from_civil;
use crate::core::timeline::{Lane, Placement, View, badge_width, cuts_title};

/// Height of a label row, in pixels, with `rows` rows a lane: narrow and
/// touch screens have two rows of labels 44 px high; others three rows of
/// 20 px labels.
pub(super) fn row_height(rows: usize) -> f64 {
    if rows < 3 { 46.0 } else { 22.0 }
}

/// Room under the first label row for the markers.
pub(super) const BASE: f64 = 16.0;

/// Height of the axis.
const AXIS: f64 = 27.0;

/// What the lanes need besides their layout.
pub struct LanesContext<'a> {
    /// The dataset.
    pub atlas: &'a Atlas,
    /// The window in view, the width it is drawn at, and the origin of
    /// positions.
    pub view: View,
    /// Label rows per lane.
    pub rows: usize,
    /// Which lanes have no milestone shown (they are drawn low).
    pub empty: &'a [bool],
    /// The selected milestone.
    pub selected: Option<usize>,
    /// The year highlighted from a chart.
    pub lit_year: Option<i32>,
    /// Language and strings.
    pub lang: Lang,
    /// The interface strings.
    pub s: &'static Strings,
}

/// Height of a lane with `rows` label rows; one with no milestone shown
/// (`empty`, as when a search leaves none) is only as high as its name.
fn lane_height(rows: usize, empty: bool) -> f64 {
    if empty {
        24.0
    } else {
        BASE + rows as f64 * row_height(rows) + 24.0
    }
}

/// The bottom of each lane's content, from the top of the lanes: each
/// lane is followed by its 1 px border.
pub(super) fn lane_bottoms(rows: usize, empty: &[bool]) -> Vec<f64> {
    let mut top = 0.0;
    empty
        .iter()
        .map(|&e| {
            top += lane_height(rows, e) + 1.0;
            top - 1.0
        })
        .collect()
}

/// Height of the whole timeline body, in whole pixels.
pub fn body_height(rows: usize, empty: &[bool]) -> u32 {
    let lanes = lane_bottoms(rows, empty).last().map_or(0.0, |b| b + 1.0);
    (AXIS + lanes).ceil() as u32
}

/// The frame of the lanes, written when the lanes change: the axis, the
/// marks, and per lane its name and an empty container of labels (a
/// [`TimelinePart::Items`], filled by [`label_pieces`]).
pub fn shell_html(lanes: &[Lane], rows: usize, empty: &[bool]) -> String {
    let mut h = Html::new();
    let axis = TimelinePart::Axis.slug();
    h.element(
        "div",
        &[("class", axis), ("id", axis), ("aria-hidden", "true")],
        "",
    );
    h.open(
        "div",
        &[(
            "class",
            if rows < 3 {
                "tl-lanes is-touch"
            } else {
                "tl-lanes"
            },
        )],
    );
    marks_shell(&mut h, lanes);
    let items = TimelinePart::Items.slug();
    for (k, lane) in lanes.iter().enumerate() {
        let height = format!(
            "height:{}",
            px(lane_height(rows, empty.get(k).copied().unwrap_or(false)))
        );
        h.open(
            "div",
            &[
                ("class", &format!("tl-lane {}", series_class(lane.style))),
                (Data::TestId.slug(), "timeline-lane"),
                (
                    Data::Lane.slug(),
                    lane.cluster.as_deref().unwrap_or("national"),
                ),
                ("style", &height),
            ],
        );
        h.element("span", &[("class", "tl-lane-label")], &lane.label);
        h.element("div", &[("class", items)], "");
        h.close("div");
    }
    h.close("div");
    h.finish()
}

/// The labels of one lane's placements, keyed by milestone (`m12`) or by
/// a group's first milestone (`g12`), in date order.
pub fn label_pieces(cx: &LanesContext, placements: &[Placement]) -> Vec<Piece> {
    let lit = cx.lit_year.map(|y| {
        (
            days_from_civil(i64::from(y), 1, 1),
            days_from_civil(i64::from(y) + 1, 1, 1),
        )
    });
    placements
        .iter()
        .filter_map(|p| match p {
            Placement::One {
                id,
                row,
                left,
                width,
                x,
                ..
            } => label_piece(cx, *id, (*row, *left, *width, *x), lit),
            Placement::Group {
                ids,
                row,
                left,
                days,
                ..
            } => group_piece(cx, ids, (*row, *left), *days),
        })
        .collect()
}

/// The label of milestone `id`, placed in `row` at `left`, `width` wide,
/// its marker at `x`; lit if it falls in the `lit` span of days.
fn label_piece(
    cx: &LanesContext,
    id: usize,
    (row, left, width, x): (usize, f64, f64, f64),
    lit: Option<(i64, i64)>,
) -> Option<Piece> {
    let m = cx.atlas.milestones().get(id)?;
    let (start, end) = m.date.span();
    let mut class = String::from(TimelinePart::Item.slug());
    if cx.selected == Some(id) {
        class.push_str(" is-selected");
    }
    if lit.is_some_and(|(a, b)| start < b && end > a) {
        class.push_str(" is-lit");
    }
    // The accessible name starts with the label seen (which CSS may cut
    // short), then says when, where and what in full.
    let name = format!(
        "{}. {}, {}: {}",
        m.short().get(cx.lang),
        m.date.display(cx.lang),
        lane_name(cx.atlas, m, cx.lang, cx.s),
        m.title.get(cx.lang)
    );
    // Only a label cut short is clipped, to end in an ellipsis (a clip for
    // every label would cost each zoom and pan step). It is said in the
    // style, which changes without the element being made again, so that
    // a label keeps the focus.
    let clip = if cuts_title(m, cx.lang, width) {
        ";overflow:hidden;text-overflow:ellipsis"
    } else {
        ""
    };
    // A label moved left of its marker, to end at the right edge, is as
    // wide as the layout estimated its text, so that it reaches the leader
    // at its marker however narrow the text is drawn.
    let size = if x > left { "width" } else { "max-width" };
    let style = format!(
        "{};{size}:{}{clip}",
        place_style(left, row, cx.rows),
        px(width)
    );
    let mut h = Html::new();
    h.element(
        "button",
        &[
            ("type", "button"),
            ("class", &class),
            (Data::Id.slug(), &id.to_string()),
            (Data::TestId.slug(), "milestone"),
            ("tabindex", "-1"),
            ("aria-label", &name),
            ("title", &name),
            ("style", &style),
        ],
        m.short().get(cx.lang),
    );
    Some(Piece {
        key: format!("m{id}"),
        html: h.finish(),
        style,
    })
}

/// The badge of a group of milestones `ids`, placed in `row` at `left`,
/// spanning `days` (first, last).
fn group_piece(
    cx: &LanesContext,
    ids: &[usize],
    (row, left): (usize, f64),
    (first, last): (i64, i64),
) -> Option<Piece> {
    let style = format!(
        "{};width:{}",
        place_style(left, row, cx.rows),
        px(badge_width(ids.len()))
    );
    let mut h = Html::new();
    h.element(
        "button",
        &[
            ("type", "button"),
            ("class", "tl-group"),
            (Data::Span.slug(), &span_value(first, last)),
            (Data::TestId.slug(), "milestone-group"),
            ("tabindex", "-1"),
            ("aria-label", &with_count(cx.s.group_label, ids.len())),
            ("style", &style),
        ],
        &ids.len().to_string(),
    );
    Some(Piece {
        key: format!("g{}", ids.first()?),
        html: h.finish(),
        style,
    })
}

/// The `data-span` of a group from day `first` to day `last`.
fn span_value(first: i64, last: i64) -> String {
    format!("{first},{last}")
}

/// The first and last days of a group, from its `data-span`.
pub fn read_span(value: &str) -> Option<(i64, i64)> {
    let (first, last) = value.split_once(',')?;
    Some((read_whole(first)?, read_whole(last)?))
}

/// The position of a label at `left` in `row`, as CSS margins: labels
/// share one grid cell of their lane (see `.tl-items` in the style sheet).
fn place_style(left: f64, row: usize, rows: usize) -> String {
    format!(
        "margin-left:{};margin-bottom:{}",
        px(left),
        px(BASE + row as f64 * row_height(rows))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_s_span_reads_back() {
        assert_eq!(read_span(&span_value(-3, 17_000)), Some((-3, 17_000)));
        assert_eq!(read_span("12"), None);
        assert_eq!(read_span("a,2"), None);
    }

    #[test]
    fn the_body_is_the_axis_and_the_lanes_with_their_borders() {
        // Three rows of 22 px over the markers' room and the name, and a
        // lane left empty as high as its name.
        assert_eq!(body_height(3, &[false]), 27 + 16 + 66 + 24 + 1);
        assert_eq!(
            body_height(2, &[false, true]),
            27 + 16 + 92 + 24 + 1 + 24 + 1
        );
    }
}
