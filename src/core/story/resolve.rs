//! A reference's number, found in the dataset and written in the reader's
//! language, with the sources it comes from.

use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::headline::stated;
use crate::core::dataset::model::EntityKind;
use crate::core::story::reference::{Kind, Reference};
use crate::core::text::bilingual::Lang;
use crate::core::text::format::format_fixed;
use crate::core::text::unit::Unit;

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

/// The number `r` names in `atlas`, written in `lang`; what the dataset
/// lacks, in words, if it has no such number.
pub fn resolve(atlas: &Atlas, r: &Reference, lang: Lang) -> Result<Number, String> {
    if r.kind == Kind::Figure {
        let figure = atlas
            .figures()
            .iter()
            .find(|f| f.id == r.subject)
            .ok_or_else(|| format!("no figure \"{}\"", r.subject))?;
        let headline = stated(figure);
        return Ok(Number {
            text: headline.readable(lang),
            exact: None,
            sources: headline.sources,
        });
    }
    let series = atlas
        .series(r.series)
        .ok_or_else(|| format!("no series \"{}\"", r.series))?;
    let lacks = || {
        format!(
            "no value of \"{}\" for \"{}\" in {}",
            r.series, r.subject, r.year
        )
    };
    // The subject's value and its sources: a cluster's sum, or an entity's.
    let (value, mut sources) = if atlas.cluster(r.subject).is_some() {
        if matches!(r.kind, Kind::Value | Kind::Rank) {
            return Err(format!(
                "\"{}\" is a cluster: use sum or share for it",
                r.subject
            ));
        }
        let total = atlas
            .cluster_total(r.series, r.subject, r.year)
            .ok_or_else(|| {
                format!(
                    "not every member of \"{}\" has a value of \"{}\" in {}",
                    r.subject, r.series, r.year
                )
            })?;
        (total.value, total.sources)
    } else {
        atlas
            .entity(r.subject)
            .ok_or_else(|| format!("no entity or cluster \"{}\"", r.subject))?;
        let point = atlas.point(r.series, r.subject, r.year).ok_or_else(lacks)?;
        let ids = point.sources.iter().map(|c| c.source.clone()).collect();
        (point.value.ok_or_else(lacks)?, ids)
    };
    let unit = &series.unit;
    let (text, exact) = match r.kind {
        Kind::Share => {
            let (national, cited) = atlas
                .national(r.series, r.year)
                .filter(|(n, _)| *n > 0.0)
                .ok_or_else(|| format!("no national value of \"{}\" in {}", r.series, r.year))?;
            for c in cited {
                if !sources.contains(&c.source) {
                    sources.push(c.source.clone());
                }
            }
            let share = format_fixed(value / national * 100.0, 1);
            (Unit::Percent.with_number(&share, lang), None)
        }
        Kind::Rank => {
            let place = if *unit == Unit::Rank {
                value as usize
            } else {
                place_among(atlas, r, value)
            };
            (ordinal(place, lang), None)
        }
        _ => {
            let readable = unit.format_readable(value, lang);
            let exact = unit.format_exact(value, lang);
            let exact = (exact != readable).then_some(exact);
            (readable, exact)
        }
    };
    Ok(Number {
        text,
        exact,
        sources,
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
