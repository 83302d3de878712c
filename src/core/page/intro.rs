//! The introduction and the caveats every reader must see: the dataset's
//! own description and caveats.

use crate::core::dataset::atlas::Atlas;
use crate::core::page::contract::{Data, Name};
use crate::core::page::html::Html;
use crate::core::page::rich::write_paragraphs;
use crate::core::text::bilingual::{Lang, paragraphs};
use crate::core::text::strings::Strings;

/// Writes what the dataset is about (its description, in paragraphs
/// separated by blank lines) and what to know about its data (its
/// caveats); nothing of what it lacks.
pub fn intro_html(h: &mut Html, atlas: &Atlas, lang: Lang, s: &Strings) {
    let paragraphs: Vec<&str> = paragraphs(atlas.description().get(lang)).collect();
    let caveats = atlas.caveats();
    if paragraphs.is_empty() && caveats.is_empty() {
        return;
    }
    h.open(
        "section",
        &[("class", "intro"), ("aria-label", s.about_data)],
    );
    if !paragraphs.is_empty() {
        h.open("div", &[("class", "intro-text")]);
        write_paragraphs(h, atlas.description().get(lang), atlas.markup());
        h.close("div");
    }
    if !caveats.is_empty() {
        h.open(
            "aside",
            &[("class", "caveats"), (Data::TestId.slug(), "caveats")],
        );
        h.element("h2", &[], s.about_data).open("ul", &[]);
        for c in caveats {
            h.element("li", &[], c.get(lang));
        }
        h.close("ul").close("aside");
    }
    h.close("section");
}
