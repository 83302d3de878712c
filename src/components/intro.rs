//! The introduction and the caveats every reader must see.

use crate::core::html::Html;
use crate::core::strings::Strings;

/// Writes what the atlas is, and what to know about its data.
pub fn intro_html(h: &mut Html, s: &Strings) {
    h.open(
        "section",
        &[("class", "intro"), ("aria-label", s.about_data)],
    );
    h.open("div", &[("class", "intro-text")]);
    for p in s.intro {
        h.element("p", &[], p);
    }
    h.close("div");
    h.open("aside", &[("class", "caveats"), ("data-testid", "caveats")]);
    h.element("h2", &[], s.about_data).open("ul", &[]);
    for c in s.caveats {
        h.element("li", &[], c);
    }
    h.close("ul").close("aside").close("section");
}
