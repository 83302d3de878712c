//! The reader's language, shared by every component through context.
//!
//! The app rebuilds its whole view when the language changes (a rare
//! event), so components read the language once, as a plain value, and
//! write their strings as static text: far less code than a reactive
//! closure per string.

use leptos::prelude::*;

use crate::core::text::bilingual::Lang;
use crate::core::text::strings::{Strings, Wording, worded};

/// The language the interface is shown in; English where none was provided.
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The language the browser prefers, of those the atlas is written in.
pub fn browser_lang() -> Lang {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Lang::default();
    };
    let tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|t| t.as_string())
        .chain(navigator.language())
        .collect();
    Lang::preferred(tags.iter().map(String::as_str))
}

/// The interface strings in the current language, in the words of the
/// dataset shown (the default atlas's where none was provided).
pub fn use_strings() -> &'static Strings {
    worded(use_lang(), use_context::<Wording>().unwrap_or_default())
}
