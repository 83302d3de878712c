//! Line charts: one line per series, a marker at every value, gaps where a
//! value or a year is missing (never bridged; in a joined view, a series
//! chart's, whose years may be centuries apart, only where a value is). Values closer than
//! [`MARKER_GAP`] pixels get no markers, which would only overlap; long
//! series come thinned to the plot's width
//! ([`crate::core::chart::decimate::decimate_view`]).

use super::canvas::{Canvas, DrawError};
use super::plot::{Plot, Visible, mark, series_color};
use super::theme::Theme;
use crate::core::chart::readout::Mark;
use crate::core::chart::view::{ChartView, Role, SeriesView};

/// Runs of consecutive years with values, as (year, value, point index);
/// in a decimated or joined view (`joined`), runs of points with values.
pub(crate) fn runs(series: &SeriesView, joined: bool) -> Vec<Vec<(i32, f64, usize)>> {
    let mut out: Vec<Vec<(i32, f64, usize)>> = Vec::new();
    let mut previous: Option<i32> = None;
    for (i, p) in series.points.iter().enumerate() {
        let Some(v) = p.value else {
            previous = None;
            continue;
        };
        match (previous, out.last_mut()) {
            (Some(y), Some(run)) if joined || p.year == y + 1 => run.push((p.year, v, i)),
            _ => out.push(vec![(p.year, v, i)]),
        }
        previous = Some(p.year);
    }
    out
}

/// The least distance between values, in pixels, at which they are marked.
const MARKER_GAP: f64 = 6.0;

/// Draws every visible series as lines with markers.
pub(crate) fn draw(
    canvas: &Canvas,
    plot: &Plot,
    visible: &[Visible],
    theme: &Theme,
    view: &ChartView,
    marks: &mut Vec<Mark>,
) -> Result<(), DrawError> {
    // Context and reference lines go under the main ones.
    let order = |role: Role| match role {
        Role::Context | Role::Background => 0,
        Role::Reference => 1,
        Role::Main => 2,
    };
    let layers = (0..3).flat_map(|layer| {
        visible
            .iter()
            .filter(move |v| order(v.series.role) == layer)
    });
    // Consecutive years far enough apart; in a joined view, a run's
    // values, wherever its years fall.
    let yearly = (plot.x(1.0) - plot.x(0.0)).abs() >= MARKER_GAP;
    let spaced = |points: &[(f64, f64)]| {
        points.windows(2).all(|w| {
            w.get(1)
                .zip(w.first())
                .is_some_and(|(b, a)| (b.0 - a.0).abs() >= MARKER_GAP)
        })
    };
    for v in layers {
        let color = series_color(theme, v.series);
        for run in runs(v.series, view.decimated || view.joined) {
            let points: Vec<(f64, f64)> = run
                .iter()
                .map(|&(year, value, _)| (plot.x(f64::from(year)), plot.y.map(value)))
                .collect();
            match v.series.role {
                Role::Reference => canvas.dashed(&points, color, 2, 7.0, 5.0)?,
                Role::Context => canvas.line(&points, color, 1)?,
                _ => canvas.line(&points, color, 2)?,
            }
            let marked = yearly || (view.joined && !view.decimated && spaced(&points));
            for (&(x, y), &(_, _, point)) in points.iter().zip(&run) {
                if marked {
                    let radius = if v.series.role == Role::Main {
                        4.0
                    } else {
                        3.0
                    };
                    canvas.marker(v.series.style, (x, y), radius, color)?;
                }
                mark(marks, x, y, v.index, point);
            }
        }
    }
    Ok(())
}
