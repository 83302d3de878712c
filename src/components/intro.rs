//! The introduction and the caveats every reader must see: the dataset's
//! own description and caveats.

use crate::core::atlas::Atlas;
use crate::core::html::Html;
use crate::core::strings::Strings;
use crate::core::text::Lang;

/// Writes what the dataset is about (its description, a paragraph per
/// blank-line-separated part) and what to know about its data (its
/// caveats); nothing of what it lacks.
pub fn intro_html(h: &mut Html, atlas: &Atlas, lang: Lang, s: &Strings) {
    let paragraphs: Vec<&str> = atlas
        .description()
        .get(lang)
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let caveats = atlas.caveats();
    if paragraphs.is_empty() && caveats.is_empty() {
        return;
    }
    h.open(
        "section",
        &[("class", "intro"), ("aria-label", s.about_data)],
    );
    h.open("div", &[("class", "intro-text")]);
    for p in paragraphs {
        h.element("p", &[], p);
    }
    h.close("div");
    if !caveats.is_empty() {
        h.open("aside", &[("class", "caveats"), ("data-testid", "caveats")]);
        h.element("h2", &[], s.about_data).open("ul", &[]);
        for c in caveats {
            h.element("li", &[], c.get(lang));
        }
        h.close("ul").close("aside");
    }
    h.close("section");
}
