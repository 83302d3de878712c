//! The page's language and theme switches. A choice is the reader's
//! setting: the address keeps it, and it overrides the browser's language
//! and the system's colour scheme.

use leptos::prelude::*;

use super::delegate::{Parts, target_data};
use super::effect::effect;
use super::locale::use_lang;
use super::settings::Settings;
use crate::core::link::permalink::Theme;
use crate::core::page::html::Html;
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::Strings;

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
            ("data-switch", "lang"),
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
            ("data-switch", "theme"),
            ("data-testid", "theme-switch"),
            ("aria-pressed", "false"),
        ],
        s.dark,
    );
    h.close("div");
    h.finish()
}

/// Keeps the theme switch pressed while the page is dark, and returns what
/// a click in the switches does: the other language (the page is rebuilt
/// in it) or the other theme, kept as the reader's setting. `parts` holds
/// the switches.
pub fn use_switches(parts: Parts, settings: Settings) -> impl Fn(&web_sys::MouseEvent) + Copy {
    let lang = use_lang();
    // The page was rebuilt in the language the reader switched to: the
    // switch keeps the focus.
    if settings.switched.get_value() {
        settings.switched.set_value(false);
        effect(move || parts.focus("[data-switch=lang]"));
    }
    effect(move || {
        let pressed = if settings.dark.get() { "true" } else { "false" };
        parts.attr("[data-switch=theme]", "aria-pressed", pressed);
    });
    move |ev| match target_data(ev, "data-switch").as_deref() {
        Some("lang") => {
            settings.switched.set_value(true);
            settings.lang.set(Some(lang.other()));
        }
        Some("theme") => settings.theme.set(Some(if settings.dark.get_untracked() {
            Theme::Light
        } else {
            Theme::Dark
        })),
        _ => {}
    }
}
