//! Grouped bars: one group per year, one slot per cluster, the background
//! series (all patents) as a wide light bar and the main series (invention
//! patents) as a narrower dark bar in front of it.

use super::canvas::{Canvas, DrawError};
use super::plot::{Plot, Visible, XAxis, mark, series_color};
use super::theme::Theme;
use crate::core::chart::readout::Mark;
use crate::core::chart::view::Role;

/// The group a series key belongs to ("jjj" for "jjj:all").
fn group(key: &str) -> &str {
    key.split(':').next().unwrap_or(key)
}

/// Draws the bars.
pub(crate) fn draw(
    canvas: &Canvas,
    plot: &Plot,
    visible: &[Visible],
    theme: &Theme,
    marks: &mut Vec<Mark>,
) -> Result<(), DrawError> {
    let XAxis::Bands { width, .. } = plot.x else {
        return Ok(());
    };
    let mut groups: Vec<&str> = Vec::new();
    for v in visible {
        let g = group(&v.series.key);
        if !groups.contains(&g) {
            groups.push(g);
        }
    }
    let slots = groups.len().max(1) as f64;
    let slot = width * 0.8 / slots;
    let base = plot.y.map(0.0);
    // Background bars first, so that main bars sit in front.
    let background = visible.iter().filter(|v| v.series.role == Role::Background);
    let front = visible.iter().filter(|v| v.series.role != Role::Background);
    for v in background.chain(front) {
        let g = groups
            .iter()
            .position(|g| *g == group(&v.series.key))
            .unwrap_or(0) as f64;
        let color = series_color(theme, v.series);
        let bar = if v.series.role == Role::Background {
            slot * 0.9
        } else {
            slot * 0.5
        };
        for (i, p) in v.series.points.iter().enumerate() {
            let Some(value) = p.value else { continue };
            let centre = plot.x(f64::from(p.year)) - width * 0.4 + slot * (g + 0.5);
            let top = plot.y.map(value);
            let (left, right) = (centre - bar / 2.0, centre + bar / 2.0);
            canvas.rect((left, top), (right, base), color)?;
            // A pale bar is outlined in its full colour, which stands out
            // from the background (3:1) where the fill does not.
            if v.series.role == Role::Background {
                let outline = [(left, base), (left, top), (right, top), (right, base)];
                canvas.line(&outline, theme.color(v.series.style), 1)?;
            }
            mark(marks, centre, top, v.index, i);
        }
    }
    Ok(())
}
