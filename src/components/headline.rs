//! One headline figure: value, year, unit, how it was obtained, sources.

use super::source_links::source_links_html;
use crate::core::atlas::Atlas;
use crate::core::headline::{Basis, Headline};
use crate::core::html::Html;
use crate::core::strings::Strings;
use crate::core::text::Lang;

/// Writes a headline figure as a term and its descriptions (inside a `dl`).
pub fn headline_html(h: &mut Html, atlas: &Atlas, headline: &Headline, lang: Lang, s: &Strings) {
    let basis = match &headline.basis {
        Basis::Computed(how) => Some(how.get(lang).to_string()),
        Basis::Stated(note) => note.as_ref().map(|n| n.get(lang).to_string()),
    };
    let detail = [headline.exact(lang), basis]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    h.open("div", &[("class", "headline"), ("data-testid", "headline")]);
    h.open("dt", &[]).element(
        "span",
        &[("class", "headline-label")],
        headline.label.get(lang),
    );
    if let Some(year) = headline.year {
        h.element("span", &[("class", "headline-year")], &year.to_string());
    }
    h.close("dt");
    h.element(
        "dd",
        &[("class", "headline-value")],
        &headline.readable(lang),
    );
    h.element("dd", &[("class", "headline-detail")], &detail);
    h.open("dd", &[("class", "headline-source")]);
    source_links_html(h, atlas, &headline.sources, lang, s);
    h.close("dd").close("div");
}
