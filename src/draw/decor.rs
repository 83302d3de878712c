//! What an exported file carries around the chart: the title and legend
//! at the top, the source line at the bottom, wrapped to the width.

use super::Decor;
use super::canvas::{Anchor, Canvas, DrawError};
use super::plot::{TICK_SIZE, Visible, series_color};
use super::theme::Theme;
use crate::core::layout::labels::text_width;

const TITLE_SIZE: f64 = 17.0;
const FOOTER_SIZE: f64 = 11.0;

/// Title and legend of an export; returns the height used.
pub(super) fn draw_header(
    canvas: &Canvas,
    visible: &[Visible],
    decor: &Decor,
    w: f64,
    theme: &Theme,
) -> Result<f64, DrawError> {
    let mut y = draw_title(canvas, decor.title, w, theme)?;
    let mut x = 16.0;
    for v in visible {
        let label = &v.series.label;
        let entry = 22.0 + text_width(label, TICK_SIZE) + 18.0;
        if x + entry > w - 16.0 && x > 16.0 {
            x = 16.0;
            y += TICK_SIZE + 10.0;
        }
        let color = series_color(theme, v.series);
        canvas.marker(v.series.style, (x + 6.0, y + 6.0), 5.0, color)?;
        canvas.text(
            label,
            (x + 16.0, y + 6.0),
            TICK_SIZE,
            theme.text,
            Anchor::Start,
        )?;
        x += entry;
    }
    Ok(y + TICK_SIZE + 12.0)
}

/// The title of an export, wrapped, at the top; returns the height used.
pub(super) fn draw_title(
    canvas: &Canvas,
    title: &str,
    w: f64,
    theme: &Theme,
) -> Result<f64, DrawError> {
    let mut y = 14.0;
    for line in wrap(title, w - 32.0, TITLE_SIZE) {
        canvas.text(
            &line,
            (16.0, y + TITLE_SIZE / 2.0),
            TITLE_SIZE,
            theme.text,
            Anchor::Start,
        )?;
        y += TITLE_SIZE + 6.0;
    }
    Ok(y + 4.0)
}

/// The height [`draw_title`] uses for `title` at width `w`.
pub(super) fn title_height(title: &str, w: f64) -> f64 {
    18.0 + wrap(title, w - 32.0, TITLE_SIZE).len() as f64 * (TITLE_SIZE + 6.0)
}

/// The height [`draw_footer`] uses for `footer` at width `w`.
pub(super) fn footer_height(footer: &str, w: f64) -> f64 {
    wrap(footer, w - 32.0, FOOTER_SIZE).len() as f64 * (FOOTER_SIZE + 4.0) + 10.0
}

/// The source line of an export, at the bottom; returns the height used.
pub(super) fn draw_footer(
    canvas: &Canvas,
    footer: &str,
    w: f64,
    h: f64,
    theme: &Theme,
) -> Result<f64, DrawError> {
    let lines = wrap(footer, w - 32.0, FOOTER_SIZE);
    let line_height = FOOTER_SIZE + 4.0;
    let used = footer_height(footer, w);
    for (i, line) in lines.iter().enumerate() {
        let y = h - used + 4.0 + i as f64 * line_height + FOOTER_SIZE / 2.0;
        canvas.text(line, (16.0, y), FOOTER_SIZE, theme.muted, Anchor::Start)?;
    }
    Ok(used)
}

/// Greedy word wrap by estimated width (CJK text breaks anywhere).
pub(super) fn wrap(text: &str, width: f64, size: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_inclusive(|c: char| c == ' ' || u32::from(c) >= 0x2E80) {
        if !line.is_empty() && text_width(&(line.clone() + word.trim_end()), size) > width {
            lines.push(line.trim_end().to_string());
            line.clear();
        }
        line.push_str(word);
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}
