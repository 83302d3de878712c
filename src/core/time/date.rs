//! Calendar dates known to a year, a month or a day.
//!
//! A milestone dated "2014-12" happened some time in December 2014: it is
//! shown as "Dec 2014", never as 1 December 2014. [`Date`] keeps that
//! precision from parsing to display.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use crate::core::text::bilingual::Lang;
use crate::core::text::format::group_digits;

/// How precisely a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// Known to the year.
    Year,
    /// Known to the month.
    Month,
    /// Known to the day.
    Day,
}

/// A proleptic Gregorian date known to a year, a month or a day.
///
/// Years may be negative (before the common era, read as "so many years
/// BCE") and very large, as in deep-time timelines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Date {
    year: i64,
    month: Option<u8>,
    day: Option<u8>,
}

/// Why a text is not a valid date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// The text does not have the shape `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    Malformed(String),
    /// The month is not between 1 and 12.
    MonthOutOfRange(u32),
    /// The day does not exist in that month (2023-02-30).
    NoSuchDay {
        /// The year.
        year: i64,
        /// The month, 1 to 12.
        month: u8,
        /// The day that does not exist.
        day: u32,
    },
}

/// The English months' names, January first.
pub const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Malformed(text) => write!(
                f,
                "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"{text}\""
            ),
            DateError::MonthOutOfRange(m) => {
                write!(f, "month {m} does not exist (expected 01 to 12)")
            }
            DateError::NoSuchDay { year, month, day } => write!(
                f,
                "day {day} does not exist in {} {year} (it has {} days)",
                MONTHS_EN
                    .get(usize::from(*month).wrapping_sub(1))
                    .unwrap_or(&"that month"),
                days_in_month(*year, *month)
            ),
        }
    }
}

impl std::error::Error for DateError {}

/// Whether `year` is a leap year in the proleptic Gregorian calendar.
pub fn is_leap_year(year: i64) -> bool {
    year.rem_euclid(4) == 0 && (year.rem_euclid(100) != 0 || year.rem_euclid(400) == 0)
}

/// The number of days in `month` (1 to 12) of `year`.
pub fn days_in_month(year: i64, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date known to the year.
    pub fn year_only(year: i64) -> Self {
        Date {
            year,
            month: None,
            day: None,
        }
    }

    /// A date known to the month; fails if the month is not 1 to 12.
    pub fn year_month(year: i64, month: u32) -> Result<Self, DateError> {
        let month = check_month(month)?;
        Ok(Date {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// A date known to the day; fails if the day does not exist.
    pub fn ymd(year: i64, month: u32, day: u32) -> Result<Self, DateError> {
        let month = check_month(month)?;
        if day == 0 || day > u32::from(days_in_month(year, month)) {
            return Err(DateError::NoSuchDay { year, month, day });
        }
        Ok(Date {
            year,
            month: Some(month),
            day: Some(day as u8),
        })
    }

    /// The year.
    pub fn year(&self) -> i64 {
        self.year
    }

    /// The month (1 to 12), if known.
    pub fn month(&self) -> Option<u8> {
        self.month
    }

    /// The day of the month, if known.
    pub fn day(&self) -> Option<u8> {
        self.day
    }

    /// How precisely the date is known.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The date as a reader sees it, at its own precision:
    /// "26 Feb 2014", "Dec 2014", "2014" in English;
    /// "2014年2月26日", "2014年12月", "2014年" in Chinese.
    pub fn display(&self, lang: Lang) -> String {
        let year = display_year(self.year, lang);
        match (lang, self.month, self.day) {
            (Lang::En, Some(m), Some(d)) => {
                format!("{d} {} {year}", &MONTHS_EN[usize::from(m) - 1][..3])
            }
            (Lang::En, Some(m), None) => format!("{} {year}", &MONTHS_EN[usize::from(m) - 1][..3]),
            (Lang::En, _, _) => year,
            (Lang::Zh, Some(m), Some(d)) => format!("{year}{m}月{d}日"),
            (Lang::Zh, Some(m), None) => format!("{year}{m}月"),
            (Lang::Zh, _, _) => year,
        }
    }
}

fn display_year(year: i64, lang: Lang) -> String {
    let magnitude = year.unsigned_abs();
    // Deep time: "13.8 billion years ago", "6500万年前" (the two thousand
    // years since the common era began are well within the rounding).
    if year <= -1_000_000 {
        let digits = magnitude.to_string();
        let (shift, en, zh) = match (lang, digits.len()) {
            (Lang::En, 10..) => (9, " billion years ago", ""),
            (Lang::En, _) => (6, " million years ago", ""),
            (Lang::Zh, 9..) => (8, "", "亿年前"),
            (Lang::Zh, _) => (4, "", "万年前"),
        };
        let (whole, fraction) = digits.split_at(digits.len() - shift);
        let fraction = fraction.trim_end_matches('0');
        let dot = if fraction.is_empty() { "" } else { "." };
        return format!("{whole}{dot}{fraction}{en}{zh}");
    }
    // Four-digit years are written plainly; deep time gets separators.
    let digits = if magnitude >= 10_000 {
        group_digits(&magnitude.to_string())
    } else {
        magnitude.to_string()
    };
    match (lang, year < 0) {
        (Lang::En, false) => digits,
        (Lang::En, true) => format!("{digits} BCE"),
        (Lang::Zh, false) => format!("{digits}年"),
        (Lang::Zh, true) => format!("公元前{digits}年"),
    }
}

fn check_month(month: u32) -> Result<u8, DateError> {
    if (1..=12).contains(&month) {
        Ok(month as u8)
    } else {
        Err(DateError::MonthOutOfRange(month))
    }
}

impl FromStr for Date {
    type Err = DateError;

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with an optional leading
    /// minus sign on the year (up to 12 digits).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let malformed = || DateError::Malformed(text.to_string());
        // By its first byte: `strip_prefix('-')` compares through `memcmp`.
        let negative = text.as_bytes().first() == Some(&b'-');
        let rest = text.get(usize::from(negative)..).unwrap_or_default();
        // Year, month and day: each part's value and number of digits,
        // read a byte at a time (imported files hold many thousand dates).
        let mut parts = [(0i64, 0usize); 3];
        let mut part = 0;
        for b in rest.bytes() {
            if b == b'-' {
                part += 1;
                if part > 2 {
                    return Err(malformed());
                }
                continue;
            }
            let (value, digits) = parts.get_mut(part).ok_or_else(malformed)?;
            if !b.is_ascii_digit() || *digits == 12 {
                return Err(malformed());
            }
            *value = *value * 10 + i64::from(b - b'0');
            *digits += 1;
        }
        let [
            (magnitude, year_digits),
            (month, month_digits),
            (day, day_digits),
        ] = parts;
        let year = if negative { -magnitude } else { magnitude };
        // A month and a day have two digits each.
        let shown = |digits: usize, at: usize| part < at || digits == 2;
        if year_digits == 0 || !shown(month_digits, 1) || !shown(day_digits, 2) {
            return Err(malformed());
        }
        match part {
            0 => Ok(Date::year_only(year)),
            1 => Date::year_month(year, month as u32),
            _ => Date::ymd(year, month as u32, day as u32),
        }
    }
}

impl fmt::Display for Date {
    /// The ISO form at the date's own precision: `2014`, `2014-12`, `2014-02-26`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.year < 0 {
            write!(f, "-{:04}", self.year.unsigned_abs())?;
        } else {
            write!(f, "{:04}", self.year)?;
        }
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl Date {
    /// A number that orders dates as [`Ord`] does.
    pub fn sort_key(&self) -> i64 {
        self.year * 10_000
            + i64::from(self.month.unwrap_or(0)) * 100
            + i64::from(self.day.unwrap_or(0))
    }
}

impl Ord for Date {
    /// Chronological order of the start of each date; at the same start, the
    /// less precise (longer) date comes first.
    fn cmp(&self, other: &Self) -> Ordering {
        self.sort_key().cmp(&other.sort_key())
    }
}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn parses_each_precision() {
        assert_eq!(d("2014-02-26").precision(), Precision::Day);
        assert_eq!(d("2014-12").precision(), Precision::Month);
        assert_eq!(d("2014").precision(), Precision::Year);
        assert_eq!(d("-13800000000").year(), -13_800_000_000);
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        assert_eq!(
            "2023-02-30".parse::<Date>().unwrap_err().to_string(),
            "day 30 does not exist in February 2023 (it has 28 days)"
        );
        assert!("2024-02-29".parse::<Date>().is_ok());
        assert!("1900-02-29".parse::<Date>().is_err());
        assert!("2000-02-29".parse::<Date>().is_ok());
        assert_eq!(
            "2014-13".parse::<Date>().unwrap_err(),
            DateError::MonthOutOfRange(13)
        );
        for bad in [
            "",
            "14-2-26",
            "2014/02/26",
            "2014-2",
            "2014-02-26-01",
            "26 Feb 2014",
            "-",
            "2014-00",
            "2014-",
            "2014-02-",
            "--2014",
            "+2014",
            "2014-012",
            "2014-02-03-",
            "2014-02--",
            "1234567890123",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad} should fail");
        }
    }

    #[test]
    fn displays_at_its_own_precision() {
        assert_eq!(d("2014-02-26").display(Lang::En), "26 Feb 2014");
        assert_eq!(d("2014-12").display(Lang::En), "Dec 2014");
        assert_eq!(d("2014").display(Lang::En), "2014");
        assert_eq!(d("2014-02-26").display(Lang::Zh), "2014年2月26日");
        assert_eq!(d("2014-12").display(Lang::Zh), "2014年12月");
        assert_eq!(d("2014").display(Lang::Zh), "2014年");
        assert_eq!(
            d("-13800000000").display(Lang::En),
            "13.8 billion years ago"
        );
        assert_eq!(
            d("-13799630000").display(Lang::En),
            "13.79963 billion years ago"
        );
        assert_eq!(d("-13800000000").display(Lang::Zh), "138亿年前");
        assert_eq!(d("-65000000").display(Lang::En), "65 million years ago");
        assert_eq!(d("-65000000").display(Lang::Zh), "6500万年前");
        assert_eq!(d("-538800000").display(Lang::Zh), "5.388亿年前");
        assert_eq!(d("-315000").display(Lang::En), "315,000 BCE");
        assert_eq!(d("-500").display(Lang::Zh), "公元前500年");
        assert_eq!(d("-500").display(Lang::En), "500 BCE");
    }

    #[test]
    fn round_trips_through_iso_text() {
        for s in ["2014", "2014-12", "2014-02-26", "-0500", "-13800000000"] {
            assert_eq!(d(s).to_string(), s);
        }
    }

    #[test]
    fn orders_chronologically() {
        let mut dates = [d("2014-12"), d("2014-02-26"), d("2014"), d("2013-12-31")];
        dates.sort();
        let shown: Vec<String> = dates.iter().map(Date::to_string).collect();
        assert_eq!(shown, ["2013-12-31", "2014", "2014-02-26", "2014-12"]);
    }
}
