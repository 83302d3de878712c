//! The axis: the ticks drawn in the window, and their labels as keyed
//! pieces; and the shift that moves labels placed from the view's origin
//! into the window.

use super::px;
use crate::core::page::html::Html;
use crate::core::page::piece::Piece;
use crate::core::text::format::decimal;
use crate::core::timeline::{Tick, View};

/// The ticks that are drawn, with their positions in the window: a tick
/// whose label would run off the right edge is left out.
pub fn drawn_ticks<'a>(view: &View, ticks: &'a [Tick]) -> Vec<(f64, &'a Tick)> {
    ticks
        .iter()
        .map(|t| (view.x(t.day) - view.shift(), t))
        .filter(|(x, _)| x + 48.0 < view.width)
        .collect()
}

/// The tick labels of the axis, keyed by their day, placed by their left
/// margin: while zooming at one precision, a tick keeps its element and
/// only moves.
pub fn axis_pieces(ticks: &[(f64, &Tick)]) -> Vec<Piece> {
    ticks
        .iter()
        .map(|(x, tick)| {
            let style = format!("margin-left:{}", px(*x));
            let mut h = Html::new();
            h.element(
                "span",
                &[("class", "tl-tick"), ("style", &style)],
                &tick.label,
            );
            Piece {
                key: decimal(tick.day, 0),
                html: h.finish(),
                style,
            }
        })
        .collect()
}

/// The CSS that moves the labels (placed from the view's origin) into the
/// window.
pub fn shift_style(view: &View) -> String {
    format!("transform:translateX({})", px(-view.shift()))
}
