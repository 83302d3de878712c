//! Keeping a number within bounds without the panic of `f64::clamp`.
//!
//! `f64::clamp` panics when its bounds cross (and its panic message pulls
//! float formatting into the WebAssembly); a drawing whose width shrank to
//! nothing must not take the page down.

/// `value` raised to at least `low`, then lowered to at most `high`: when
/// the bounds cross, `high` wins. NaN becomes `low` (or `high`).
pub fn clamp(value: f64, low: f64, high: f64) -> f64 {
    value.max(low).min(high)
}

#[cfg(test)]
mod tests {
    use super::clamp;

    #[test]
    fn keeps_within_bounds_even_when_they_cross() {
        assert_eq!(clamp(5.0, 0.0, 10.0), 5.0);
        assert_eq!(clamp(-1.0, 0.0, 10.0), 0.0);
        assert_eq!(clamp(11.0, 0.0, 10.0), 10.0);
        assert_eq!(clamp(5.0, 8.0, 2.0), 2.0, "crossed bounds do not panic");
        assert_eq!(clamp(f64::NAN, 0.0, 10.0), 0.0);
    }
}
