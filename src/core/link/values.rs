//! How a permalink writes its values and reads them back: lists, days,
//! years, ranges and languages.

use crate::core::link::query::{self, encode};
use crate::core::text::bilingual::Lang;
use crate::core::text::format::{read_natural, read_whole};
use crate::core::time::calendar::{civil_from_days, days_from_civil};

/// A language as a link names it.
pub(super) fn lang_slug(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Zh => "zh",
    }
}

/// A list written as its items joined by `~`. Each item is encoded twice,
/// so that after the address is decoded a `~` still only separates items.
pub(super) fn write_list(items: &[String]) -> String {
    let mut out = String::new();
    for (k, item) in items.iter().enumerate() {
        if k > 0 {
            out.push('~');
        }
        out.push_str(&encode(&encode(item)));
    }
    out
}

/// The items of a list written by [`write_list`] (once decoded).
pub(super) fn read_list(value: &str) -> Vec<String> {
    value
        .split('~')
        .filter(|i| !i.is_empty())
        .map(query::decode)
        .collect()
}

/// A year, as a link writes it.
pub(super) fn read_year(text: &str) -> Option<i32> {
    read_whole(text).and_then(|y| i32::try_from(y).ok())
}

/// A day number as a date, `2014-02-26` (years may be negative or long).
pub(super) fn write_day(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y}-{m:02}-{d:02}")
}

/// A date written as by [`write_day`], as a day number.
pub(super) fn read_day(text: &str) -> Option<i64> {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let mut parts = rest.splitn(3, '-');
    let year = read_whole(parts.next()?)?;
    let month: u8 = read_natural(parts.next()?)?;
    let day: u8 = read_natural(parts.next()?)?;
    let year = if negative { -year } else { year };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || year.abs() > 100_000_000_000 {
        return None;
    }
    let days = days_from_civil(year, month, day);
    (civil_from_days(days) == (year, month, day)).then_some(days)
}

/// `a..b` with `a` before `b` (or equal, if `equal` allows it).
pub(super) fn read_range<T: PartialOrd>(
    value: &str,
    read: impl Fn(&str) -> Option<T>,
    equal: bool,
) -> Option<(T, T)> {
    let (a, b) = value.split_once("..")?;
    let (a, b) = (read(a)?, read(b)?);
    (a < b || (equal && a == b)).then_some((a, b))
}
