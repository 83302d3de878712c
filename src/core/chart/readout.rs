//! Where a drawn chart's values are on screen, and which value a pointer or
//! an arrow key points at: the logic of hover, tap and keyboard read-outs.

use crate::core::chart::axis::AxisFormat;
use crate::core::chart::view::{ChartKind, ChartView};
use crate::core::chart::year_label::year_label;
use crate::core::text::bilingual::Lang;
use crate::core::text::format::{decimals_of, round_to};
use crate::core::text::strings::Strings;
use crate::core::text::unit::Unit;

/// A drawn value's position, in the chart's pixel coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mark {
    /// Horizontal position (its year's column).
    pub x: f64,
    /// Vertical position of the value.
    pub y: f64,
    /// Index of the series in the view.
    pub series: usize,
    /// Index of the point in the series.
    pub point: usize,
}

/// The geometry of a drawn chart.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Frame {
    /// Left, top, right and bottom of the plotting area, in pixels.
    pub plot: (f64, f64, f64, f64),
    /// Every value drawn, in drawing order.
    pub marks: Vec<Mark>,
}

/// A step of the keyboard cursor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// To the previous year (column).
    Left,
    /// To the next year.
    Right,
    /// To the series above in the same year.
    Up,
    /// To the series below in the same year.
    Down,
    /// To the first value.
    First,
    /// To the last value.
    Last,
}

impl Frame {
    /// The mark of the series keyed `key` of `view` (as drawn) in `year`,
    /// if it is drawn: where a story's step puts the read-out.
    pub fn mark_of(&self, view: &ChartView, key: &str, year: i32) -> Option<usize> {
        self.marks.iter().position(|m| {
            view.series.get(m.series).is_some_and(|s| {
                s.key == key && s.points.get(m.point).is_some_and(|p| p.year == year)
            })
        })
    }

    /// The mark nearest to a pointer at (`px`, `py`): first the nearest
    /// column, then the nearest value in it. `None` outside the plotting
    /// area (with a margin) or when nothing is drawn.
    pub fn nearest(&self, px: f64, py: f64) -> Option<usize> {
        let (left, top, right, bottom) = self.plot;
        let margin = 24.0;
        if px < left - margin || px > right + margin || py < top - margin || py > bottom + margin {
            return None;
        }
        let column = self
            .marks
            .iter()
            .map(|m| (m.x - px).abs())
            .min_by(f64::total_cmp)?;
        self.marks
            .iter()
            .enumerate()
            .filter(|(_, m)| ((m.x - px).abs() - column).abs() < 0.5)
            .min_by(|(_, a), (_, b)| (a.y - py).abs().total_cmp(&(b.y - py).abs()))
            .map(|(i, _)| i)
    }

    /// The mark a keyboard step from mark `from` leads to (the first mark
    /// when there is none yet).
    pub fn step(&self, from: Option<usize>, step: Step) -> Option<usize> {
        let first = || {
            (0..self.marks.len()).min_by(|&a, &b| {
                let (ma, mb) = (&self.marks[a], &self.marks[b]);
                ma.x.total_cmp(&mb.x).then(ma.y.total_cmp(&mb.y))
            })
        };
        let last = || {
            (0..self.marks.len()).max_by(|&a, &b| {
                let (ma, mb) = (&self.marks[a], &self.marks[b]);
                ma.x.total_cmp(&mb.x).then(mb.y.total_cmp(&ma.y))
            })
        };
        let Some(current) = from.and_then(|i| self.marks.get(i)) else {
            return if step == Step::Last { last() } else { first() };
        };
        let same_column = |m: &Mark| (m.x - current.x).abs() < 0.5;
        let pick = |candidates: Vec<usize>, key: &dyn Fn(&Mark) -> f64| {
            candidates
                .into_iter()
                .min_by(|&a, &b| key(&self.marks[a]).total_cmp(&key(&self.marks[b])))
        };
        let all: Vec<usize> = (0..self.marks.len()).collect();
        let found = match step {
            Step::First => first(),
            Step::Last => last(),
            Step::Left | Step::Right => {
                let right = step == Step::Right;
                let columns: Vec<usize> = all
                    .into_iter()
                    .filter(|&i| {
                        let m = &self.marks[i];
                        if right {
                            m.x > current.x + 0.5
                        } else {
                            m.x < current.x - 0.5
                        }
                    })
                    .collect();
                let next_x = columns
                    .iter()
                    .map(|&i| self.marks[i].x)
                    .min_by(|a, b| (a - current.x).abs().total_cmp(&(b - current.x).abs()));
                next_x.and_then(|x| {
                    let in_column: Vec<usize> = columns
                        .into_iter()
                        .filter(|&i| (self.marks[i].x - x).abs() < 0.5)
                        .collect();
                    // Stay on the same series where it has a value there.
                    in_column
                        .iter()
                        .copied()
                        .find(|&i| self.marks[i].series == current.series)
                        .or_else(|| pick(in_column, &|m| (m.y - current.y).abs()))
                })
            }
            Step::Up | Step::Down => {
                let up = step == Step::Up;
                let column: Vec<usize> = all
                    .into_iter()
                    .filter(|&i| {
                        let m = &self.marks[i];
                        same_column(m) && if up { m.y < current.y } else { m.y > current.y }
                    })
                    .collect();
                pick(column, &|m| (m.y - current.y).abs())
            }
        };
        found.or(from)
    }
}

/// What a read-out says about one value.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    /// The year.
    pub year: i32,
    /// The year as the charts write it (see
    /// [`crate::core::chart::year_label::year_label`]).
    pub year_label: String,
    /// The series' name.
    pub series: String,
    /// The value in the unit of the value axis ("11.5 trillion yuan"), or
    /// why there is none.
    pub value: String,
    /// Where the axis scales values, the value exactly as stored, in the
    /// source's unit ("exactly 115,049.6 (100 million yuan)").
    pub exact: Option<String>,
    /// In a stack, the total of the values stacked in its year.
    pub total: Option<String>,
    /// A remark on the value.
    pub note: Option<String>,
    /// Ids of its sources.
    pub sources: Vec<String>,
}

/// `value` in the axis' unit, then exactly in the source's unit where
/// the axis scales it.
fn in_axis_unit(
    value: f64,
    unit: &Unit,
    axis: &AxisFormat,
    lang: Lang,
    s: &Strings,
) -> (String, Option<String>) {
    let exact = unit.format_exact(value, lang);
    match axis.reading(value, lang) {
        Some(scaled) => (scaled, Some(s.readout_exact.replace("{n}", &exact))),
        None => (exact, None),
    }
}

impl Reading {
    /// The reading of mark `index` of a view drawn with value axis `axis`.
    pub fn of(
        view: &ChartView,
        frame: &Frame,
        index: usize,
        axis: &AxisFormat,
        lang: Lang,
        s: &Strings,
    ) -> Option<Self> {
        let mark = frame.marks.get(index)?;
        let series = view.series.get(mark.series)?;
        let point = series.points.get(mark.point)?;
        let value_at = |m: &Mark| view.series.get(m.series)?.points.get(m.point)?.value;
        let (value, exact) = point.value.map_or_else(
            || (s.no_value.to_string(), None),
            |v| in_axis_unit(v, &view.unit, axis, lang, s),
        );
        // The stack's total: the values drawn in the same column.
        let total = (view.kind == ChartKind::StackedArea).then(|| {
            let (sum, decimals) = frame
                .marks
                .iter()
                .filter(|m| (m.x - mark.x).abs() < 0.5)
                .filter_map(value_at)
                .fold((0.0, 0), |(sum, d), v| (sum + v, d.max(decimals_of(v))));
            let (mut both, exact) =
                in_axis_unit(round_to(sum, decimals), &view.unit, axis, lang, s);
            if let Some(e) = exact {
                both = format!("{both}, {e}");
            }
            s.readout_total.replace("{n}", &both)
        });
        Some(Reading {
            year: point.year,
            year_label: year_label(point.year, lang),
            series: series.label.clone(),
            value,
            exact,
            total,
            note: point.note.clone(),
            sources: point.sources.clone(),
        })
    }

    /// The read-out as one sentence, for screen readers.
    pub fn sentence(&self) -> String {
        let mut out = format!("{}, {}: {}", self.year_label, self.series, self.value);
        for (separator, part) in [(", ", &self.exact), (". ", &self.total), (". ", &self.note)] {
            if let Some(part) = part {
                out.push_str(separator);
                out.push_str(part);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(x: f64, y: f64, series: usize, point: usize) -> Mark {
        Mark {
            x,
            y,
            series,
            point,
        }
    }

    /// Two series over three columns; series 0 above series 1.
    fn frame() -> Frame {
        Frame {
            plot: (0.0, 0.0, 300.0, 200.0),
            marks: vec![
                mark(50.0, 40.0, 0, 0),
                mark(150.0, 30.0, 0, 1),
                mark(250.0, 20.0, 0, 2),
                mark(50.0, 140.0, 1, 0),
                mark(250.0, 120.0, 1, 1),
            ],
        }
    }

    #[test]
    fn pointer_picks_the_nearest_column_then_value() {
        let f = frame();
        assert_eq!(f.nearest(60.0, 130.0), Some(3));
        assert_eq!(f.nearest(60.0, 10.0), Some(0));
        assert_eq!(f.nearest(140.0, 190.0), Some(1));
        assert_eq!(f.nearest(500.0, 100.0), None);
        assert_eq!(Frame::default().nearest(10.0, 10.0), None);
    }

    #[test]
    fn arrows_move_between_years_and_series() {
        let f = frame();
        assert_eq!(f.step(None, Step::Right), Some(0));
        assert_eq!(f.step(None, Step::Last), Some(2));
        assert_eq!(f.step(Some(0), Step::Right), Some(1));
        assert_eq!(f.step(Some(1), Step::Right), Some(2));
        assert_eq!(f.step(Some(2), Step::Right), Some(2), "stays at the end");
        assert_eq!(
            f.step(Some(3), Step::Right),
            Some(1),
            "series 1 has no value: nearest"
        );
        assert_eq!(f.step(Some(1), Step::Right), Some(2));
        assert_eq!(f.step(Some(4), Step::Left), Some(1));
        assert_eq!(f.step(Some(0), Step::Down), Some(3));
        assert_eq!(f.step(Some(3), Step::Up), Some(0));
        assert_eq!(f.step(Some(0), Step::Up), Some(0));
        assert_eq!(f.step(Some(3), Step::Last), Some(2));
        assert_eq!(f.step(Some(2), Step::First), Some(0));
    }
}
