//! Scales and ticks: mapping values to pixels and choosing "nice" axis
//! ticks (multiples of 1, 2 or 5 times a power of ten) that never crowd.

/// A linear map from a domain of values to a range of pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LinearScale {
    /// The domain's start and end (end may be less than start).
    pub domain: (f64, f64),
    /// The range's start and end, in pixels (end may be less than start:
    /// y axes run upwards).
    pub range: (f64, f64),
}

impl LinearScale {
    /// A scale from `domain` to `range`.
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        LinearScale { domain, range }
    }

    /// The pixel position of `value`. A domain of zero width maps to the
    /// middle of the range.
    pub fn map(&self, value: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if d1 == d0 {
            return (r0 + r1) / 2.0;
        }
        r0 + (value - d0) / (d1 - d0) * (r1 - r0)
    }

    /// The value at pixel position `pixel`.
    pub fn invert(&self, pixel: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if r1 == r0 {
            return (d0 + d1) / 2.0;
        }
        d0 + (pixel - r0) / (r1 - r0) * (d1 - d0)
    }
}

/// The power of ten at or below `x` (> 0): `floor(log10(x))`, found by
/// steps, without the float library's logarithm.
pub fn magnitude(x: f64) -> i32 {
    let mut exp = 0;
    while ten_to(exp + 1) <= x && exp < 300 {
        exp += 1;
    }
    while ten_to(exp) > x && exp > -300 {
        exp -= 1;
    }
    exp
}

/// `10^exp`, exactly where it can be (|exp| up to 22).
pub fn ten_to(exp: i32) -> f64 {
    let mut power = 1.0;
    for _ in 0..exp.unsigned_abs() {
        power *= 10.0;
    }
    if exp < 0 { 1.0 / power } else { power }
}

/// A "nice" step near `span / count`: 1, 2 or 5 times a power of ten.
pub fn nice_step(span: f64, count: usize) -> f64 {
    let count = count.max(1) as f64;
    let raw = (span / count).abs();
    if !raw.is_finite() || raw == 0.0 {
        return 1.0;
    }
    let magnitude = ten_to(magnitude(raw));
    let normalized = raw / magnitude;
    let nice = if normalized < 1.5 {
        1.0
    } else if normalized < 3.0 {
        2.0
    } else if normalized < 7.0 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

/// An axis extent with its ticks.
#[derive(Clone, Debug, PartialEq)]
pub struct Ticks {
    /// The axis runs from this value...
    pub min: f64,
    /// ...to this one; both are tick values.
    pub max: f64,
    /// The distance between ticks.
    pub step: f64,
    /// The tick values from `min` to `max`.
    pub values: Vec<f64>,
}

/// Ticks covering `[lo, hi]` with about `count` intervals, the extent
/// widened to whole steps.
///
/// Degenerate input still gives a usable axis: an empty or single-value
/// range is widened around the value (or to 0..1 at zero), and `zero`
/// forces the axis to include zero (bars and areas start there).
pub fn nice_ticks(lo: f64, hi: f64, count: usize, zero: bool) -> Ticks {
    let (mut lo, mut hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    if !lo.is_finite() || !hi.is_finite() {
        (lo, hi) = (0.0, 1.0);
    }
    if zero {
        lo = lo.min(0.0);
        hi = hi.max(0.0);
    }
    if lo == hi {
        if lo == 0.0 {
            hi = 1.0;
        } else {
            // Only without `zero`: with it, equal ends are both zero.
            let pad = lo.abs() * 0.1;
            (lo, hi) = (lo - pad, hi + pad);
        }
    }
    let step = nice_step(hi - lo, count);
    let min = (lo / step).floor() * step;
    let max = (hi / step).ceil() * step;
    let n = ((max - min) / step).round() as usize;
    let values = (0..=n)
        .map(|i| {
            let v = min + i as f64 * step;
            // Snap binary noise (0.30000000000000004) to the step's precision.
            let digits = (-step.log10().floor()).max(0.0) as i32;
            let f = 10f64.powi(digits);
            (v * f).round() / f
        })
        .collect();
    Ticks {
        min,
        max,
        step,
        values,
    }
}

/// How many tick intervals fit along `pixels` when each tick label needs
/// `label_pixels` (its width, or its height plus a gap): at least 1.
pub fn tick_count(pixels: f64, label_pixels: f64) -> usize {
    if label_pixels <= 0.0 || !pixels.is_finite() {
        return 1;
    }
    ((pixels / label_pixels).floor() as usize).max(1)
}

/// Year ticks between `first` and `last` that fit `max_labels` labels:
/// every year, or every 2nd, 5th, 10th... year, on round years.
pub fn year_ticks(first: i32, last: i32, max_labels: usize) -> Vec<i32> {
    let (first, last) = if first <= last {
        (first, last)
    } else {
        (last, first)
    };
    let span = i64::from(last) - i64::from(first);
    let max_labels = max_labels.max(1) as i64;
    // 1, 2, 5, 10, 20, 50, ... years.
    let step = (0..54)
        .map(|k| [1, 2, 5][k % 3] * 10i64.pow((k / 3) as u32))
        .find(|step| span / step < max_labels)
        .unwrap_or(i64::MAX);
    let start = (i64::from(first) + step - 1).div_euclid(step) * step;
    let start = if span == 0 { i64::from(first) } else { start };
    (0..)
        .map(|i| start + i * step)
        .take_while(|y| *y <= i64::from(last))
        .filter_map(|y| i32::try_from(y).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_and_inverts() {
        let s = LinearScale::new((0.0, 100.0), (300.0, 0.0));
        assert_eq!(s.map(0.0), 300.0);
        assert_eq!(s.map(100.0), 0.0);
        assert_eq!(s.map(25.0), 225.0);
        assert_eq!(s.invert(225.0), 25.0);
        let flat = LinearScale::new((5.0, 5.0), (0.0, 100.0));
        assert_eq!(flat.map(5.0), 50.0);
    }

    #[test]
    fn nice_steps_are_one_two_or_five() {
        assert_eq!(nice_step(100.0, 5), 20.0);
        assert_eq!(nice_step(115_049.6, 5), 20_000.0);
        assert_eq!(nice_step(7.0, 10), 0.5);
        assert_eq!(nice_step(0.0, 5), 1.0);
    }

    #[test]
    fn ticks_cover_the_data_with_nice_values() {
        let t = nice_ticks(21_746.0, 115_049.6, 5, true);
        assert_eq!(t.min, 0.0);
        assert_eq!(t.max, 120_000.0);
        assert_eq!(
            t.values,
            [
                0.0, 20_000.0, 40_000.0, 60_000.0, 80_000.0, 100_000.0, 120_000.0
            ]
        );
        let t = nice_ticks(0.1, 0.7, 6, false);
        assert_eq!(t.values, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    }

    #[test]
    fn degenerate_ranges_still_give_an_axis() {
        // One point, or all values equal.
        let t = nice_ticks(5.0, 5.0, 5, false);
        assert!(t.min < 5.0 && t.max > 5.0, "{t:?}");
        assert!(t.values.len() >= 2);
        // Zero only.
        let t = nice_ticks(0.0, 0.0, 5, true);
        assert_eq!((t.min, t.max), (0.0, 1.0));
        // Equal values on an axis that must include zero.
        let t = nice_ticks(40.0, 40.0, 4, true);
        assert_eq!(t.min, 0.0);
        assert!(t.max >= 40.0);
        // Reversed and non-finite input.
        assert_eq!(nice_ticks(10.0, 0.0, 5, false).values.first(), Some(&0.0));
        assert_eq!(nice_ticks(f64::NAN, 3.0, 5, false).min, 0.0);
        // Negative values.
        let t = nice_ticks(-12.0, 7.0, 4, true);
        assert!(t.min <= -12.0 && t.max >= 7.0 && t.values.contains(&0.0));
    }

    #[test]
    fn tick_counts_keep_labels_apart() {
        assert_eq!(tick_count(300.0, 30.0), 10);
        assert_eq!(tick_count(10.0, 30.0), 1);
        assert_eq!(tick_count(100.0, 0.0), 1);
    }

    #[test]
    fn year_ticks_thin_out_on_round_years() {
        assert_eq!(
            year_ticks(2013, 2024, 20),
            (2013..=2024).collect::<Vec<_>>()
        );
        assert_eq!(
            year_ticks(2013, 2024, 6),
            [2014, 2016, 2018, 2020, 2022, 2024]
        );
        assert_eq!(year_ticks(2013, 2024, 3), [2015, 2020]);
        assert_eq!(year_ticks(2020, 2020, 5), [2020]);
        assert_eq!(year_ticks(500, 1775, 6), [500, 1000, 1500]);
        assert_eq!(
            year_ticks(-13_800_000, 2000, 4),
            [-10_000_000, -5_000_000, 0]
        );
        for n in 1..12 {
            assert!(year_ticks(500, 1775, n).len() <= n.max(1), "{n}");
        }
    }
}
