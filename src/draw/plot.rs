//! The plotting area and its scales, and what every kind of chart draws
//! with: a visible series, its colour, the mark a read-out finds.

use super::bump;
use super::stacked;
use super::theme::Theme;
use crate::core::chart::axis::{AxisFormat, axis_format};
use crate::core::chart::readout::Mark;
use crate::core::chart::scale::{LinearScale, nice_ticks, tick_count};
use crate::core::chart::view::{ChartKind, ChartView, Role, SeriesView};
use crate::core::layout::labels::text_width;
use crate::core::text::bilingual::Lang;

/// The size of tick labels, legend entries and markers' labels.
pub(crate) const TICK_SIZE: f64 = 12.0;

/// How years map to pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum XAxis {
    /// Years as points along the axis.
    Points(LinearScale),
    /// Years as equal bands (bars).
    Bands {
        /// The first year.
        first: i32,
        /// Left edge of the first band.
        left: f64,
        /// Width of a band.
        width: f64,
    },
}

/// The plotting area and its scales.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Plot {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
    pub y: LinearScale,
    pub x: XAxis,
}

impl Plot {
    /// The horizontal centre of a year.
    pub fn x(&self, year: f64) -> f64 {
        match self.x {
            XAxis::Points(scale) => scale.map(year),
            XAxis::Bands { first, left, width } => left + (year - f64::from(first) + 0.5) * width,
        }
    }
}

/// A series to draw, with its index in the view.
pub(crate) struct Visible<'v> {
    pub index: usize,
    pub series: &'v SeriesView,
}
/// The range of values the y axis must show.
pub(super) fn value_extent(kind: ChartKind, visible: &[Visible]) -> (f64, f64) {
    let values = || {
        visible
            .iter()
            .flat_map(|v| v.series.points.iter().filter_map(|p| p.value))
    };
    match kind {
        ChartKind::StackedArea => (0.0, stacked::max_total(visible)),
        _ => {
            let lo = values().fold(f64::INFINITY, f64::min);
            let hi = values().fold(f64::NEG_INFINITY, f64::max);
            if lo.is_finite() { (lo, hi) } else { (0.0, 1.0) }
        }
    }
}

/// The y axis ticks of a view.
pub(super) fn y_ticks(kind: ChartKind, (lo, hi): (f64, f64), plot_height: f64) -> Vec<f64> {
    let count = tick_count(plot_height, 44.0);
    if kind == ChartKind::Bump {
        return bump::rank_ticks(hi, count);
    }
    nice_ticks(lo, hi, count, true).values
}

pub(super) fn axis_of(view: &ChartView, ticks: &[f64], lang: Lang) -> AxisFormat {
    let max_abs = ticks.iter().fold(0.0f64, |m, t| m.max(t.abs()));
    axis_format(&view.unit, max_abs, lang)
}

/// Places the plotting area and its scales.
pub(super) fn layout(
    view: &ChartView,
    extent: (f64, f64),
    (top, bottom): (f64, f64),
    right: f64,
    lang: Lang,
) -> Plot {
    let ticks = y_ticks(view.kind, extent, bottom - top);
    let axis = axis_of(view, &ticks, lang);
    let step = ticks.windows(2).map(|w| w[1] - w[0]).next().unwrap_or(1.0);
    let widest = ticks
        .iter()
        .map(|t| text_width(&axis.tick(*t, step), TICK_SIZE))
        .fold(0.0, f64::max);
    let left = (widest + 14.0)
        .max(text_width(&axis.label, TICK_SIZE) * 0.5)
        .max(36.0);
    let right = right.max(left + 40.0);
    let y = if view.kind == ChartKind::Bump {
        let worst = ticks.iter().copied().fold(1.0, f64::max);
        LinearScale::new((0.5, worst + 0.5), (top, bottom))
    } else {
        let lo = ticks.first().copied().unwrap_or(0.0);
        let hi = ticks.last().copied().unwrap_or(1.0);
        LinearScale::new((lo, hi), (bottom, top))
    };
    let (first, last) = view.years;
    let x = if view.kind == ChartKind::Bars {
        let bands = f64::from((last - first).max(0) + 1);
        XAxis::Bands {
            first,
            left,
            width: (right - left) / bands,
        }
    } else {
        let pad = 14.0;
        // A single year is a year wide, in the middle, so that its values
        // are marked.
        let half = if first == last { 0.5 } else { 0.0 };
        XAxis::Points(LinearScale::new(
            (f64::from(first) - half, f64::from(last) + half),
            (left + pad, right - pad),
        ))
    };
    Plot {
        left,
        top,
        right,
        bottom,
        y,
        x,
    }
}

/// The colour of a series in its role.
pub(crate) fn series_color(theme: &Theme, series: &SeriesView) -> plotters::style::RGBColor {
    match series.role {
        Role::Context => theme.context,
        Role::Reference => theme.reference,
        Role::Background => theme.faded(theme.color(series.style), 0.55),
        Role::Main => theme.color(series.style),
    }
}

/// Records a mark for the read-out.
pub(crate) fn mark(marks: &mut Vec<Mark>, x: f64, y: f64, series: usize, point: usize) {
    marks.push(Mark {
        x,
        y,
        series,
        point,
    });
}
