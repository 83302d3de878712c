//! Placing labels along one axis so that none overlaps another.

use crate::core::dataset::index::sort::{float_key, order_by};
use crate::core::layout::clamp::clamp;

/// Moves labels wanted at `wanted` positions (along one axis) apart so that
/// neighbours are at least `gap` apart, staying within `lo..=hi` where they
/// fit, and as close to where they were wanted as that allows. Returns the
/// positions in the order of `wanted`.
pub fn spread(wanted: &[f64], gap: f64, lo: f64, hi: f64) -> Vec<f64> {
    let order = order_by(wanted.iter().map(|w| float_key(*w)));
    let mut placed: Vec<f64> = order.iter().map(|&i| clamp(wanted[i], lo, hi)).collect();
    // Push down from the top, then back up from the bottom.
    for i in 1..placed.len() {
        placed[i] = placed[i].max(placed[i - 1] + gap);
    }
    if let Some(last) = placed.last_mut() {
        *last = last.min(hi.max(lo));
    }
    for i in (0..placed.len().saturating_sub(1)).rev() {
        placed[i] = placed[i].min(placed[i + 1] - gap);
    }
    // If even that does not fit, keep the gap and overflow downwards.
    if let Some(first) = placed.first().copied()
        && first < lo
    {
        let shift = lo - first;
        for p in &mut placed {
            *p += shift;
        }
    }
    let mut out = vec![0.0; wanted.len()];
    for (slot, &i) in order.iter().enumerate() {
        out[i] = placed[slot];
    }
    out
}

/// The estimated width of `text` at `size` pixels, erring on the wide
/// side of common sans-serif fonts: wide (CJK) characters take a full em,
/// capitals about four fifths, digits and lower case about three fifths,
/// spaces and punctuation about a third.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars().map(em).sum::<f64>() * size
}

/// The width of `text` at `size` pixels as [`text_width`] estimates it,
/// but with the widest glyphs of common fonts taken as a full em: `m`,
/// `w`, `M`, `W`, and characters outside ASCII below the wide (CJK) range,
/// such as dashes, ligatures and accented capitals. For text drawn
/// without a clip, which must not run past its box.
pub fn unclipped_text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| match c {
            'm' | 'w' | 'M' | 'W' => 1.0,
            _ if u32::from(c) >= 0x80 => 1.0,
            _ => em(c),
        })
        .sum::<f64>()
        * size
}

/// The estimated width of `c`, in ems (see [`text_width`]).
fn em(c: char) -> f64 {
    match c {
        _ if u32::from(c) >= 0x2E80 => 1.0,
        'A'..='Z' | 'm' | 'w' => 0.78,
        '0'..='9' => 0.64,
        'i' | 'j' | 'l' | 'f' | 't' | 'r' => 0.4,
        ' ' | '.' | ',' | ':' | ';' | '\'' | '-' | '(' | ')' | '/' => 0.34,
        _ => 0.61,
    }
}

/// An axis-aligned box, in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left.
    pub x0: f64,
    /// Top.
    pub y0: f64,
    /// Right.
    pub x1: f64,
    /// Bottom.
    pub y1: f64,
}

impl Rect {
    /// Whether two boxes share any area.
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x0 < other.x1 && other.x0 < self.x1 && self.y0 < other.y1 && other.y0 < self.y1
    }

    /// Whether `inner` lies wholly inside this box.
    pub fn contains(&self, inner: &Rect) -> bool {
        inner.x0 >= self.x0 && inner.x1 <= self.x1 && inner.y0 >= self.y0 && inner.y1 <= self.y1
    }
}

/// The first of `options` (positions for one label, in order of
/// preference) that lies within `bounds` and overlaps nothing `taken`.
/// A label with no such position is better left out than drawn over
/// another.
pub fn first_free(options: &[Rect], taken: &[Rect], bounds: &Rect) -> Option<usize> {
    options
        .iter()
        .position(|o| bounds.contains(o) && taken.iter().all(|t| !t.overlaps(o)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(x0: f64, y0: f64, x1: f64, y1: f64) -> Rect {
        Rect { x0, y0, x1, y1 }
    }

    #[test]
    fn unclipped_text_takes_a_full_em_for_the_widest_glyphs() {
        assert_eq!(unclipped_text_width("mwMW", 10.0), 40.0);
        assert_eq!(unclipped_text_width("—Æé", 10.0), 30.0);
        // Other text as estimated; wide (CJK) characters already a full em.
        for text in ["Xiong'an founded", "雄安新区", "2019"] {
            assert_eq!(unclipped_text_width(text, 12.8), text_width(text, 12.8));
        }
    }

    #[test]
    fn free_positions_never_overlap_what_is_placed() {
        let bounds = r(0.0, 0.0, 100.0, 100.0);
        let taken = vec![r(10.0, 10.0, 50.0, 24.0)];
        let options = [
            r(20.0, 15.0, 60.0, 29.0),
            r(20.0, 24.0, 60.0, 38.0),
            r(90.0, 0.0, 130.0, 14.0),
        ];
        assert_eq!(
            first_free(&options, &taken, &bounds),
            Some(1),
            "touching edges do not overlap"
        );
        assert_eq!(first_free(&options[..1], &taken, &bounds), None);
        assert_eq!(
            first_free(&options[2..], &[], &bounds),
            None,
            "outside the bounds"
        );
    }

    fn apart(positions: &[f64], gap: f64) -> bool {
        let mut sorted = positions.to_vec();
        sorted.sort_by(f64::total_cmp);
        sorted.windows(2).all(|w| w[1] - w[0] >= gap - 1e-9)
    }

    #[test]
    fn leaves_separate_labels_where_they_are() {
        assert_eq!(
            spread(&[10.0, 50.0, 30.0], 14.0, 0.0, 100.0),
            [10.0, 50.0, 30.0]
        );
    }

    #[test]
    fn separates_crowded_labels_within_bounds() {
        let wanted = [50.0, 51.0, 49.0, 50.5, 95.0, 99.0];
        let got = spread(&wanted, 14.0, 0.0, 100.0);
        assert!(apart(&got, 14.0), "{got:?}");
        assert!(got.iter().all(|p| (0.0..=100.0).contains(p)), "{got:?}");
    }

    #[test]
    fn keeps_the_gap_even_when_labels_do_not_fit() {
        let got = spread(&[5.0; 10], 14.0, 0.0, 50.0);
        assert!(apart(&got, 14.0), "{got:?}");
        assert!(got.iter().all(|p| *p >= 0.0));
        assert!(spread(&[], 14.0, 0.0, 50.0).is_empty());
    }
}
