//! The span of time in view, and its zoom and pan within the bounds.

use crate::core::dataset::atlas::Milestone;
use crate::core::layout::clamp::clamp;

/// The shortest window the timeline zooms to, in days.
pub const MIN_DAYS: f64 = 14.0;

/// A span of time on the timeline, in (fractional) day numbers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Window {
    /// First day shown.
    pub start: f64,
    /// End of the last day shown.
    pub end: f64,
}

impl Window {
    /// The whole span of `milestones` with a margin on each side; a year
    /// around them if there is only one, a default span if none.
    pub fn fit(milestones: &[Milestone]) -> Window {
        let first = milestones.iter().map(|m| m.date.span().0).min();
        let end = milestones.iter().map(|m| m.date.span().1).max();
        let (Some(first), Some(end)) = (first, end) else {
            return Window {
                start: 0.0,
                end: 365.0,
            };
        };
        let length = ((end - first) as f64).max(365.0);
        let margin = length * 0.03;
        let middle = (first + end) as f64 / 2.0;
        Window {
            start: middle - length / 2.0 - margin,
            end: middle + length / 2.0 + margin,
        }
    }

    /// Its length in days.
    pub fn length(&self) -> f64 {
        self.end - self.start
    }

    /// The horizontal position of `day` on a timeline `width` pixels wide.
    pub fn x(&self, day: f64, width: f64) -> f64 {
        (day - self.start) / self.length() * width
    }

    /// The day at horizontal position `x`.
    pub fn day_at(&self, x: f64, width: f64) -> f64 {
        self.start + x / width * self.length()
    }

    /// Kept within `bounds` (moved, and shrunk if longer), and at least
    /// [`MIN_DAYS`] long.
    pub fn within(self, bounds: Window) -> Window {
        let length = clamp(self.length(), MIN_DAYS, bounds.length().max(MIN_DAYS));
        let mut start = self.start;
        if self.length() != length {
            start = (self.start + self.end) / 2.0 - length / 2.0;
        }
        let start = clamp(start, bounds.start, (bounds.end - length).max(bounds.start));
        Window {
            start,
            end: start + length,
        }
    }

    /// Zoomed by `factor` (above 1 zooms in) around the point at
    /// `anchor` (0 = left edge, 1 = right edge), within `bounds`.
    pub fn zoom(self, factor: f64, anchor: f64, bounds: Window) -> Window {
        let factor = if factor.is_finite() && factor > 0.0 {
            factor
        } else {
            1.0
        };
        let at = self.start + self.length() * clamp(anchor, 0.0, 1.0);
        let length = clamp(
            self.length() / factor,
            MIN_DAYS,
            bounds.length().max(MIN_DAYS),
        );
        let start = at - length * clamp(anchor, 0.0, 1.0);
        Window {
            start,
            end: start + length,
        }
        .within(bounds)
    }

    /// Moved by `fraction` of its length (positive: later), within `bounds`.
    pub fn pan(self, fraction: f64, bounds: Window) -> Window {
        let shift = self.length() * fraction;
        Window {
            start: self.start + shift,
            end: self.end + shift,
        }
        .within(bounds)
    }

    /// A closer window centred on `day`, to bring a milestone out of a
    /// group: a year long, or a quarter as long if it is a year or
    /// shorter already; within `bounds`.
    pub fn focus(self, day: f64, bounds: Window) -> Window {
        let length = if self.length() > 365.0 {
            365.0
        } else {
            self.length() / 4.0
        };
        Window {
            start: day - length / 2.0,
            end: day + length / 2.0,
        }
        .within(bounds)
    }

    /// Centred on `day`, keeping its length, within `bounds`.
    pub fn centre_on(self, day: f64, bounds: Window) -> Window {
        let half = self.length() / 2.0;
        Window {
            start: day - half,
            end: day + half,
        }
        .within(bounds)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bounds() -> Window {
        Window {
            start: 0.0,
            end: 4000.0,
        }
    }

    #[test]
    fn zooms_and_pans_within_bounds() {
        let w = bounds();
        let z = w.zoom(2.0, 0.5, bounds());
        assert_eq!((z.start, z.end), (1000.0, 3000.0));
        let z = w.zoom(2.0, 0.0, bounds());
        assert_eq!((z.start, z.end), (0.0, 2000.0));
        let out = z.zoom(0.1, 0.5, bounds());
        assert_eq!(out, bounds(), "zooming out stops at the bounds");
        let deep = w.zoom(1e9, 0.5, bounds());
        assert_eq!(deep.length(), MIN_DAYS);
        let moved = z.pan(0.5, bounds());
        assert_eq!((moved.start, moved.end), (1000.0, 3000.0));
        let stuck = z.pan(-1.0, bounds());
        assert_eq!(stuck.start, 0.0);
        assert_eq!(z.centre_on(3900.0, bounds()).end, 4000.0);
        let near = w.focus(1000.0, bounds());
        assert_eq!((near.start, near.end), (817.5, 1182.5));
        assert_eq!(near.focus(1000.0, bounds()).length(), 365.0 / 4.0);
        assert_eq!(near.focus(0.0, bounds()).start, 0.0, "kept within bounds");
        assert_eq!(w.day_at(w.x(1234.0, 800.0), 800.0), 1234.0);
    }

    #[test]
    fn deep_time_zooms_and_pans_without_overflow_or_drift() {
        // From 13.8 billion years ago to now, in days (about -5e12): f64
        // keeps a thousandth of a day there.
        let bounds = Window {
            start: -5.04e12,
            end: 20_000.0,
        };
        let mut w = bounds;
        for _ in 0..80 {
            w = w.zoom(2.0, 0.1, bounds);
        }
        assert!((w.length() - MIN_DAYS).abs() < 0.01, "{w:?}");
        assert!(w.start >= bounds.start && w.end <= bounds.end);
        let moved = w.pan(0.5, bounds);
        assert!((moved.start - w.start - MIN_DAYS / 2.0).abs() < 0.01);
        let back = moved.zoom(1e-30, 0.5, bounds);
        assert_eq!(back, bounds);
        let x = bounds.x(-4.9e12, 900.0);
        assert!(x.is_finite() && (bounds.day_at(x, 900.0) + 4.9e12).abs() < 1.0);
    }
}
