//! The reader's language, shared by every component through context.

use leptos::prelude::*;

use crate::core::strings::{Strings, strings};
use crate::core::text::Lang;

/// The language the interface is shown in; English where none was provided.
pub fn use_lang() -> Signal<Lang> {
    use_context::<Signal<Lang>>().unwrap_or_else(|| Signal::stored(Lang::En))
}

/// The interface strings in the current language.
pub fn use_strings() -> Signal<&'static Strings> {
    let lang = use_lang();
    Signal::derive(move || strings(lang.get()))
}
