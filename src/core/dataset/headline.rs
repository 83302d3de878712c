//! The headline figures of a cluster: sums of its members' statistics for
//! the latest complete year, and the figures officials and media stated.

use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::model::{Figure, Qualifier};
use crate::core::dataset::series_ids::{GDP, PATENTS, RD_EXPENDITURE};
use crate::core::text::bilingual::{Lang, Text};
use crate::core::text::format::{format_exact, format_fixed, round_to};
use crate::core::text::unit::Unit;

/// Where a headline figure comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum Basis {
    /// Computed by the atlas from the members' statistics; the text says how.
    Computed(Text),
    /// Stated by a source as it is; the text is the caveat shown with it.
    Stated(Option<Text>),
}

/// One figure on a cluster card.
#[derive(Clone, Debug, PartialEq)]
pub struct Headline {
    /// What it measures.
    pub label: Text,
    /// The year it describes.
    pub year: Option<i32>,
    /// The value (the numerator of a fraction).
    pub value: f64,
    /// The denominator of a fraction stated as such.
    pub denominator: Option<f64>,
    /// The unit of `value`.
    pub unit: Unit,
    /// "over", "nearly", ... as stated.
    pub qualifier: Option<Qualifier>,
    /// Decimals to show, for computed figures rounded by the atlas.
    pub decimals: Option<usize>,
    /// How the figure was obtained.
    pub basis: Basis,
    /// The ids of its sources.
    pub sources: Vec<String>,
    /// The passages of its sources relied on, verbatim (stated figures).
    pub quotes: Vec<String>,
}

impl Headline {
    /// The figure as a reader reads it: "11.5 trillion yuan", "over 30%",
    /// "1/9". A stated figure keeps the digits its source gave ("nearly 12
    /// trillion yuan", "8.96 trillion yuan"), never rounded nor padded.
    pub fn readable(&self, lang: Lang) -> String {
        let prefix = self.qualifier.map_or("", |q| q.prefix(lang));
        let number = match (self.denominator, self.decimals, &self.basis) {
            (Some(d), _, _) => format!("{}/{}", format_exact(self.value), format_exact(d)),
            (None, Some(decimals), _) => self
                .unit
                .with_number(&format_fixed(self.value, decimals), lang),
            (None, None, Basis::Stated(_)) => self.unit.format_exact(self.value, lang),
            (None, None, Basis::Computed(_)) => self.unit.format_readable(self.value, lang),
        };
        format!("{prefix}{number}")
    }

    /// The exact figure with its unit where it differs from the readable
    /// one ("115,049.6 (100 million yuan)"); none for a stated figure,
    /// which is read exactly.
    pub fn exact(&self, lang: Lang) -> Option<String> {
        let exact = self.unit.format_exact(self.value, lang);
        (self.denominator.is_none()
            && self.decimals.is_none()
            && matches!(self.basis, Basis::Computed(_))
            && exact != self.unit.format_readable(self.value, lang))
        .then_some(exact)
    }
}

/// Series whose cluster sums make the computed headline figures.
const SUMMED: [(&str, &str, &str); 3] = [
    (GDP, "GDP", "地区生产总值"),
    (RD_EXPENDITURE, "R&D expenditure", "R&D经费"),
    (PATENTS, "Patents granted", "专利授权量"),
];

/// The headline figures of a cluster: first the computed sums (GDP and its
/// share of national GDP, R&D expenditure, patents granted, each for the
/// latest year every member has a value), then the figures stated for the
/// cluster, in the dataset's order.
pub fn headlines(atlas: &Atlas, cluster: &str) -> Vec<Headline> {
    let members: Vec<&Text> = atlas.members(cluster).map(|e| &e.name).collect();
    // A cluster measured by one member (the Greater Bay Area by Guangdong)
    // names it in every label, so that no figure passes for the cluster's.
    let labelled = |en: &str, zh: &str| match members.as_slice() {
        [only] => Text::both(
            format!("{en}, {}", only.en),
            format!("{}{zh}", only.get(Lang::Zh)),
        ),
        _ => Text::both(en, zh),
    };
    let mut out = Vec::new();
    for (series_id, en, zh) in SUMMED {
        let Some(series) = atlas.series(series_id) else {
            continue;
        };
        let Some((year, total)) = atlas.latest_total(series_id, cluster) else {
            continue;
        };
        out.push(Headline {
            label: labelled(en, zh),
            year: Some(year),
            value: total.value,
            denominator: None,
            unit: series.unit.clone(),
            qualifier: None,
            decimals: None,
            basis: Basis::Computed(sum_of(&members)),
            sources: total.sources.clone(),
            quotes: Vec::new(),
        });
        if series_id == GDP
            && let Some(mut share) = gdp_share(atlas, cluster, year, total.value, &total.sources)
        {
            share.label = labelled("Share of national GDP", "占全国GDP比重");
            out.push(share);
        }
    }
    out.extend(atlas.figures_of(Some(cluster)).map(stated));
    out
}

fn gdp_share(
    atlas: &Atlas,
    cluster: &str,
    year: i32,
    total: f64,
    total_sources: &[String],
) -> Option<Headline> {
    let share = atlas.share_of_national(GDP, cluster, year)?;
    let (national, national_sources) = atlas.national(GDP, year)?;
    let mut sources = total_sources.to_vec();
    for c in national_sources {
        if !sources.contains(&c.source) {
            sources.push(c.source.clone());
        }
    }
    Some(Headline {
        label: Text::both("Share of national GDP", "占全国GDP比重"),
        year: Some(year),
        value: round_to(share, 1),
        denominator: None,
        unit: Unit::Percent,
        qualifier: None,
        decimals: Some(1),
        basis: Basis::Computed(Text::both(
            format!(
                "{} ÷ national GDP {}, rounded",
                format_exact(total),
                format_exact(national)
            ),
            format!(
                "{}亿元 ÷ 全国GDP {}亿元，四舍五入",
                format_exact(total),
                format_exact(national)
            ),
        )),
        sources,
        quotes: Vec::new(),
    })
}

/// A stated figure as a headline.
pub fn stated(figure: &Figure) -> Headline {
    Headline {
        label: figure.label.clone(),
        year: figure.year,
        value: figure.value,
        denominator: figure.denominator,
        unit: figure.unit.clone(),
        qualifier: figure.qualifier,
        decimals: None,
        basis: Basis::Stated(figure.note.clone()),
        sources: figure.sources.iter().map(|c| c.source.clone()).collect(),
        quotes: figure
            .sources
            .iter()
            .filter_map(|c| c.quote.clone())
            .collect(),
    }
}

/// The caveats of a list of stated figures, each said once rather than on
/// every figure it applies to.
#[derive(Clone, Debug, PartialEq)]
pub struct Caveats<'a> {
    /// The distinct caveats, in the order of the first figure of each.
    pub notes: Vec<&'a Text>,
    /// For each figure, the index in `notes` of the caveat its mark ties
    /// it to; none when every figure has the same caveat, or the figure
    /// has none.
    pub marks: Vec<Option<usize>>,
}

/// The caveats of `shown` (stated figures), each said once: one caveat for
/// every figure goes unmarked; otherwise each figure is marked with its
/// caveat's mark.
pub fn caveats(shown: &[Headline]) -> Caveats<'_> {
    let mut notes: Vec<&Text> = Vec::new();
    let mut marks: Vec<Option<usize>> = Vec::new();
    for headline in shown {
        let Basis::Stated(Some(note)) = &headline.basis else {
            marks.push(None);
            continue;
        };
        let index = notes.iter().position(|n| *n == note);
        marks.push(Some(index.unwrap_or(notes.len())));
        if index.is_none() {
            notes.push(note);
        }
    }
    if notes.len() == 1 && marks.iter().all(Option::is_some) {
        marks.fill(None);
    }
    Caveats { notes, marks }
}

/// The mark of the caveat at `index` in [`Caveats::notes`]: "*", "**", ...
pub fn caveat_mark(index: usize) -> String {
    std::iter::repeat_n('*', index + 1).collect()
}

/// "Sum of Beijing, Tianjin and Hebei"; for a single member, its name.
fn sum_of(members: &[&Text]) -> Text {
    match members {
        [only] => Text {
            en: format!("Figures of {}", only.en),
            zh: Some(format!("{}数据", only.get(Lang::Zh))),
        },
        _ => {
            let mut en = String::from("Sum of ");
            let mut zh = String::new();
            let last = members.len().saturating_sub(1);
            for (i, m) in members.iter().enumerate() {
                if i > 0 {
                    en.push_str(if i == last { " and " } else { ", " });
                    zh.push('、');
                }
                en.push_str(&m.en);
                zh.push_str(m.get(Lang::Zh));
            }
            zh.push_str("合计");
            Text { en, zh: Some(zh) }
        }
    }
}
