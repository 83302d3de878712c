//! The overview strip: where milestones are over the whole span, per
//! lane, and the frame of the window in view.

use crate::core::page::series::series_class;
use crate::core::text::format::decimal;
use crate::core::timeline::{Lane, Window};

/// The bars of the overview strip, from the `density` of milestones per
/// lane.
pub fn overview_html(density: &[Vec<u32>], lanes: &[Lane]) -> String {
    let bins = density.first().map_or(0, Vec::len).max(1);
    let peak = density.iter().flatten().copied().max().unwrap_or(0).max(1);
    let band = 100.0 / density.len().max(1) as f64;
    let mut svg =
        format!(r#"<svg viewBox="0 0 {bins} 100" preserveAspectRatio="none" aria-hidden="true">"#);
    for (l, (counts, lane)) in density.iter().zip(lanes).enumerate() {
        for (b, &c) in counts.iter().enumerate().filter(|(_, c)| **c > 0) {
            let h = band * (0.3 + 0.7 * f64::from(c) / f64::from(peak));
            let y = band * (l as f64 + 1.0) - h;
            svg.push_str(&format!(
                r#"<rect class="{}" x="{b}" y="{}" width="1" height="{}"/>"#,
                series_class(lane.style),
                decimal(y, 2),
                decimal(h, 2)
            ));
        }
    }
    svg.push_str("</svg>");
    svg
}

/// The style that frames `window` on the strip of the whole span,
/// `bounds`: its left edge and width, in percent.
pub fn window_style(window: &Window, bounds: &Window) -> String {
    let left = (window.start - bounds.start) / bounds.length() * 100.0;
    format!(
        "left:{}%;width:{}%",
        decimal(left, 2),
        decimal(window.length() / bounds.length() * 100.0, 2)
    )
}
