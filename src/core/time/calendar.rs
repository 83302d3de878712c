//! Day numbers of the proleptic Gregorian calendar: a date known to a day,
//! a month or a year covers a span of days, which is what the timeline
//! draws (a point, a month, a year).

use crate::core::time::date::{Date, days_in_month};

/// The number of days from 1970-01-01 to `year`-`month`-`day` (negative
/// before). Works for any year an `i64` of days can hold (deep time too).
pub fn days_from_civil(year: i64, month: u8, day: u8) -> i64 {
    let (m, d) = (i64::from(month), i64::from(day));
    let y = if m <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The (year, month, day) of a day number.
pub fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

impl Date {
    /// The days the date covers: `[first, end)` in day numbers. A day is one
    /// day long, a month its month, a year its year.
    pub fn span(&self) -> (i64, i64) {
        let year = self.year();
        match (self.month(), self.day()) {
            (Some(m), Some(d)) => {
                let first = days_from_civil(year, m, d);
                (first, first + 1)
            }
            (Some(m), None) => {
                let first = days_from_civil(year, m, 1);
                (first, first + i64::from(days_in_month(year, m)))
            }
            _ => (days_from_civil(year, 1, 1), days_from_civil(year + 1, 1, 1)),
        }
    }

    /// The key events are put in order by: twice the middle of the date's
    /// span, in days (an event of "2014" sits mid-year, after one of
    /// February 2014).
    pub fn order_key(&self) -> i64 {
        let (first, end) = self.span();
        first + end
    }

    /// The middle of the date's span as a fractional year (mid-2014 is
    /// about 2014.5): where a chart marks it.
    pub fn mid_year(&self) -> f64 {
        let (first, end) = self.span();
        let year = self.year();
        let start = days_from_civil(year, 1, 1) as f64;
        let length = (days_from_civil(year + 1, 1, 1) - days_from_civil(year, 1, 1)) as f64;
        year as f64 + ((first + end) as f64 / 2.0 - start) / length
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn counts_days_both_ways() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(1969, 12, 31), -1);
        for days in [
            -1_000_000, -719_468, -1, 0, 59, 60, 11_016, 20_000, 1_000_000,
        ] {
            let (y, m, dd) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, dd), days, "{days}");
        }
        // Deep time survives the round trip.
        let deep = days_from_civil(-13_800_000_000, 1, 1);
        assert_eq!(civil_from_days(deep), (-13_800_000_000, 1, 1));
    }

    #[test]
    fn spans_follow_precision() {
        let (a, b) = d("2014-02-26").span();
        assert_eq!(b - a, 1);
        let (a, b) = d("2014-02").span();
        assert_eq!((b - a, civil_from_days(a)), (28, (2014, 2, 1)));
        let (a, b) = d("2014").span();
        assert_eq!(b - a, 365);
        assert_eq!(d("2016").span().1 - d("2016").span().0, 366);
    }

    #[test]
    fn marks_dates_at_their_middle() {
        assert!((d("2014").mid_year() - 2014.5).abs() < 1e-9);
        assert!((d("2014-12").mid_year() - 2014.958).abs() < 0.001);
        assert!((d("2014-01-01").mid_year() - 2014.0014).abs() < 0.001);
    }
}
