//! The classes a map's colours are drawn in: breaks at nice numbers (1, 2,
//! 2.5 or 5 times a power of ten apart) over the values shown, and the
//! class each value falls in.

use crate::core::chart::scale::{magnitude, ten_to};

/// The nice steps, in tenths of a power of ten.
const STEPS: [i64; 5] = [10, 20, 25, 50, 100];

/// Breaks of about `classes` classes (at most that many) over `[lo, hi]`:
/// the first at or below `lo`, the last at or above `hi`, a nice step
/// apart, each written exactly as its decimal. Empty if the bounds are not
/// finite numbers in order; one class of width one step for a single
/// value.
pub fn nice_breaks(lo: f64, hi: f64, classes: usize) -> Vec<f64> {
    if !(lo.is_finite() && hi.is_finite()) || lo > hi || classes == 0 {
        return Vec::new();
    }
    // A single value gets classes over as much as itself (or one).
    let span = if hi > lo { hi - lo } else { hi.abs().max(1.0) };
    let raw = span / classes as f64;
    let mut exp = magnitude(raw) - 1;
    loop {
        for tenths in STEPS {
            let step = at(1, tenths, exp);
            let (first, last) = ((lo / step).floor() as i64, (hi / step).ceil() as i64);
            let last = last.max(first + 1);
            if (last - first) as usize <= classes {
                return (first..=last).map(|k| at(k, tenths, exp)).collect();
            }
        }
        exp += 1;
    }
}

/// `k` steps of `tenths` tenths of `10^exp`, computed so that the result
/// is the decimal's nearest float (one exact product or quotient).
fn at(k: i64, tenths: i64, exp: i32) -> f64 {
    let units = (k * tenths) as f64;
    if exp >= 1 {
        units * ten_to(exp - 1)
    } else {
        units / ten_to(1 - exp)
    }
}

/// The class `value` falls in: `i` for `breaks[i] <= value < breaks[i + 1]`,
/// the last class taking in its upper break; values outside go to the
/// nearest class.
pub fn class_of(value: f64, breaks: &[f64]) -> usize {
    let classes = breaks.len().saturating_sub(1);
    let above = breaks.iter().skip(1).filter(|&&b| value >= b).count();
    above.min(classes.saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_are_nice_numbers_round_the_values() {
        assert_eq!(
            nice_breaks(2_045.3, 141_613.8, 5),
            vec![0.0, 50_000.0, 100_000.0, 150_000.0]
        );
        assert_eq!(
            nice_breaks(0.16, 10.9, 6),
            vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0, 12.0]
        );
        assert_eq!(
            nice_breaks(-12.5, 48.0, 5),
            vec![-20.0, 0.0, 20.0, 40.0, 60.0]
        );
        assert_eq!(
            nice_breaks(0.1, 0.7, 6),
            vec![0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]
        );
        assert_eq!(nice_breaks(0.1, 0.7, 4), vec![0.0, 0.2, 0.4, 0.6, 0.8]);
        assert_eq!(nice_breaks(5.0, 5.0, 5).len(), 2);
        assert!(nice_breaks(f64::NAN, 1.0, 5).is_empty());
        assert_eq!(nice_breaks(0.0, 0.0123, 4), vec![0.0, 0.005, 0.01, 0.015]);
        assert_eq!(magnitude(999.0), 2);
        assert_eq!(magnitude(1000.0), 3);
        assert_eq!(magnitude(0.05), -2);
    }

    #[test]
    fn every_value_falls_in_exactly_one_class() {
        let breaks = nice_breaks(3.0, 97.0, 5);
        for v in [3.0, 19.999, 20.0, 50.0, 97.0, 100.0] {
            let c = class_of(v, &breaks);
            assert!(
                breaks[c] <= v && v <= breaks[c + 1],
                "{v} in {c} of {breaks:?}"
            );
        }
        assert_eq!(class_of(100.0, &breaks), breaks.len() - 2);
    }
}
