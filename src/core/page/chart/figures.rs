//! The headline figures tab as HTML text: every figure stated for a
//! cluster shown or the country, as cards with year, unit, the passage
//! relied on and source, each caveat said once above them.

use crate::core::chart::options::Filters;
use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::headline::{caveats, stated};
use crate::core::page::headline::{caveats_html, headline_html};
use crate::core::page::html::Html;
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::Strings;

/// The stated figures of the clusters `filters` shows (and of the whole
/// country), within its years; figures without a year are always shown.
pub fn figures_html(atlas: &Atlas, filters: &Filters, lang: Lang, s: &Strings) -> String {
    let in_range =
        |year: Option<i32>| year.is_none_or(|y| (filters.years.0..=filters.years.1).contains(&y));
    let clusters = atlas
        .clusters()
        .iter()
        .filter(|c| filters.clusters.contains(&c.id))
        .map(|c| (Some(c.id.as_str()), c.name.get(lang)));
    // The figures shown, and how many of them each group has.
    let mut all = Vec::new();
    let mut groups = Vec::new();
    for (cluster, heading) in clusters.chain(std::iter::once((None, s.national_figures))) {
        let before = all.len();
        all.extend(
            atlas
                .figures_of(cluster)
                .filter(|fig| in_range(fig.year))
                .map(stated),
        );
        groups.push((heading, all.len() - before));
    }
    // Each caveat is said once, above every group.
    let caveats = caveats(&all);
    let mut shown = all.iter().zip(&caveats.marks);
    let mut h = Html::new();
    h.element("p", &[], s.figures_intro);
    caveats_html(&mut h, &caveats, lang);
    for (heading, count) in groups {
        h.open("section", &[("class", "figure-group")])
            .element("h4", &[], heading);
        h.open("dl", &[("class", "headlines figure-cards")]);
        for (headline, mark) in shown.by_ref().take(count) {
            headline_html(&mut h, atlas, headline, *mark, lang, s);
        }
        h.close("dl").close("section");
    }
    h.finish()
}
