//! The reader's settings for the whole page: a language and a theme chosen
//! over the browser's, shared through context.

use leptos::prelude::*;

use super::clock::now;
use super::effect::effect;
use super::hooks::use_media::use_media;
use super::hooks::use_print::use_print;
use crate::core::link::permalink::{Permalink, Theme};
use crate::core::text::bilingual::Lang;

/// The media query of a system preferring dark pages.
const DARK_SCHEME: &str = "(prefers-color-scheme: dark)";

/// The reader's settings (language and theme chosen, if any), and the
/// page's state that outlives a rebuild in another language.
#[derive(Clone, Copy, Debug)]
pub struct Settings {
    /// The language chosen; the browser's if `None`.
    pub lang: RwSignal<Option<Lang>>,
    /// The theme chosen; the system's if `None`.
    pub theme: RwSignal<Option<Theme>>,
    /// Whether the page is dark: the theme chosen, or the system's; never
    /// while it is printed.
    pub dark: Memo<bool>,
    /// Whether the page is being printed.
    pub printing: ReadSignal<bool>,
    /// Set when the reader switched the language, so that the rebuilt page
    /// gives the switch the focus again.
    pub switched: StoredValue<bool>,
    /// When the address was last written (see [`super::history`]).
    pub last_write: StoredValue<f64>,
}

impl Settings {
    /// The settings a permalink records, provided to every component, with
    /// `data-theme` set on `root` (the page, or an embed's container) to
    /// the theme in force.
    pub fn provide(link: &Permalink, root: web_sys::Element) -> Settings {
        let theme = RwSignal::new(link.theme);
        let system_dark = use_media(DARK_SCHEME);
        let printing = use_print();
        let dark = Memo::new(move |_| {
            !printing.get()
                && match theme.get() {
                    Some(t) => t == Theme::Dark,
                    None => system_dark.get(),
                }
        });
        let settings = Settings {
            lang: RwSignal::new(link.lang),
            theme,
            dark,
            printing,
            switched: StoredValue::new(false),
            last_write: StoredValue::new(now()),
        };
        effect(move || {
            let theme = if dark.get() {
                Theme::Dark
            } else {
                Theme::Light
            };
            let _ = root.set_attribute("data-theme", theme.slug());
        });
        provide_context(settings);
        settings
    }
}

/// The settings provided by the app (defaults outside it).
pub fn use_settings() -> Option<Settings> {
    use_context::<Settings>()
}

/// Whether the page is dark (the theme chosen, or the system's).
pub fn use_dark() -> Memo<bool> {
    match use_settings() {
        Some(settings) => settings.dark,
        None => {
            let dark = use_media(DARK_SCHEME);
            Memo::new(move |_| dark.get())
        }
    }
}
