//! TimelineJS3's dates: `year`, `month`, `day`, `hour`, `minute` as
//! numbers or numeric strings (an empty string is no value), and the text
//! a slide shows instead (`display_date`). The atlas keeps a date to the
//! day: hours and minutes are checked, then left aside.

use serde_json::{Map, Value};

use super::{Log, quoted, string};
use crate::core::dataset::read::kind;
use crate::core::time::date::Date;

/// The largest year written, in magnitude: what the project's format reads
/// back (twelve digits), and far from any overflow of day numbers.
const MAX_YEAR: i64 = 999_999_999_999;

/// A date read from a TimelineJS3 date object.
pub struct Read {
    /// The date, at the precision given.
    pub date: Date,
    /// What the file shows instead of the date, if anything.
    pub shown: Option<String>,
}

/// A whole number written as a number or a numeric string; `Ok(None)` if
/// absent, null or an empty string; `Err` with what was found.
fn whole(value: Option<&Value>) -> Result<Option<i64>, String> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => Ok(Some(i)),
            (None, Some(f)) if f.fract() == 0.0 && f.abs() <= MAX_YEAR as f64 => Ok(Some(f as i64)),
            _ => Err(n.to_string()),
        },
        Some(Value::String(s)) => {
            let s = s.trim();
            if s.is_empty() {
                return Ok(None);
            }
            s.parse::<i64>().map(Some).map_err(|_| quoted(s))
        }
        Some(other) => Err(kind(other).to_string()),
    }
}

/// The whole number at `key` of a date object, within `range`; a problem
/// logged (at `place`, `field.key`) if it is not one.
fn part(
    log: &mut Log,
    d: &Map<String, Value>,
    key: &str,
    place: &str,
    field: &str,
    range: (i64, i64),
) -> Result<Option<i64>, ()> {
    let at = format!("{field}.{key}");
    match whole(d.get(key)) {
        Ok(Some(n)) if n < range.0 || n > range.1 => {
            log.problem(
                place,
                &at,
                format!(
                    "expected a whole number from {} to {}, found {n}",
                    range.0, range.1
                ),
            );
            Err(())
        }
        Ok(n) => Ok(n),
        Err(found) => {
            log.problem(
                place,
                &at,
                format!("expected a whole number, found {found}"),
            );
            Err(())
        }
    }
}

/// Reads the date object `d` at `place`, `field` (`start_date`...): its
/// year (required), month and day; hour and minute checked. `None` if it
/// has a problem (logged).
pub fn read_date(log: &mut Log, d: &Map<String, Value>, place: &str, field: &str) -> Option<Read> {
    let year = part(log, d, "year", place, field, (-MAX_YEAR, MAX_YEAR));
    let month = part(log, d, "month", place, field, (1, 12));
    let day = part(log, d, "day", place, field, (1, 31));
    let hour = part(log, d, "hour", place, field, (0, 23));
    let minute = part(log, d, "minute", place, field, (0, 59));
    let shown = string(
        log,
        d,
        "display_date",
        place,
        &format!("{field}.display_date"),
    )
    .map(str::to_string);
    let (Ok(year), Ok(month), Ok(day), Ok(_), Ok(_)) = (year, month, day, hour, minute) else {
        return None;
    };
    let Some(year) = year else {
        log.problem(
            place,
            &format!("{field}.year"),
            "missing (a date needs a year)",
        );
        return None;
    };
    let date = match (month, day) {
        (None, None) => Ok(Date::year_only(year)),
        (Some(m), None) => Date::year_month(year, m as u32),
        (Some(m), Some(d)) => Date::ymd(year, m as u32, d as u32),
        (None, Some(_)) => {
            log.problem(
                place,
                &format!("{field}.month"),
                "missing (a date with a day needs a month)",
            );
            return None;
        }
    };
    match date {
        Ok(date) => Some(Read { date, shown }),
        Err(err) => {
            log.problem(place, field, err.to_string());
            None
        }
    }
}

/// What an event shows instead of its dates, if the file says: the start's
/// `display_date`, and the end's after a dash if it has one too.
pub fn shown_span(start: Option<&Read>, end: Option<&Read>) -> Option<String> {
    let start = start?.shown.as_deref()?;
    match end.and_then(|e| e.shown.as_deref()) {
        Some(end) => Some(format!("{start} – {end}")),
        None => Some(start.to_string()),
    }
}
