//! A chart's text summary: what it shows, in a sentence per series, for
//! readers who cannot see the drawing ("Jing-Jin-Ji rose from 6.0 trillion
//! yuan in 2014 to 11.5 trillion yuan in 2024").

use super::chart::{ChartView, Role, SeriesView};
use super::text::Lang;
use super::unit::Unit;

/// How a series went from its first value shown to its last.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Change {
    /// Only one value is shown.
    Single,
    /// The last value is higher than the first.
    Rose,
    /// The last value is lower than the first.
    Fell,
    /// The first and last values are equal.
    Same,
}

/// The summary of `view`, leaving out the series whose keys are in
/// `hidden`; empty when nothing is shown. Ranks "moved" rather than rose or
/// fell, since a lower number is a higher rank.
pub fn summary(view: &ChartView, hidden: &[String], lang: Lang) -> String {
    let sentences: Vec<String> = view
        .series
        .iter()
        .filter(|s| matches!(s.role, Role::Main) && !hidden.contains(&s.key))
        .filter_map(|s| series_sentence(s, &view.unit, lang))
        .collect();
    if sentences.is_empty() {
        return String::new();
    }
    let (first, last) = view.years;
    match lang {
        Lang::En => format!("{}, {first}–{last}. {}", view.title, sentences.join(" ")),
        Lang::Zh => format!("{}，{first}—{last}年。{}", view.title, sentences.concat()),
    }
}

/// One series' sentence, from its first and last values shown.
fn series_sentence(series: &SeriesView, unit: &Unit, lang: Lang) -> Option<String> {
    let mut valued = series
        .points
        .iter()
        .filter_map(|p| p.value.map(|v| (p.year, v)));
    let (y0, v0) = valued.next()?;
    let (y1, v1) = valued.next_back().unwrap_or((y0, v0));
    let change = if y0 == y1 {
        Change::Single
    } else if v1 > v0 {
        Change::Rose
    } else if v1 < v0 {
        Change::Fell
    } else {
        Change::Same
    };
    let a = unit.format_readable(v0, lang);
    let b = unit.format_readable(v1, lang);
    let name = &series.label;
    let verb = match (lang, change, *unit == Unit::Rank) {
        (_, Change::Single | Change::Same, _) => "",
        (Lang::En, _, true) => "moved",
        (Lang::En, Change::Rose, _) => "rose",
        (Lang::En, _, _) => "fell",
        (Lang::Zh, _, true) => "变为",
        (Lang::Zh, Change::Rose, _) => "增至",
        (Lang::Zh, _, _) => "降至",
    };
    Some(match (lang, change) {
        (Lang::En, Change::Single) => format!("{name}: {a} in {y0}."),
        (Lang::En, Change::Same) => format!("{name} stayed at {a} from {y0} to {y1}."),
        (Lang::En, _) => format!("{name} {verb} from {a} in {y0} to {b} in {y1}."),
        (Lang::Zh, Change::Single) => format!("{name}{y0}年为{a}。"),
        (Lang::Zh, Change::Same) => format!("{name}{y0}—{y1}年保持在{a}。"),
        (Lang::Zh, _) => format!("{name}从{y0}年的{a}{verb}{y1}年的{b}。"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::chart::{ChartId, ChartKind, PointView};

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
            "GDP, 2014–2024. A rose from 6.0 trillion yuan in 2014 to 11.5 trillion yuan in 2024. \
             B fell from 900.0 billion yuan in 2014 to 800.0 billion yuan in 2020. \
             D: 74.9 billion yuan in 2019."
        );
        assert_eq!(
            summary(&v, &["b".into(), "d".into()], Lang::Zh),
            "GDP，2014—2024年。A从2014年的6.0万亿元增至2024年的11.5万亿元。"
        );
    }

    #[test]
    fn ranks_move_and_equal_values_stay() {
        let v = view(
            Unit::Rank,
            vec![
                series("a", Role::Main, &[(2016, Some(5.0)), (2024, Some(3.0))]),
                series("b", Role::Main, &[(2016, Some(1.0)), (2024, Some(1.0))]),
            ],
        );
        assert_eq!(
            summary(&v, &[], Lang::En),
            "GDP, 2014–2024. A moved from No. 5 in 2016 to No. 3 in 2024. \
             B stayed at No. 1 from 2016 to 2024."
        );
        assert_eq!(
            summary(&v, &[], Lang::Zh),
            "GDP，2014—2024年。A从2016年的第5位变为2024年的第3位。B2016—2024年保持在第1位。"
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
