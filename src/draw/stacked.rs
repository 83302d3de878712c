//! Stacked areas: each series on top of the ones before it, for the years
//! where every visible series has a value.

use std::collections::BTreeMap;

use plotters::style::Color;

use super::canvas::{Canvas, DrawError};
use super::theme::Theme;
use super::{Plot, Visible, mark, series_color};
use crate::core::readout::Mark;

/// Years where every visible series has a value, with those values (and
/// point indices) in series order.
fn complete_years(visible: &[Visible]) -> BTreeMap<i32, Vec<(f64, usize)>> {
    let mut years: BTreeMap<i32, Vec<(f64, usize)>> = BTreeMap::new();
    for (n, v) in visible.iter().enumerate() {
        for (i, p) in v.series.points.iter().enumerate() {
            if let Some(value) = p.value {
                let entry = years.entry(p.year).or_default();
                if entry.len() == n {
                    entry.push((value, i));
                }
            }
        }
    }
    years.retain(|_, values| values.len() == visible.len());
    years
}

/// The largest stacked total.
pub(crate) fn max_total(visible: &[Visible]) -> f64 {
    complete_years(visible)
        .values()
        .map(|values| values.iter().map(|(v, _)| v).sum::<f64>())
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
    // Runs of consecutive complete years.
    let mut runs: Vec<Vec<i32>> = Vec::new();
    for &year in years.keys() {
        match runs.last_mut() {
            Some(run) if run.last() == Some(&(year - 1)) => run.push(year),
            _ => runs.push(vec![year]),
        }
    }
    for run in &runs {
        let mut base: Vec<f64> = vec![0.0; run.len()];
        for (n, v) in visible.iter().enumerate() {
            let color = series_color(theme, v.series);
            let top: Vec<f64> = run
                .iter()
                .zip(&base)
                .map(|(year, b)| b + years[year][n].0)
                .collect();
            let upper: Vec<(f64, f64)> = run
                .iter()
                .zip(&top)
                .map(|(&year, &t)| (plot.x(f64::from(year)), plot.y.map(t)))
                .collect();
            let mut shape = upper.clone();
            shape.extend(
                run.iter()
                    .zip(&base)
                    .rev()
                    .map(|(&year, &b)| (plot.x(f64::from(year)), plot.y.map(b))),
            );
            canvas.polygon(&shape, color.mix(0.55))?;
            canvas.line(&upper, color, 2)?;
            for (&(x, y), year) in upper.iter().zip(run) {
                canvas.marker(v.series.style, (x, y), 3.5, color)?;
                mark(marks, x, y, v.index, years[year][n].1);
            }
            base = top;
        }
    }
    Ok(())
}
