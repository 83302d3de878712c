//! The page's header and footer as HTML text: the skip link, the atlas's
//! name and the dataset's title; the footer's line.

use crate::core::dataset::atlas::Atlas;
use crate::core::page::html::Html;
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::Strings;

/// The header's heading: the skip link (the first thing a keyboard
/// reaches), the atlas's name and the dataset's title.
pub fn heading_html(atlas: &Atlas, lang: Lang, s: &Strings) -> String {
    let mut h = Html::new();
    h.open("div", &[("class", "site-heading")]);
    h.element(
        "a",
        &[("class", "skip-link"), ("href", "#content")],
        s.skip_to_content,
    );
    h.element("h1", &[("class", "site-title")], s.app_name);
    h.element("p", &[("class", "tagline")], atlas.title().get(lang));
    h.close("div");
    h.finish()
}

/// The footer's content.
pub fn footer_html(s: &Strings) -> String {
    let mut h = Html::new();
    h.open("div", &[("class", "wrap")]);
    h.element("p", &[], s.footer);
    h.close("div");
    h.finish()
}
