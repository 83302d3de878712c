//! The axes of a chart (grid, ticks and labels) and the marker of a date.

use super::canvas::{Anchor, Canvas, DrawError};
use super::plot::{Plot, TICK_SIZE, Visible, axis_of, value_extent, y_ticks};
use super::theme::Theme;
use super::{DateMarker, axis_unit, bump};
use crate::core::chart::axis::AxisFormat;
use crate::core::chart::scale::{tick_count, year_ticks};
use crate::core::chart::view::{ChartKind, ChartView};
use crate::core::chart::year_label::year_label;
use crate::core::layout::clamp::clamp;
use crate::core::layout::labels::text_width;
use crate::core::text::bilingual::Lang;

/// Draws the grid, ticks and labels; returns the value axis' labelling.
/// With no value to show, the value axis has no numbers (a 0 to 1 scale
/// would be made up), and its unit is that of every series of the view.
pub(super) fn draw_axes(
    canvas: &Canvas,
    view: &ChartView,
    plot: &Plot,
    visible: &[Visible],
    lang: Lang,
    theme: &Theme,
) -> Result<AxisFormat, DrawError> {
    let extent = value_extent(view.kind, visible);
    let valued = (visible.iter()).any(|v| v.series.points.iter().any(|p| p.value.is_some()));
    let ticks = if valued {
        y_ticks(view.kind, extent, plot.bottom - plot.top)
    } else {
        Vec::new()
    };
    let axis = axis_of(view, &ticks, lang);
    let step = ticks.windows(2).map(|w| w[1] - w[0]).next().unwrap_or(1.0);
    for t in &ticks {
        let y = plot.y.map(*t);
        canvas.line(&[(plot.left, y), (plot.right, y)], theme.grid, 1)?;
        canvas.text(
            &axis.tick(*t, step),
            (plot.left - 8.0, y),
            TICK_SIZE,
            theme.muted,
            Anchor::End,
        )?;
    }
    if valued {
        canvas.text(
            &axis.label,
            (plot.left - 8.0, plot.top - 14.0),
            TICK_SIZE,
            theme.muted,
            Anchor::Start,
        )?;
    }
    canvas.line(
        &[(plot.left, plot.bottom), (plot.right, plot.bottom)],
        theme.axis,
        1,
    )?;

    let (first, last) = view.years;
    // Room for the widest label: four digits, or a year before the
    // common era at either end.
    let label_room = [
        "0000".to_string(),
        year_label(first, lang),
        year_label(last, lang),
    ]
    .iter()
    .map(|label| text_width(label, TICK_SIZE))
    .fold(0.0, f64::max)
        + 14.0;
    let years: Vec<i32> = if view.kind == ChartKind::Bump {
        bump::edition_years(visible, tick_count(plot.right - plot.left, label_room))
    } else {
        year_ticks(first, last, tick_count(plot.right - plot.left, label_room))
    };
    for year in years {
        let x = plot.x(f64::from(year));
        canvas.line(&[(x, plot.bottom), (x, plot.bottom + 4.0)], theme.axis, 1)?;
        canvas.text(
            &year_label(year, lang),
            (x, plot.bottom + 7.0),
            TICK_SIZE,
            theme.muted,
            Anchor::Below,
        )?;
    }
    Ok(if valued {
        axis
    } else {
        AxisFormat {
            divisor: 1.0,
            label: axis_unit(view, lang),
        }
    })
}

pub(super) fn draw_marker(
    canvas: &Canvas,
    plot: &Plot,
    view: &ChartView,
    marker: &DateMarker,
    theme: &Theme,
) -> Result<(), DrawError> {
    let (first, last) = view.years;
    let lo = f64::from(first) - 0.5;
    let hi = f64::from(last) + 0.5;
    if marker.at < lo || marker.at > hi {
        return Ok(());
    }
    let x = clamp(plot.x(marker.at), plot.left, plot.right);
    canvas.dashed(&[(x, plot.top), (x, plot.bottom)], theme.text, 2, 6.0, 4.0)?;
    let anchor = if x > (plot.left + plot.right) / 2.0 {
        Anchor::End
    } else {
        Anchor::Start
    };
    let dx = if anchor == Anchor::End { -6.0 } else { 6.0 };
    canvas.text(
        &marker.label,
        (x + dx, plot.top + 8.0),
        TICK_SIZE,
        theme.text,
        anchor,
    )
}
