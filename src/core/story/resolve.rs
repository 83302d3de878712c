//! A reference's number: found in the dataset (what validation asks), and
//! written in the reader's language with the sources it comes from (what
//! the page shows).

use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::headline::stated;
use crate::core::dataset::model::{EntityKind, Figure};
use crate::core::story::reference::{Kind, Reference};
use crate::core::text::bilingual::Lang;
use crate::core::text::format::format_fixed;
use crate::core::text::unit::Unit;

/// A number a reference names, as found in the dataset.
#[derive(Clone, Debug, PartialEq)]
pub enum Found<'a> {
    /// A headline figure, as stated.
    Figure(&'a Figure),
    /// A value or a sum, in the series' unit, with its sources.
    Amount(f64, &'a Unit, Vec<String>),
    /// A percentage of the country's value, with the sources of both.
    Share(f64, Vec<String>),
    /// A place in a ranking, with the sources of the value ranked.
    Place(usize, Vec<String>),
}

/// A number a reference names, as a reader reads it.
#[derive(Clone, Debug, PartialEq)]
pub struct Number {
    /// The number with its unit ("11.5 trillion yuan", "24.4%", "1st").
    pub text: String,
    /// The exact figure, where `text` rounds it.
    pub exact: Option<String>,
    /// The ids of its sources, each once.
    pub sources: Vec<String>,
}

/// The number `r` names in `atlas`, written in `lang`, if it has it.
pub fn resolve(atlas: &Atlas, r: &Reference, lang: Lang) -> Option<Number> {
    Some(match find(atlas, r)? {
        Found::Figure(figure) => {
            let headline = stated(figure);
            Number {
                text: headline.readable(lang),
                exact: None,
                sources: headline.sources,
            }
        }
        Found::Amount(value, unit, sources) => {
            let text = unit.format_readable(value, lang);
            let exact = unit.format_exact(value, lang);
            Number {
                exact: (exact != text).then_some(exact),
                text,
                sources,
            }
        }
        Found::Share(percent, sources) => Number {
            text: Unit::Percent.with_number(&format_fixed(percent, 1), lang),
            exact: None,
            sources,
        },
        Found::Place(place, sources) => Number {
            text: ordinal(place, lang),
            exact: None,
            sources,
        },
    })
}

/// The number `r` names in `atlas`, if it has it (validation says what
/// it lacks: see [`crate::core::story::check`]).
pub fn find<'a>(atlas: &'a Atlas, r: &Reference) -> Option<Found<'a>> {
    if r.kind == Kind::Figure {
        return atlas
            .figures()
            .iter()
            .find(|f| f.id == r.subject)
            .map(Found::Figure);
    }
    let series = atlas.series(r.series)?;
    // The subject's value and its sources: a cluster's sum, or an entity's.
    let (value, mut sources) = if atlas.cluster(r.subject).is_some() {
        if matches!(r.kind, Kind::Value | Kind::Rank) {
            return None;
        }
        let total = atlas.cluster_total(r.series, r.subject, r.year)?;
        (total.value, total.sources)
    } else {
        let point = atlas.point(r.series, r.subject, r.year)?;
        let ids = point.sources.iter().map(|c| c.source.clone()).collect();
        (point.value?, ids)
    };
    let unit = &series.unit;
    Some(match r.kind {
        Kind::Share => {
            let (national, cited) = atlas.national(r.series, r.year).filter(|(n, _)| *n > 0.0)?;
            for c in cited {
                if !sources.contains(&c.source) {
                    sources.push(c.source.clone());
                }
            }
            Found::Share(value / national * 100.0, sources)
        }
        Kind::Rank if *unit == Unit::Rank => Found::Place(value as usize, sources),
        Kind::Rank => Found::Place(place_among(atlas, r, value), sources),
        _ => Found::Amount(value, unit, sources),
    })
}

/// The place of `value` among the values of `r`'s series that year of
/// the entities of the subject's kind, the largest first.
fn place_among(atlas: &Atlas, r: &Reference, value: f64) -> usize {
    let kind = atlas.entity(r.subject).map(|e| e.kind);
    let ahead = atlas.series(r.series).map_or(0, |s| {
        s.points
            .iter()
            .filter(|p| p.year == r.year && p.value.is_some_and(|v| v > value))
            .filter(|p| atlas.entity(&p.entity).map(|e| e.kind) == kind)
            .filter(|_| kind != Some(EntityKind::Country))
            .count()
    });
    ahead + 1
}

/// A place written as an ordinal: "1st", "22nd"; "第1".
pub fn ordinal(place: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("第{place}"),
        Lang::En => {
            let suffix = match (place % 10, place % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            format!("{place}{suffix}")
        }
    }
}
