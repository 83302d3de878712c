//! The marks under the labels, drawn as one SVG: the grid at the ticks,
//! and per lane the leaders from labels to markers, group spans, bars and
//! dots. Its elements are written with the lanes' frame; zooming and
//! panning only set their attributes.

use super::TimelinePart;
use super::lanes::{BASE, LanesContext, lane_bottoms, row_height};
use crate::core::layout::clamp::clamp;
use crate::core::page::contract::{Name, Part, names};
use crate::core::page::html::Html;
use crate::core::page::series::series_class;
use crate::core::text::format::decimal;
use crate::core::timeline::{Lane, Placement, Tick, badge_width};

/// Height of the markers' centre line above a lane's bottom.
const MARK: f64 = 9.0;

names! {
    /// The paths of the marks' SVG, by class: the grid, then per lane (and
    /// for the selected milestone) the four after it, in drawing order.
    pub enum MarkPath {
        /// Grid lines at the ticks.
        Grid = "tl-grid",
        /// Leader lines from the labels down to their markers.
        Leaders = "tl-leaders",
        /// Group spans.
        Groups = "tl-groups",
        /// Month and year markers.
        Bars = "tl-bars",
        /// Day markers.
        Dots = "tl-dots",
    }
}

impl Part for MarkPath {}

impl MarkPath {
    /// The paths of one lane's marks, in drawing order.
    const LANE: [MarkPath; 4] = [
        MarkPath::Leaders,
        MarkPath::Groups,
        MarkPath::Bars,
        MarkPath::Dots,
    ];

    /// The selector of every path of the marks, which finds them in
    /// document order: the order of [`mark_values`] after its first three.
    pub fn every() -> String {
        let mut every = String::new();
        for path in MarkPath::ALL {
            if !every.is_empty() {
                every.push(',');
            }
            every.push_str(&path.selector());
        }
        every
    }

    /// How many paths the marks of `lanes` lanes have.
    pub fn count(lanes: usize) -> usize {
        1 + MarkPath::LANE.len() * (lanes + 1)
    }
}

/// The path data of the marks of one lane, in the order of
/// [`MarkPath::LANE`].
#[derive(Default)]
struct Marks {
    leaders: String,
    groups: String,
    bars: String,
    dots: String,
}

impl Marks {
    /// The path data, in the order of [`MarkPath::LANE`].
    fn paths(self) -> [String; 4] {
        [self.leaders, self.groups, self.bars, self.dots]
    }
}

/// The SVG under the labels, with no marks yet: the grid's path, then per
/// lane, and for the selected milestone, a group of [`MarkPath::LANE`].
/// [`mark_values`] gives what to set in it for a view, so that zooming
/// and panning change attributes, not elements.
pub(super) fn marks_shell(h: &mut Html, lanes: &[Lane]) {
    let marks = TimelinePart::Marks.slug();
    h.open(
        "svg",
        &[("class", marks), ("id", marks), ("aria-hidden", "true")],
    );
    h.element("path", &[("class", MarkPath::Grid.slug())], "");
    let groups = lanes
        .iter()
        .map(|l| series_class(l.style))
        .chain(["tl-chosen".to_string()]);
    for group in groups {
        h.open("g", &[("class", &group)]);
        for path in MarkPath::LANE {
            h.element("path", &[("class", path.slug())], "");
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

/// What the marks' SVG (see `marks_shell`) shows in a view: its
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
    values.resize(4 + MarkPath::LANE.len() * lanes.len(), String::new());
    values.extend(selected.paths());
    values
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::bundled::default_atlas;
    use crate::core::page::timeline::{drawn_ticks, shell_html};
    use crate::core::text::bilingual::Lang;
    use crate::core::text::strings::strings;
    use crate::core::time::calendar::days_from_civil;
    use crate::core::timeline::{View, Window, lanes, layout, ticks, tracks};

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
        assert_eq!(paths.len(), MarkPath::count(lanes.len()));
        let drawn = drawn_ticks(&view, &ticks);
        let values = mark_values(&cx, &drawn, &lanes, &placed);
        assert_eq!(values.len(), 3 + paths.len());
        assert_eq!(paths[0], MarkPath::Grid.slug());
        assert_eq!(values[3].matches('M').count(), drawn.len());
        let lane_paths = MarkPath::LANE.map(MarkPath::slug);
        for (k, placements) in placed.iter().enumerate() {
            let lane = 1 + 4 * k;
            assert_eq!(paths[lane..lane + 4], lane_paths);
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
        // Every path is found, in document order, by one selector.
        assert_eq!(MarkPath::every().split(',').count(), MarkPath::ALL.len());
    }
}
