//! Ticks of the time axis, adapting from years to months to days.

use super::Window;
use crate::core::text::bilingual::Lang;
use crate::core::time::calendar::{civil_from_days, days_from_civil};
use crate::core::time::date::Date;

/// A tick of the time axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// Where it is, as a day number.
    pub day: f64,
    /// Its label: a year, a month or a day, at the precision the zoom allows.
    pub label: String,
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Ticks for `window` on an axis `width` pixels wide, at least `spacing`
/// pixels apart: years (1, 2, 5, 10... apart) when zoomed out, then months
/// (every 6, 3 or 1), then days (every 7 or 1).
pub fn ticks(window: &Window, width: f64, spacing: f64, lang: Lang) -> Vec<Tick> {
    let per_day = width / window.length().max(f64::MIN_POSITIVE);
    let fits = |days: f64| days * per_day >= spacing;
    let first = window.start.floor() as i64;
    let last = window.end.ceil() as i64;
    let mut out = Vec::new();
    if fits(1.0) || fits(7.0) {
        let step = if fits(1.0) { 1 } else { 7 };
        let mut day = first;
        while day <= last && out.len() < 400 {
            let (y, m, d) = civil_from_days(day);
            if step == 1 || d % 7 == 1 {
                let label = match lang {
                    Lang::En if d == 1 && m == 1 => {
                        format!("{d} {} {y}", MONTHS[usize::from(m) - 1])
                    }
                    Lang::En => format!("{d} {}", MONTHS[usize::from(m) - 1]),
                    Lang::Zh if d == 1 && m == 1 => format!("{y}年{m}月{d}日"),
                    Lang::Zh => format!("{m}月{d}日"),
                };
                out.push(Tick {
                    day: day as f64,
                    label,
                });
            }
            day += 1;
        }
    } else if let Some(step) = [1u8, 3, 6]
        .into_iter()
        .find(|k| fits(30.44 * f64::from(*k)))
    {
        let (mut y, mut m, _) = civil_from_days(first);
        loop {
            let day = days_from_civil(y, m, 1);
            if day > last || out.len() > 400 {
                break;
            }
            if (m - 1) % step == 0 && day as f64 >= window.start {
                out.push(Tick {
                    day: day as f64,
                    label: Date::year_month(y, u32::from(m))
                        .map_or_else(|_| y.to_string(), |d| d.display(lang)),
                });
            }
            (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        }
    } else {
        let step = (0..60)
            .map(|k| [1i64, 2, 5][k % 3] * 10i64.pow((k / 3) as u32))
            .find(|s| fits(365.2425 * *s as f64))
            .unwrap_or(i64::MAX / 4)
            .max(1);
        let (first_year, _, _) = civil_from_days(first);
        let mut year = first_year.div_euclid(step) * step;
        while out.len() < 400 {
            let day = days_from_civil(year, 1, 1);
            if day as f64 > window.end {
                break;
            }
            if day as f64 >= window.start {
                out.push(Tick {
                    day: day as f64,
                    label: Date::year_only(year).display(Lang::En),
                });
            }
            year += step;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_adapt_from_years_to_months_to_days() {
        let years = Window {
            start: days_from_civil(2014, 1, 1) as f64,
            end: days_from_civil(2026, 1, 1) as f64,
        };
        let t = ticks(&years, 900.0, 60.0, Lang::En);
        assert_eq!(t.first().map(|t| t.label.as_str()), Some("2014"));
        assert!(t.iter().all(|t| t.label.len() == 4));
        let t = ticks(&years, 450.0, 60.0, Lang::En);
        assert_eq!(
            t.iter().map(|t| t.label.as_str()).collect::<Vec<_>>(),
            ["2014", "2016", "2018", "2020", "2022", "2024", "2026"]
        );
        let months = Window {
            start: days_from_civil(2014, 1, 1) as f64,
            end: days_from_civil(2015, 1, 1) as f64,
        };
        let t = ticks(&months, 900.0, 60.0, Lang::En);
        assert_eq!(t[0].label, "Jan 2014");
        assert_eq!(t.len(), 13, "Jan 2014 to Jan 2015");
        assert_eq!(
            ticks(&months, 900.0, 60.0, Lang::Zh)[11].label,
            "2014年12月"
        );
        let days = Window {
            start: days_from_civil(2014, 2, 20) as f64,
            end: days_from_civil(2014, 3, 6) as f64,
        };
        let t = ticks(&days, 900.0, 60.0, Lang::En);
        assert_eq!(t[6].label, "26 Feb");
        assert_eq!(ticks(&days, 900.0, 60.0, Lang::Zh)[6].label, "2月26日");
        // Deep time: billions of years.
        let deep = Window {
            start: days_from_civil(-13_800_000_000, 1, 1) as f64,
            end: 0.0,
        };
        let t = ticks(&deep, 900.0, 90.0, Lang::En);
        assert!(
            t.len() >= 2 && t.iter().any(|t| t.label.ends_with("BCE")),
            "{t:?}"
        );
    }
}
