//! The timeline's markup, written as escaped HTML text: lanes with their
//! milestones (only those in view), the axis, the overview strip, the list
//! and the detail panel.

use crate::components::keyed::Piece;
use crate::core::dataset::atlas::{Atlas, Milestone};
use crate::core::layout::clamp::clamp;
use crate::core::page::html::Html;
use crate::core::page::source_links::source_anchor;
use crate::core::text::bilingual::Lang;
use crate::core::text::format::decimal;
use crate::core::text::strings::{Strings, with_count};
use crate::core::time::calendar::days_from_civil;
use crate::core::timeline::{Lane, Placement, Tick, View, badge_width, cuts_title};
use crate::draw::theme::PALETTE_LEN;

/// Height of a label row, in pixels, with `rows` rows a lane: narrow and
/// touch screens have two rows of labels 44 px high; others three rows of
/// 20 px labels.
fn row_height(rows: usize) -> f64 {
    if rows < 3 { 46.0 } else { 22.0 }
}
/// Room under the first label row for the markers.
pub const BASE: f64 = 16.0;
/// Height of the markers' centre line above a lane's bottom.
const MARK: f64 = 9.0;

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

fn px(v: f64) -> String {
    format!("{}px", decimal(v, 1))
}

/// The name of a milestone's lane.
pub fn lane_name(atlas: &Atlas, m: &Milestone, lang: Lang, s: &Strings) -> String {
    m.cluster
        .as_ref()
        .and_then(|c| atlas.cluster(c))
        .map_or_else(
            || s.lane_without_cluster(atlas).to_string(),
            |c| c.name.get(lang).to_string(),
        )
}

/// Height of the axis.
const AXIS: f64 = 27.0;

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
fn lane_bottoms(rows: usize, empty: &[bool]) -> Vec<f64> {
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
/// marks, and per lane its name and an empty container of labels (id
/// `tl-items-N`, filled by [`label_pieces`]).
pub fn shell_html(lanes: &[Lane], rows: usize, empty: &[bool]) -> String {
    let mut h = Html::new();
    h.element(
        "div",
        &[
            ("class", "tl-axis"),
            ("id", "tl-axis"),
            ("aria-hidden", "true"),
        ],
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
    for (k, lane) in lanes.iter().enumerate() {
        let height = format!(
            "height:{}",
            px(lane_height(rows, empty.get(k).copied().unwrap_or(false)))
        );
        h.open(
            "div",
            &[
                (
                    "class",
                    &format!("tl-lane series-{}", lane.style % PALETTE_LEN),
                ),
                ("data-testid", "timeline-lane"),
                ("data-lane", lane.cluster.as_deref().unwrap_or("national")),
                ("style", &height),
            ],
        );
        h.element("span", &[("class", "tl-lane-label")], &lane.label);
        h.element(
            "div",
            &[("class", "tl-items"), ("id", &format!("tl-items-{k}"))],
            "",
        );
        h.close("div");
    }
    h.close("div");
    h.finish()
}

/// The ticks that are drawn, with their positions in the window: a tick
/// whose label would run off the right edge is left out.
pub fn drawn_ticks<'a>(view: &View, ticks: &'a [Tick]) -> Vec<(f64, &'a Tick)> {
    ticks
        .iter()
        .map(|t| (view.x(t.day) - view.shift(), t))
        .filter(|(x, _)| x + 48.0 < view.width)
        .collect()
}

/// The tick labels of the axis, keyed by their day, placed by their left
/// margin: while zooming at one precision, a tick keeps its element and
/// only moves.
pub fn axis_pieces(ticks: &[(f64, &Tick)]) -> Vec<Piece> {
    ticks
        .iter()
        .map(|(x, tick)| {
            let style = format!("margin-left:{}", px(*x));
            let mut h = Html::new();
            h.element(
                "span",
                &[("class", "tl-tick"), ("style", &style)],
                &tick.label,
            );
            Piece {
                key: decimal(tick.day, 0),
                html: h.finish(),
                style,
            }
        })
        .collect()
}

/// The CSS that moves the labels (placed from the view's origin) into the
/// window.
pub fn shift_style(view: &View) -> String {
    format!("transform:translateX({})", px(-view.shift()))
}

/// The classes of the paths of one lane's marks, in drawing order:
/// leader lines, group spans, month and year markers (bars), day markers
/// (dots).
const MARK_PATHS: [&str; 4] = ["tl-leaders", "tl-groups", "tl-bars", "tl-dots"];

/// The path data of the marks of one lane, in the order of [`MARK_PATHS`].
#[derive(Default)]
struct Marks {
    leaders: String,
    groups: String,
    bars: String,
    dots: String,
}

impl Marks {
    /// The path data, in the order of [`MARK_PATHS`].
    fn paths(self) -> [String; 4] {
        [self.leaders, self.groups, self.bars, self.dots]
    }
}

/// The SVG under the labels, with no marks yet: the grid's path, then per
/// lane, and for the selected milestone, a group of [`MARK_PATHS`].
/// [`mark_values`] gives what to set in it for a view, so that zooming
/// and panning change attributes, not elements.
fn marks_shell(h: &mut Html, lanes: &[Lane]) {
    h.open(
        "svg",
        &[
            ("class", "tl-marks"),
            ("id", "tl-marks"),
            ("aria-hidden", "true"),
        ],
    );
    h.element("path", &[("class", "tl-grid")], "");
    let groups = lanes
        .iter()
        .map(|l| format!("series-{}", l.style % PALETTE_LEN))
        .chain(["tl-chosen".to_string()]);
    for group in groups {
        h.open("g", &[("class", &group)]);
        for class in MARK_PATHS {
            h.element("path", &[("class", class)], "");
        }
        h.close("g");
    }
    h.close("svg");
}

/// Appends to `path` a straight line from (`x`, `y`), to `end` across
/// (`towards` 'H') or down (`towards` 'V').
fn line(path: &mut String, x: f64, y: f64, towards: char, end: f64) {
    path.push_str(&format!(
        "M{} {}{towards}{}",
        decimal(x, 1),
        decimal(y, 1),
        decimal(end, 1)
    ));
}

/// Appends a placement's marks: its leader from the label down to the
/// marker at `mark_y`, and the marker.
fn add_marks(marks: &mut Marks, p: &Placement, bottom: f64, rows: usize) {
    let (row, left, x, x_end, width, group) = match p {
        Placement::One {
            row,
            left,
            width,
            x,
            x_end,
            ..
        } => (*row, *left, *x, *x_end, *width, false),
        Placement::Group {
            ids,
            row,
            left,
            x,
            x_end,
            ..
        } => (*row, *left, *x, *x_end, badge_width(ids.len()), true),
    };
    let mark_y = bottom - MARK;
    let label_bottom = bottom - BASE - row as f64 * row_height(rows);
    let lead = clamp(x, left + 1.0, left + width - 1.0);
    line(&mut marks.leaders, lead, label_bottom, 'V', mark_y);
    let path = if group {
        &mut marks.groups
    } else if x_end > x {
        &mut marks.bars
    } else {
        &mut marks.dots
    };
    // A dot is a line of no length with round ends; a bar is at least 6 px.
    let end = if x_end > x || group {
        x_end.max(x + 6.0)
    } else {
        x
    };
    line(path, x, mark_y, 'H', end);
}

/// What the marks' SVG (see [`marks_shell`]) shows in a view: its
/// `width`, `height` and `viewBox`, then the `d` of each path in document
/// order: grid lines at the ticks, then per lane the leaders and markers
/// of its placements, then the selected milestone's marker again, on top,
/// in the accent colour.
pub fn mark_values(
    cx: &LanesContext,
    ticks: &[(f64, &Tick)],
    lanes: &[Lane],
    layout: &[Vec<Placement>],
) -> Vec<String> {
    let bottoms = lane_bottoms(cx.rows, cx.empty);
    let height = bottoms.last().map_or(0.0, |b| b + 1.0);
    // Drawn from the view's origin, like the labels; the view box shows the
    // window.
    let shift = cx.view.shift();
    let mut grid = String::new();
    for (x, _) in ticks {
        line(&mut grid, x + shift, 0.0, 'V', height);
    }
    let (w, ht) = (decimal(cx.view.width, 1), decimal(height, 1));
    let view_box = format!("{} 0 {w} {ht}", decimal(shift, 1));
    let mut values = vec![w, ht, view_box, grid];
    let mut selected = Marks::default();
    for (placements, &bottom) in layout.iter().zip(&bottoms).take(lanes.len()) {
        let mut marks = Marks::default();
        for p in placements {
            add_marks(&mut marks, p, bottom, cx.rows);
            if matches!(p, Placement::One { id, .. } if cx.selected == Some(*id)) {
                add_marks(&mut selected, p, bottom, cx.rows);
            }
        }
        values.extend(marks.paths());
    }
    // Four values for every lane of the shell, even one missing from the
    // layout (none is), so that the selected milestone's stay last.
    values.resize(4 + 4 * lanes.len(), String::new());
    values.extend(selected.paths());
    values
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
        .filter_map(|p| label_piece(cx, p, lit))
        .collect()
}

fn label_piece(cx: &LanesContext, placement: &Placement, lit: Option<(i64, i64)>) -> Option<Piece> {
    let milestones = cx.atlas.milestones();
    let mut h = Html::new();
    let (key, style) = match placement {
        Placement::One {
            id,
            row,
            left,
            width,
            x,
            ..
        } => {
            let m = milestones.get(*id)?;
            let (start, end) = m.date.span();
            let mut class = String::from("tl-item");
            if cx.selected == Some(*id) {
                class.push_str(" is-selected");
            }
            if lit.is_some_and(|(a, b)| start < b && end > a) {
                class.push_str(" is-lit");
            }
            // The accessible name starts with the label seen (which CSS
            // may cut short), then says when, where and what in full.
            let name = format!(
                "{}. {}, {}: {}",
                m.short().get(cx.lang),
                m.date.display(cx.lang),
                lane_name(cx.atlas, m, cx.lang, cx.s),
                m.title.get(cx.lang)
            );
            // Only a label cut short is clipped, to end in an ellipsis (a
            // clip for every label would cost each zoom and pan step). It
            // is said in the style, which changes without the element
            // being made again, so that a label keeps the focus.
            let clip = if cuts_title(m, cx.lang, *width) {
                ";overflow:hidden;text-overflow:ellipsis"
            } else {
                ""
            };
            // A label moved left of its marker, to end at the right edge,
            // is as wide as the layout estimated its text, so that it
            // reaches the leader at its marker however narrow the text is
            // drawn.
            let size = if x > left { "width" } else { "max-width" };
            let style = format!(
                "{};{size}:{}{clip}",
                place_style(*left, *row, cx.rows),
                px(*width)
            );
            h.element(
                "button",
                &[
                    ("type", "button"),
                    ("class", &class),
                    ("data-id", &id.to_string()),
                    ("data-testid", "milestone"),
                    ("tabindex", "-1"),
                    ("aria-label", &name),
                    ("title", &name),
                    ("style", &style),
                ],
                m.short().get(cx.lang),
            );
            (format!("m{id}"), style)
        }
        Placement::Group {
            ids,
            row,
            left,
            days: (first, last),
            ..
        } => {
            let style = format!(
                "{};width:{}",
                place_style(*left, *row, cx.rows),
                px(badge_width(ids.len()))
            );
            h.element(
                "button",
                &[
                    ("type", "button"),
                    ("class", "tl-group"),
                    ("data-span", &format!("{first},{last}")),
                    ("data-testid", "milestone-group"),
                    ("tabindex", "-1"),
                    ("aria-label", &with_count(cx.s.group_label, ids.len())),
                    ("style", &style),
                ],
                &ids.len().to_string(),
            );
            (format!("g{}", ids.first()?), style)
        }
    };
    Some(Piece {
        key,
        html: h.finish(),
        style,
    })
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

/// The overview strip: where milestones are over the whole span, per lane.
pub fn overview_html(density: &[Vec<u32>], lanes: &[Lane]) -> String {
    let bins = density.first().map_or(0, Vec::len).max(1);
    let peak = density.iter().flatten().copied().max().unwrap_or(0).max(1);
    let band = 100.0 / density.len().max(1) as f64;
    let mut svg =
        format!(r#"<svg viewBox="0 0 {bins} 100" preserveAspectRatio="none" aria-hidden="true">"#);
    for (l, (counts, lane)) in density.iter().zip(lanes).enumerate() {
        for (b, &c) in counts.iter().enumerate().filter(|(_, c)| **c > 0) {
            let h = band * (0.3 + 0.7 * f64::from(c) / f64::from(peak));
            let y = band * (l as f64 + 1.0) - h;
            svg.push_str(&format!(
                r#"<rect class="series-{}" x="{b}" y="{}" width="1" height="{}"/>"#,
                lane.style % PALETTE_LEN,
                decimal(y, 2),
                decimal(h, 2)
            ));
        }
    }
    svg.push_str("</svg>");
    svg
}

/// The milestones as a list, chronological, grouped by year.
pub fn list_html(
    atlas: &Atlas,
    shown: &[usize],
    selected: Option<usize>,
    lang: Lang,
    s: &Strings,
) -> String {
    let mut h = Html::new();
    let mut year = None;
    for &i in shown {
        let Some(m) = atlas.milestones().get(i) else {
            continue;
        };
        if year != Some(m.date.year()) {
            if year.is_some() {
                h.close("ol").close("section");
            }
            year = Some(m.date.year());
            h.open("section", &[("class", "tl-year")]);
            h.element(
                "h4",
                &[],
                &crate::core::time::date::Date::year_only(m.date.year()).display(lang),
            );
            h.open("ol", &[]);
        }
        let current = if selected == Some(i) { "true" } else { "false" };
        h.open("li", &[]);
        h.open(
            "button",
            &[
                ("type", "button"),
                ("class", "tl-list-item"),
                ("data-id", &i.to_string()),
                ("data-testid", "list-milestone"),
                ("aria-current", current),
            ],
        );
        h.element("span", &[("class", "tl-list-date")], &m.date.display(lang));
        h.element(
            "span",
            &[("class", "tl-list-lane")],
            &lane_name(atlas, m, lang, s),
        );
        h.element("span", &[("class", "tl-list-title")], m.title.get(lang));
        h.close("button").close("li");
    }
    if year.is_some() {
        h.close("ol").close("section");
    }
    h.finish()
}

/// The detail panel of a milestone; `neighbours` says whether a
/// milestone is shown before and after it (Previous and Next are disabled
/// where there is none).
pub fn detail_html(
    atlas: &Atlas,
    m: &Milestone,
    neighbours: [bool; 2],
    lang: Lang,
    s: &Strings,
) -> String {
    let mut h = Html::new();
    h.open("p", &[("class", "tl-detail-meta")]);
    h.element(
        "span",
        &[("class", "tl-detail-date"), ("data-testid", "detail-date")],
        &m.date.display(lang),
    );
    h.text(" · ")
        .element(
            "span",
            &[("class", "tl-detail-lane")],
            &lane_name(atlas, m, lang, s),
        )
        .close("p");
    h.element(
        "h3",
        &[("id", "tl-detail-title"), ("tabindex", "-1")],
        m.title.get(lang),
    );
    h.element("p", &[("class", "tl-detail-text")], m.description.get(lang));
    h.element("h4", &[], s.sources_heading)
        .open("ul", &[("class", "tl-detail-sources")]);
    for c in m.sources.iter() {
        let Some(source) = atlas.source(&c.source) else {
            continue;
        };
        h.open("li", &[]);
        let href = format!("#{}", source_anchor(&source.id));
        h.element(
            "a",
            &[("href", &href), ("class", "source-link")],
            source.title.get(lang),
        );
        h.text(&format!(" — {}. ", source.publisher.get(lang)));
        let url = source.address();
        if !url.is_empty() {
            h.element(
                "a",
                &[
                    ("href", url),
                    ("rel", "noopener noreferrer external"),
                    ("class", "source-url"),
                ],
                url,
            );
        }
        // Quotes and notes are in the language of their source.
        if let Some(quote) = &c.quote {
            h.element(
                "q",
                &[("class", "tl-quote"), ("lang", Lang::of(quote).tag())],
                quote,
            );
        }
        if let Some(note) = &c.note {
            h.element(
                "span",
                &[("class", "tl-note"), ("lang", Lang::of(note).tag())],
                note,
            );
        }
        h.close("li");
    }
    h.close("ul");
    h.open("div", &[("class", "tl-detail-nav")]);
    let [before, after] = neighbours;
    for (action, testid, label, enabled) in [
        ("prev", "detail-prev", s.previous, before),
        ("next", "detail-next", s.next, after),
        ("close", "detail-close", s.close, true),
    ] {
        let attrs = [
            ("type", "button"),
            ("class", "button"),
            ("data-action", action),
            ("data-testid", testid),
            ("disabled", ""),
        ];
        // The last attribute only where the button goes nowhere.
        h.element("button", &attrs[..if enabled { 4 } else { 5 }], label);
    }
    h.close("div");
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::bundled::default_atlas;
    use crate::core::text::strings::strings;
    use crate::core::timeline::{Window, lanes, layout, ticks, tracks};

    /// The values of the marks and the paths of the shell they are set
    /// on, in document order: one value a path, after the SVG's three.
    #[test]
    fn mark_values_match_the_paths_of_the_shell() {
        let atlas = default_atlas().expect("the default dataset validates");
        let clusters: Vec<String> = atlas.clusters().iter().map(|c| c.id.clone()).collect();
        let lanes = lanes(&atlas, &clusters, "National", Lang::En);
        let shown: Vec<usize> = (0..atlas.milestones().len()).collect();
        let window = Window {
            start: days_from_civil(2013, 1, 1) as f64,
            end: days_from_civil(2026, 1, 1) as f64,
        };
        let view = View {
            window,
            width: 1200.0,
            origin: window.start,
        };
        let ticks = ticks(&window, view.width, 80.0, Lang::En);
        let breaks: Vec<f64> = ticks.iter().map(|t| t.day).collect();
        let placed = layout(
            &atlas,
            &tracks(&atlas, &shown, &lanes),
            &view,
            &breaks,
            3,
            Lang::En,
        );
        let cx = LanesContext {
            atlas: &atlas,
            view,
            rows: 3,
            empty: &[false; 4],
            selected: None,
            lit_year: None,
            lang: Lang::En,
            s: strings(Lang::En),
        };
        assert_eq!(lanes.len(), 4);
        let shell = shell_html(&lanes, 3, &[false; 4]);
        let paths: Vec<&str> = shell
            .split("<path class=\"")
            .skip(1)
            .filter_map(|p| p.split('"').next())
            .collect();
        let drawn = drawn_ticks(&view, &ticks);
        let values = mark_values(&cx, &drawn, &lanes, &placed);
        assert_eq!(values.len(), 3 + paths.len());
        assert_eq!(paths[0], "tl-grid");
        assert_eq!(values[3].matches('M').count(), drawn.len());
        for (k, placements) in placed.iter().enumerate() {
            let lane = 1 + 4 * k;
            assert_eq!(paths[lane..lane + 4], MARK_PATHS);
            // A leader for each label or group; a marker of its kind each.
            assert_eq!(values[3 + lane].matches('M').count(), placements.len());
            let markers: usize = (1..4)
                .map(|i| values[3 + lane + i].matches('M').count())
                .sum();
            assert_eq!(markers, placements.len());
            let groups = placements
                .iter()
                .filter(|p| matches!(p, Placement::Group { .. }))
                .count();
            assert_eq!(values[3 + lane + 1].matches('M').count(), groups);
        }
        // A layout missing a lane still fills every path, the selected
        // milestone's last.
        let short = mark_values(&cx, &drawn, &lanes, &placed[..1]);
        assert_eq!(short.len(), values.len());
        assert_eq!(short[..8], values[..8]);
    }
}
