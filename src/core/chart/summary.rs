//! A chart's text summary: what it shows, in a sentence per series, for
//! readers who cannot see the drawing ("Jing-Jin-Ji rose from 6.0 trillion
//! yuan in 2014 to 11.5 trillion yuan in 2024").

use crate::core::chart::view::{ChartView, Role, SeriesView};
use crate::core::chart::year_label::year_label;
use crate::core::text::bilingual::Lang;
use crate::core::text::unit::Unit;

/// How a series went from its first value shown to its last.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Change {
    /// Only one value is shown.
    Single,
    /// Every value shown is the same.
    Steady,
    /// The last value is the first, with others between.
    Back,
    /// The last value is higher than the first (for ranks: a better rank).
    Rose,
    /// The last value is lower than the first (for ranks: a worse rank).
    Fell,
}

/// The summary of `view`, leaving out the series whose keys are in
/// `hidden`; empty when nothing is shown. For ranks, a lower number is a
/// higher rank: going from No. 5 to No. 3 is rising.
pub fn summary(view: &ChartView, hidden: &[String], lang: Lang) -> String {
    // The series' sentences, one after the other (spaced in English).
    let mut sentences = String::new();
    let shown = view
        .series
        .iter()
        .filter(|s| matches!(s.role, Role::Main | Role::Background) && !hidden.contains(&s.key))
        .filter_map(|s| series_sentence(s, &view.unit, lang));
    for (k, sentence) in shown.enumerate() {
        if k > 0 && lang == Lang::En {
            sentences.push(' ');
        }
        sentences.push_str(&sentence);
    }
    if sentences.is_empty() {
        return String::new();
    }
    let (first, last) = view.years;
    let years = if first == last {
        year_label(first, lang)
    } else {
        let dash = if lang == Lang::Zh { '—' } else { '–' };
        format!(
            "{}{dash}{}",
            year_label(first, lang),
            year_label(last, lang)
        )
    };
    match lang {
        Lang::En => format!("{}, {years}. {}", view.title, sentences),
        Lang::Zh => format!("{}，{years}年。{}", view.title, sentences),
    }
}

/// One series' sentence, from its first and last values shown.
fn series_sentence(series: &SeriesView, unit: &Unit, lang: Lang) -> Option<String> {
    let values: Vec<(i32, f64)> = series
        .points
        .iter()
        .filter_map(|p| p.value.map(|v| (p.year, v)))
        .collect();
    let (&(y0, v0), &(y1, v1)) = (values.first()?, values.last()?);
    let better = if *unit == Unit::Rank {
        v1 < v0
    } else {
        v1 > v0
    };
    let change = if values.len() == 1 {
        Change::Single
    } else if values.iter().all(|&(_, v)| v == v0) {
        Change::Steady
    } else if v1 == v0 {
        Change::Back
    } else if better {
        Change::Rose
    } else {
        Change::Fell
    };
    let a = unit.format_readable(v0, lang);
    let b = unit.format_readable(v1, lang);
    let name = &series.label;
    Some(match (lang, change) {
        (Lang::En, Change::Single) => format!("{name}: {a} in {y0}."),
        (Lang::En, Change::Steady) => format!("{name} stayed at {a} from {y0} to {y1}."),
        (Lang::En, Change::Back) => format!("{name} was {a} in {y0} and again in {y1}."),
        (Lang::En, Change::Rose) => format!("{name} rose from {a} in {y0} to {b} in {y1}."),
        (Lang::En, Change::Fell) => format!("{name} fell from {a} in {y0} to {b} in {y1}."),
        (Lang::Zh, Change::Single) => format!("{name}在{y0}年为{a}。"),
        (Lang::Zh, Change::Steady) => format!("{name}在{y0}—{y1}年保持在{a}。"),
        (Lang::Zh, Change::Back) => format!("{name}在{y0}年和{y1}年均为{a}。"),
        (Lang::Zh, Change::Rose) => format!("{name}从{y0}年的{a}升至{y1}年的{b}。"),
        (Lang::Zh, Change::Fell) => format!("{name}从{y0}年的{a}降至{y1}年的{b}。"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::chart::options::ChartId;
    use crate::core::chart::view::{ChartKind, PointView};

    fn series(key: &str, role: Role, values: &[(i32, Option<f64>)]) -> SeriesView {
        SeriesView {
            key: key.into(),
            label: key.to_uppercase(),
            style: 0,
            role,
            points: values
                .iter()
                .map(|&(year, value)| PointView {
                    year,
                    value,
                    sources: vec![],
                    note: None,
                })
                .collect(),
        }
    }

    fn view(unit: Unit, series: Vec<SeriesView>) -> ChartView {
        ChartView {
            id: ChartId::Economy,
            kind: ChartKind::Lines,
            title: "GDP".into(),
            slug: "gdp".into(),
            unit,
            series,
            years: (2014, 2024),
            notes: vec![],
            decimated: false,
            joined: false,
        }
    }

    #[test]
    fn says_how_each_shown_series_changed() {
        let v = view(
            Unit::Yuan100m,
            vec![
                series(
                    "a",
                    Role::Main,
                    &[(2014, Some(60_000.0)), (2024, Some(115_049.6))],
                ),
                series(
                    "b",
                    Role::Main,
                    &[(2014, Some(9_000.0)), (2024, None), (2020, Some(8_000.0))],
                ),
                series("n", Role::Reference, &[(2014, Some(1.0))]),
                series("c", Role::Main, &[(2016, None)]),
                series("d", Role::Main, &[(2019, Some(748.7))]),
            ],
        );
        assert_eq!(
            summary(&v, &[], Lang::En),
            "GDP, 2014–2024. A rose from 6.00 trillion yuan in 2014 to 11.5 trillion yuan in 2024. \
             B fell from 900.0 billion yuan in 2014 to 800.0 billion yuan in 2020. \
             D: 74.9 billion yuan in 2019."
        );
        assert_eq!(
            summary(&v, &["b".into(), "d".into()], Lang::Zh),
            "GDP，2014—2024年。A从2014年的6.00万亿元升至2024年的11.5万亿元。"
        );
    }

    #[test]
    fn ranks_rise_as_their_number_falls_and_returns_are_not_steady() {
        let v = view(
            Unit::Rank,
            vec![
                series("a", Role::Main, &[(2016, Some(5.0)), (2024, Some(3.0))]),
                series("b", Role::Main, &[(2016, Some(1.0)), (2024, Some(1.0))]),
                series(
                    "c",
                    Role::Main,
                    &[(2016, Some(2.0)), (2020, Some(4.0)), (2024, Some(2.0))],
                ),
                series("d", Role::Main, &[(2016, Some(2.0)), (2024, Some(6.0))]),
            ],
        );
        assert_eq!(
            summary(&v, &[], Lang::En),
            "GDP, 2014–2024. A rose from No. 5 in 2016 to No. 3 in 2024. \
             B stayed at No. 1 from 2016 to 2024. \
             C was No. 2 in 2016 and again in 2024. \
             D fell from No. 2 in 2016 to No. 6 in 2024."
        );
        assert_eq!(
            summary(&v, &[], Lang::Zh),
            "GDP，2014—2024年。A从2016年的第5位升至2024年的第3位。B在2016—2024年保持在第1位。\
             C在2016年和2024年均为第2位。D从2016年的第2位降至2024年的第6位。"
        );
    }

    #[test]
    fn background_series_are_told_and_one_year_is_one_year() {
        let mut v = view(
            Unit::Count,
            vec![
                series("all", Role::Background, &[(2023, Some(345_136.0))]),
                series("context", Role::Context, &[(2023, Some(1.0))]),
            ],
        );
        v.years = (2023, 2023);
        assert_eq!(
            summary(&v, &[], Lang::En),
            "GDP, 2023. ALL: 345,136 in 2023."
        );
        assert_eq!(
            summary(&v, &[], Lang::Zh),
            "GDP，2023年。ALL在2023年为345,136。"
        );
    }

    #[test]
    fn nothing_shown_says_nothing() {
        let v = view(
            Unit::Percent,
            vec![series("a", Role::Main, &[(2016, None)])],
        );
        assert_eq!(summary(&v, &[], Lang::En), "");
        assert_eq!(summary(&v, &["a".into()], Lang::En), "");
    }
}
