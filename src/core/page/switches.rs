//! The page's language and theme switches, as HTML text.

use crate::core::page::contract::{Data, Name, Part, names};
use crate::core::page::html::Html;
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::Strings;

names! {
    /// Which setting a switch changes (its `data-switch`).
    pub enum Switch {
        /// The page's language.
        Lang = "lang",
        /// The colour theme.
        Theme = "theme",
    }
}

impl Part for Switch {
    /// The switch's button, found by its `data-switch`.
    fn selector(self) -> String {
        Data::Switch.selector(Some(self.slug()))
    }
}

/// The language switch (offering the other language, named in itself)
/// and the dark theme toggle.
pub fn switches_html(lang: Lang, s: &Strings) -> String {
    let other = lang.other();
    let mut h = Html::new();
    h.open("div", &[("class", "switches")]);
    // The name says what the button is for; the visible part is the other
    // language's name, in that language.
    h.open(
        "button",
        &[
            ("type", "button"),
            ("class", "button"),
            (Data::Switch.slug(), Switch::Lang.slug()),
            ("data-testid", "lang-switch"),
        ],
    );
    h.element("span", &[("class", "visually-hidden")], s.language)
        .element("span", &[("lang", other.tag())], other.name())
        .close("button");
    h.element(
        "button",
        &[
            ("type", "button"),
            ("class", "button switch"),
            (Data::Switch.slug(), Switch::Theme.slug()),
            ("data-testid", "theme-switch"),
            ("aria-pressed", "false"),
        ],
        s.dark,
    );
    h.close("div");
    h.finish()
}
