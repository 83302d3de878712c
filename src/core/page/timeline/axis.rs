//! The axis: the ticks drawn in the window, and their labels as keyed
//! pieces; the dataset's eras, as shaded bands across the lanes; and the
//! shift that moves labels placed from the view's origin into the window.

use super::px;
use crate::core::dataset::atlas::EraSpan;
use crate::core::layout::clamp::clamp;
use crate::core::page::html::Html;
use crate::core::page::piece::Piece;
use crate::core::text::bilingual::Lang;
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

/// The eras in the window, as keyed pieces to add to the axis's: each a
/// shaded, labelled band over the whole height of the lanes (positioned
/// in the timeline's body), cut to the window; every other era in time
/// shaded apart (`is-odd`).
pub fn era_pieces(view: &View, eras: &[EraSpan], lang: Lang) -> Vec<Piece> {
    let shift = view.shift();
    eras.iter()
        .enumerate()
        .filter_map(|(i, era)| {
            let (first, end) = era.days();
            let left = clamp(view.x(first as f64) - shift, 0.0, view.width);
            let right = clamp(view.x(end as f64) - shift, 0.0, view.width);
            if right - left < 1.0 {
                return None;
            }
            let style = format!("left:{};width:{}", px(left), px(right - left));
            // Shaded in turn by their order in time, so that eras next to
            // each other differ.
            let rank = eras
                .iter()
                .enumerate()
                .filter(|&(j, other)| (other.start, j) < (era.start, i))
                .count();
            let class = if rank % 2 == 0 {
                "tl-era"
            } else {
                "tl-era is-odd"
            };
            let label = era.title.get(lang);
            let mut h = Html::new();
            h.open(
                "span",
                &[("class", class), ("style", &style), ("title", label)],
            );
            h.element("span", &[("class", "tl-era-label")], label);
            h.close("span");
            Some(Piece {
                key: format!("era{i}"),
                html: h.finish(),
                style,
            })
        })
        .collect()
}

/// The CSS that moves the labels (placed from the view's origin) into the
/// window.
pub fn shift_style(view: &View) -> String {
    format!("transform:translateX({})", px(-view.shift()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::text::bilingual::Text;
    use crate::core::time::date::Date;
    use crate::core::timeline::Window;

    #[test]
    fn eras_are_bands_cut_to_the_window() {
        let era = |title: &str, start: i64, end: i64| EraSpan {
            title: Text::en(title),
            start: Date::year_only(start),
            end: Date::year_only(end),
        };
        let eras = [
            era("Before", 1000, 1100),
            era("A <b>", 600, 650),
            era("B", 640, 720),
        ];
        let window = Window {
            start: Date::year_only(620).span().0 as f64,
            end: Date::year_only(700).span().0 as f64,
        };
        let view = View {
            window,
            width: 800.0,
            origin: window.start,
        };
        let pieces = era_pieces(&view, &eras, Lang::En);
        let keys: Vec<&str> = pieces.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, ["era1", "era2"]);
        assert!(
            pieces[0].style.starts_with("left:0.0px;width:310."),
            "{:?}",
            pieces[0]
        );
        assert!(pieces[0].html.contains(">A &lt;b&gt;</span>"));
        assert!(pieces[1].style.ends_with("800.0px") || pieces[1].style.contains("width:6"));
        assert!(pieces[1].html.contains("tl-era is-odd"));
    }
}
