//! Ticks of the time axis, adapting from years to months to days.

use super::Window;
use crate::core::text::bilingual::Lang;
use crate::core::text::format::decimal;
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

/// The longest step between ticks of years.
const MAX_STEP: i64 = 10_000_000_000_000;

/// The label of a tick at the start of `year`, ticks being `step` years
/// apart: deep time as "13.8 billion years ago" and "65 million years
/// ago" ("138亿年前", "6500万年前"), where the step leaves at most three
/// decimals; other years as they are ("2014"; "500 BCE", "公元前500年").
fn year_label(year: i64, step: i64, lang: Lang) -> String {
    let magnitude = year.unsigned_abs();
    if year < 0 && magnitude >= 1_000_000 {
        let (unit, en, zh): (u64, &str, &str) = if magnitude >= 1_000_000_000 {
            (1_000_000_000, "billion", "亿")
        } else {
            (1_000_000, "million", "万")
        };
        // Chinese counts in 亿 (10^8) and 万 (10^4).
        let unit_zh = if unit == 1_000_000_000 {
            100_000_000
        } else {
            10_000
        };
        let unit = if lang == Lang::Zh { unit_zh } else { unit };
        if let Some(number) = scaled(magnitude, unit, step.unsigned_abs()) {
            return match lang {
                Lang::En => format!("{number} {en} years ago"),
                Lang::Zh => format!("{number}{zh}年前"),
            };
        }
    }
    match lang {
        Lang::En => Date::year_only(year).display(lang),
        // Years of the common era alone, as the axis has room for.
        Lang::Zh if year >= 0 => year.to_string(),
        Lang::Zh => Date::year_only(year).display(lang),
    }
}

/// `magnitude` in `unit`s, with the decimals ticks `step` apart need
/// (trailing zeros dropped); `None` if that takes more than three.
fn scaled(magnitude: u64, unit: u64, step: u64) -> Option<String> {
    let mut decimals = 0;
    let mut reach = step.max(1);
    while reach < unit {
        decimals += 1;
        reach = reach.saturating_mul(10);
    }
    if decimals > 3 {
        return None;
    }
    let text = decimal(magnitude as f64 / unit as f64, decimals);
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        &text
    };
    Some(text.to_string())
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
        // 1, 2, 5, 10... years, up to 10^13 (longer than any span of
        // dates: a year has at most twelve digits).
        let step = (0..40)
            .map(|k| [1i64, 2, 5][k % 3] * 10i64.pow((k / 3) as u32))
            .find(|s| fits(365.2425 * *s as f64))
            .unwrap_or(MAX_STEP);
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
                    label: year_label(year, step, lang),
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
            t.len() >= 2 && t.iter().any(|t| t.label.ends_with("billion years ago")),
            "{t:?}"
        );
    }

    #[test]
    fn deep_time_reads_in_billions_and_millions_of_years() {
        assert_eq!(
            year_label(-13_800_000_000, 100_000_000, Lang::En),
            "13.8 billion years ago"
        );
        assert_eq!(
            year_label(-14_000_000_000, 2_000_000_000, Lang::En),
            "14 billion years ago"
        );
        assert_eq!(
            year_label(-13_800_000_000, 100_000_000, Lang::Zh),
            "138亿年前"
        );
        assert_eq!(
            year_label(-65_000_000, 5_000_000, Lang::En),
            "65 million years ago"
        );
        assert_eq!(year_label(-65_000_000, 5_000_000, Lang::Zh), "6500万年前");
        assert_eq!(
            year_label(-66_500_000, 500_000, Lang::En),
            "66.5 million years ago"
        );
        // Too fine a step for a short number: the year in full.
        assert_eq!(
            year_label(-538_800_001, 1, Lang::En),
            "538.800001 million years ago"
        );
        assert_eq!(year_label(-500, 100, Lang::En), "500 BCE");
        assert_eq!(year_label(-500, 100, Lang::Zh), "公元前500年");
        assert_eq!(year_label(2014, 1, Lang::Zh), "2014");
        // Axis ticks over the whole of cosmic time, and around the
        // dinosaurs' end.
        let cosmos = Window {
            start: days_from_civil(-14_500_000_000, 1, 1) as f64,
            end: days_from_civil(2026, 1, 1) as f64,
        };
        let labels = |w: &Window, lang| -> Vec<String> {
            ticks(w, 900.0, 90.0, lang)
                .into_iter()
                .map(|t| t.label)
                .collect()
        };
        assert_eq!(
            labels(&cosmos, Lang::En),
            [
                "14 billion years ago",
                "12 billion years ago",
                "10 billion years ago",
                "8 billion years ago",
                "6 billion years ago",
                "4 billion years ago",
                "2 billion years ago",
                "0"
            ]
        );
        assert_eq!(labels(&cosmos, Lang::Zh)[0], "140亿年前");
        let dinosaurs = Window {
            start: days_from_civil(-70_000_000, 1, 1) as f64,
            end: days_from_civil(-60_000_000, 1, 1) as f64,
        };
        assert!(labels(&dinosaurs, Lang::En).contains(&"65 million years ago".to_string()));
        assert!(labels(&dinosaurs, Lang::Zh).contains(&"6500万年前".to_string()));
        // No width, no room: no tick, and no overflow.
        assert!(ticks(&cosmos, 0.0, 90.0, Lang::En).len() <= 1);
    }
}
