//! One headline figure: value, year, unit, how it was obtained, the
//! passage relied on, sources; and the caveats of a list of them, said once.

use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::headline::{Basis, Caveats, Headline, caveat_mark};
use crate::core::page::contract::{Data, Name};
use crate::core::page::html::Html;
use crate::core::page::source_links::source_links_html;
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::Strings;

/// Writes a headline figure as a term and its descriptions (inside a `dl`).
/// A stated figure's caveat is said once for its list (see
/// [`caveats_html`]); `mark`, the index of that caveat, ties the figure to
/// it.
pub fn headline_html(
    h: &mut Html,
    atlas: &Atlas,
    headline: &Headline,
    mark: Option<usize>,
    lang: Lang,
    s: &Strings,
) {
    // How a computed figure was obtained, after its exact value if that
    // differs from the one shown; a stated figure is read as stated.
    let detail = match (&headline.basis, headline.exact(lang)) {
        (Basis::Computed(how), Some(exact)) => format!("{exact} · {}", how.get(lang)),
        (Basis::Computed(how), None) => how.get(lang).to_string(),
        (Basis::Stated(_), _) => String::new(),
    };
    h.open(
        "div",
        &[("class", "headline"), (Data::TestId.slug(), "headline")],
    );
    h.open("dt", &[]).element(
        "span",
        &[("class", "headline-label")],
        headline.label.get(lang),
    );
    if let Some(year) = headline.year {
        h.element("span", &[("class", "headline-year")], &year.to_string());
    }
    h.close("dt");
    h.open("dd", &[("class", "headline-value")])
        .text(&headline.readable(lang));
    if let Some(mark) = mark {
        h.element("sup", &[("class", "caveat-mark")], &caveat_mark(mark));
    }
    h.close("dd");
    if !detail.is_empty() {
        h.element("dd", &[("class", "headline-detail")], &detail);
    }
    // The passages are in the language of their source.
    for quote in &headline.quotes {
        h.open("dd", &[("class", "headline-quote")])
            .element("q", &[("lang", Lang::of(quote).tag())], quote)
            .close("dd");
    }
    h.open("dd", &[("class", "headline-source")]);
    source_links_html(h, atlas, &headline.sources, lang, s);
    h.close("dd").close("div");
}

/// Writes the caveats of a list of stated figures, each once, with the
/// mark its figures carry.
pub fn caveats_html(h: &mut Html, caveats: &Caveats, lang: Lang) {
    if caveats.notes.is_empty() {
        return;
    }
    h.open(
        "div",
        &[
            ("class", "figure-caveats"),
            (Data::TestId.slug(), "figure-caveats"),
        ],
    );
    let marked = caveats.marks.iter().any(Option::is_some);
    for (index, note) in caveats.notes.iter().enumerate() {
        h.open("p", &[]);
        if marked {
            h.element("span", &[("class", "caveat-mark")], &caveat_mark(index))
                .text(" ");
        }
        h.text(note.get(lang)).close("p");
    }
    h.close("div");
}
