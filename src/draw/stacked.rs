//! Stacked areas: each series on top of the ones before it, for the years
//! where every visible series has a value.

use plotters::style::Color;

use super::canvas::{Canvas, DrawError};
use super::plot::{Plot, Visible, mark, series_color};
use super::theme::Theme;
use crate::core::chart::readout::Mark;

/// Years where every visible series has a value, with those values (and
/// point indices) in series order.
fn complete_years(visible: &[Visible]) -> Vec<(i32, Vec<(f64, usize)>)> {
    let mut years: Vec<(i32, Vec<(f64, usize)>)> = Vec::new();
    for (n, v) in visible.iter().enumerate() {
        for (i, p) in v.series.points.iter().enumerate() {
            let Some(value) = p.value else { continue };
            let at = years.partition_point(|(y, _)| *y < p.year);
            if years.get(at).is_none_or(|(y, _)| *y != p.year) {
                years.insert(at, (p.year, Vec::new()));
            }
            let entry = &mut years[at].1;
            if entry.len() == n {
                entry.push((value, i));
            }
        }
    }
    years.retain(|(_, values)| values.len() == visible.len());
    years
}

/// The largest stacked total.
pub(crate) fn max_total(visible: &[Visible]) -> f64 {
    complete_years(visible)
        .iter()
        .map(|(_, values)| values.iter().map(|(v, _)| v).sum::<f64>())
        .fold(0.0, f64::max)
}

/// Draws the stacked areas and their top edges.
pub(crate) fn draw(
    canvas: &Canvas,
    plot: &Plot,
    visible: &[Visible],
    theme: &Theme,
    marks: &mut Vec<Mark>,
) -> Result<(), DrawError> {
    let years = complete_years(visible);
    // Runs of consecutive complete years, as indices into `years`.
    let mut runs: Vec<Vec<usize>> = Vec::new();
    for (k, &(year, _)) in years.iter().enumerate() {
        match runs.last_mut() {
            Some(run) if run.last().is_some_and(|&last| years[last].0 == year - 1) => run.push(k),
            _ => runs.push(vec![k]),
        }
    }
    for run in &runs {
        let mut base: Vec<f64> = vec![0.0; run.len()];
        for (n, v) in visible.iter().enumerate() {
            let color = series_color(theme, v.series);
            let top: Vec<f64> = run
                .iter()
                .zip(&base)
                .map(|(&k, b)| b + years[k].1[n].0)
                .collect();
            let upper: Vec<(f64, f64)> = run
                .iter()
                .zip(&top)
                .map(|(&k, &t)| (plot.x(f64::from(years[k].0)), plot.y.map(t)))
                .collect();
            let mut shape = upper.clone();
            shape.extend(
                run.iter()
                    .zip(&base)
                    .rev()
                    .map(|(&k, &b)| (plot.x(f64::from(years[k].0)), plot.y.map(b))),
            );
            canvas.polygon(&shape, color.mix(0.55))?;
            canvas.line(&upper, color, 2)?;
            for (&(x, y), &k) in upper.iter().zip(run) {
                canvas.marker(v.series.style, (x, y), 3.5, color)?;
                mark(marks, x, y, v.index, years[k].1[n].1);
            }
            base = top;
        }
    }
    Ok(())
}
