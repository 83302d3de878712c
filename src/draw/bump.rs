//! Bump charts of ranks: rank 1 on top, one line per city joining
//! consecutive editions only, labels at the end of each line kept apart.

use super::canvas::{Anchor, Canvas, DrawError};
use super::plot::{Plot, TICK_SIZE, Visible, mark, series_color};
use super::text_width;
use super::theme::Theme;
use crate::core::chart::readout::Mark;
use crate::core::chart::scale::nice_step;
use crate::core::chart::view::Role;
use crate::core::dataset::index::sort::distinct_sorted;
use crate::core::layout::labels::{Rect, first_free, spread};

/// Rank ticks: 1, then round ranks down to the worst one shown.
pub(crate) fn rank_ticks(worst: f64, count: usize) -> Vec<f64> {
    let worst = worst.max(1.0).ceil();
    let step = nice_step(worst, count).max(1.0).round();
    let mut ticks = vec![1.0];
    let mut t = step;
    while t <= worst {
        if t > 1.0 {
            ticks.push(t);
        }
        t += step;
    }
    ticks
}

/// The editions (years with a value) to label, thinned to `max_labels`.
pub(crate) fn edition_years(visible: &[Visible], max_labels: usize) -> Vec<i32> {
    let years = distinct_sorted(
        visible
            .iter()
            .flat_map(|v| v.series.points.iter().map(|p| p.year)),
    );
    let every = years.len().div_ceil(max_labels.max(1)).max(1);
    years.into_iter().step_by(every).collect()
}

/// Whether a chart is too narrow to label the lines shown for context.
fn narrow(chart_width: f64) -> bool {
    chart_width < 560.0
}

/// Room the end labels need on the right: at most 30% of the chart.
pub(crate) fn label_width(visible: &[Visible], chart_width: f64) -> f64 {
    let widest = visible
        .iter()
        .filter(|v| !narrow(chart_width) || v.series.role == Role::Main)
        .map(|v| text_width(&v.series.label, TICK_SIZE))
        .fold(0.0, f64::max);
    (widest + 14.0).min(chart_width * 0.3)
}

/// `label` shortened with an ellipsis to fit `width` pixels.
fn fit(label: &str, width: f64) -> String {
    if text_width(label, TICK_SIZE) <= width {
        return label.to_string();
    }
    let mut out = String::new();
    for c in label.chars() {
        if text_width(&format!("{out}{c}…"), TICK_SIZE) > width {
            break;
        }
        out.push(c);
    }
    format!("{}…", out.trim_end())
}

/// Where a series' line ends, for its label.
struct End<'v> {
    x: f64,
    y: f64,
    label: &'v str,
    color: plotters::style::RGBColor,
}

/// Draws the ranks.
pub(crate) fn draw(
    canvas: &Canvas,
    plot: &Plot,
    visible: &[Visible],
    theme: &Theme,
    marks: &mut Vec<Mark>,
    chart_width: f64,
) -> Result<(), DrawError> {
    // Context lines first, highlighted ones in front.
    let context = visible.iter().filter(|v| v.series.role != Role::Main);
    let main = visible.iter().filter(|v| v.series.role == Role::Main);
    let mut ends: Vec<End> = Vec::new();
    for v in context.chain(main) {
        let color = series_color(theme, v.series);
        let main = v.series.role == Role::Main;
        for run in super::lines::runs(v.series, false) {
            let points: Vec<(f64, f64)> = run
                .iter()
                .map(|&(year, rank, _)| (plot.x(f64::from(year)), plot.y.map(rank)))
                .collect();
            canvas.line(&points, color, if main { 3 } else { 1 })?;
            for (&(x, y), &(_, _, point)) in points.iter().zip(&run) {
                canvas.marker(v.series.style, (x, y), if main { 4.5 } else { 3.0 }, color)?;
                mark(marks, x, y, v.index, point);
            }
        }
        let last = v
            .series
            .points
            .iter()
            .rev()
            .find_map(|p| p.value.map(|r| (plot.x(f64::from(p.year)), plot.y.map(r))));
        let labelled = main || !narrow(chart_width);
        if let (Some((x, y)), true) = (last, labelled) {
            let color = if main { theme.text } else { theme.muted };
            ends.push(End {
                x,
                y,
                label: &v.series.label,
                color,
            });
        }
    }
    draw_labels(canvas, plot, &ends, marks, chart_width)
}

/// Labels lines that reach the last edition in the right margin, spread
/// apart; labels lines that end earlier beside their last value where that
/// overlaps no other label, and leaves them out otherwise (the legend and
/// the read-out still name them). No two labels ever overlap.
fn draw_labels(
    canvas: &Canvas,
    plot: &Plot,
    ends: &[End],
    marks: &[Mark],
    chart_width: f64,
) -> Result<(), DrawError> {
    let height = TICK_SIZE + 3.0;
    let last_x = ends.iter().map(|e| e.x).fold(f64::NEG_INFINITY, f64::max);
    let (right, early): (Vec<&End>, Vec<&End>) =
        ends.iter().partition(|e| (e.x - last_x).abs() < 0.5);
    let wanted: Vec<f64> = right.iter().map(|e| e.y).collect();
    let mut taken: Vec<Rect> = marks
        .iter()
        .map(|m| Rect {
            x0: m.x - 5.0,
            y0: m.y - 5.0,
            x1: m.x + 5.0,
            y1: m.y + 5.0,
        })
        .collect();
    for (e, y) in right
        .iter()
        .zip(spread(&wanted, height, plot.top, plot.bottom))
    {
        let x = e.x + 9.0;
        let label = fit(e.label, chart_width - x - 4.0);
        canvas.text(&label, (x, y), TICK_SIZE, e.color, Anchor::Start)?;
        taken.push(Rect {
            x0: x,
            y0: y - height / 2.0,
            x1: x + text_width(&label, TICK_SIZE),
            y1: y + height / 2.0,
        });
    }
    let bounds = Rect {
        x0: plot.left,
        y0: plot.top - height,
        x1: last_x,
        y1: plot.bottom,
    };
    for e in early {
        let w = text_width(e.label, TICK_SIZE);
        let options = [
            Rect {
                x0: e.x + 8.0,
                y0: e.y - height / 2.0,
                x1: e.x + 8.0 + w,
                y1: e.y + height / 2.0,
            },
            Rect {
                x0: e.x - w / 2.0,
                y0: e.y - 6.0 - height,
                x1: e.x + w / 2.0,
                y1: e.y - 6.0,
            },
            Rect {
                x0: e.x - w / 2.0,
                y0: e.y + 6.0,
                x1: e.x + w / 2.0,
                y1: e.y + 6.0 + height,
            },
            Rect {
                x0: e.x - 8.0 - w,
                y0: e.y - height / 2.0,
                x1: e.x - 8.0,
                y1: e.y + height / 2.0,
            },
        ];
        if let Some(i) = first_free(&options, &taken, &bounds) {
            let o = options[i];
            canvas.text(
                e.label,
                (o.x0, (o.y0 + o.y1) / 2.0),
                TICK_SIZE,
                e.color,
                Anchor::Start,
            )?;
            taken.push(o);
        }
    }
    Ok(())
}
