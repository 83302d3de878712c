//! Numbers written into a step's text, which validation refuses: a
//! story's numbers come from the data, by reference. Years and dates are
//! words of the story, not figures, and may be written:
//!
//! - a year: four digits (`2014`);
//! - an ISO date: `2014-02`, `2014-02-26`;
//! - a day or month before or after an English month's name
//!   (`26 February`, `February 26`);
//! - a Chinese month or day (`2月`, `26日`, `26号`).

use crate::core::text::format::read_natural;
use crate::core::time::date::MONTHS_EN;

/// The first number in `text` that is neither a year nor part of a date,
/// as written (`11.5`, `30`), if there is one.
pub fn stray_number(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        // The number: digits, with separators between digits.
        let start = i;
        let mut end = i;
        while end < bytes.len()
            && (bytes[end].is_ascii_digit()
                || (matches!(bytes[end], b'.' | b',')
                    && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
                    && end > start))
        {
            end += 1;
        }
        let number = &text[start..end];
        if !allowed(number, &text[..start], &text[end..]) {
            return Some(number);
        }
        i = end;
    }
    None
}

/// Whether `number`, between `before` and `after`, is a year or part of
/// a date.
fn allowed(number: &str, before: &str, after: &str) -> bool {
    if !number.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    if number.len() == 4 {
        return true;
    }
    let day_or_month = number.len() <= 2 && matches!(read_natural::<u8>(number), Some(1..=31));
    if !day_or_month {
        return false;
    }
    // `2014-02`, `2014-02-26`: after a year or a month and a dash.
    let iso = before.strip_suffix('-').is_some_and(|b| {
        let digits = b.len() - b.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        digits == 4 || (digits == 2 && b.len() > 2 && b.as_bytes()[b.len() - 3] == b'-')
    });
    let chinese = after.starts_with(['月', '日', '号']);
    let month_after = after
        .strip_prefix(' ')
        .is_some_and(|a| MONTHS_EN.iter().any(|m| a.starts_with(m)));
    let month_before = before
        .strip_suffix(' ')
        .is_some_and(|b| MONTHS_EN.iter().any(|m| b.ends_with(m)));
    iso || chinese || month_after || month_before
}
