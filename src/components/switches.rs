//! The page's language and theme switches. A choice is the reader's
//! setting: the address keeps it, and it overrides the browser's language
//! and the system's colour scheme.

use leptos::prelude::*;

use super::delegate::{Parts, target_data};
use super::effect::effect;
use super::locale::use_lang;
use super::settings::Settings;
use crate::core::link::permalink::Theme;
use crate::core::page::contract::{Data, Name};
use crate::core::page::switches::Switch;

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
        effect(move || parts.focus(Switch::Lang));
    }
    effect(move || {
        let pressed = if settings.dark.get() { "true" } else { "false" };
        parts.attr(Switch::Theme, "aria-pressed", pressed);
    });
    move |ev| match target_data(ev, Data::Switch).and_then(|s| Switch::from_slug(&s)) {
        Some(Switch::Lang) => {
            settings.switched.set_value(true);
            settings.lang.set(Some(lang.other()));
        }
        Some(Switch::Theme) => settings.theme.set(Some(if settings.dark.get_untracked() {
            Theme::Light
        } else {
            Theme::Dark
        })),
        None => {}
    }
}
