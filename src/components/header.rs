//! The page's header: its title, Share and Embed, and the language and
//! theme switches.

use crate::components::listener::listener;
use leptos::html::Div;
use leptos::prelude::*;

use super::delegate::Parts;
use super::import::dialog::{on_import_change, on_import_click, use_importer};
use super::locale::{use_lang, use_strings};
use super::settings::use_settings;
use super::share::on_share_click;
use super::switches::use_switches;
use crate::core::page::import::{
    dialog_html as import_dialog_html, drop_target_html, open_button_html,
};
use crate::core::page::share::{Unlinkable, buttons_html, dialog_html};
use crate::core::page::switches::switches_html;
use crate::core::text::strings::import::import_strings;

/// The header of the full page; `title` is its heading's markup, `charted`
/// whether the dataset has charts (which the Embed dialog may offer),
/// `shown` the line saying which dataset is shown (empty for the atlas's
/// own), `linkable` whether a link can carry the dataset (else Share and
/// Embed say so, and offer its download).
#[component]
pub fn SiteHeader(title: String, charted: bool, shown: String, linkable: bool) -> impl IntoView {
    let s = use_strings();
    let lang = use_lang();
    let root = NodeRef::<Div>::new();
    let parts = Parts::new(root);
    let importer = use_importer();
    let mut actions = String::new();
    if importer.is_some() {
        actions.push_str(&open_button_html(import_strings(lang)));
    }
    actions.push_str(&buttons_html(s));
    let switch = use_settings().map(|settings| {
        actions.push_str(&switches_html(use_lang(), s));
        use_switches(parts, settings)
    });
    let unlinkable = (!linkable).then(|| Unlinkable {
        why: import_strings(lang).not_linkable,
        download: import_strings(lang).download_json,
    });
    actions.push_str(&dialog_html(s, unlinkable));
    if importer.is_some() {
        actions.push_str(&import_dialog_html(import_strings(lang)));
        actions.push_str(&drop_target_html(import_strings(lang)));
        actions.push_str(&shown);
    }
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(importer) = importer {
            on_import_change(&ev, importer, lang);
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(importer) = importer {
            on_import_click(&ev, importer, lang);
        }
        let not_linkable = (!linkable).then(|| import_strings(lang).not_linkable);
        on_share_click(&ev, parts, s, charted, not_linkable);
        if let Some(switch) = switch {
            switch(&ev);
        }
    };
    view! {
        <header class="site-header">
            <div class="wrap" node_ref=root on:click=listener(on_click) on:change=listener(on_change) inner_html=title + &actions></div>
        </header>
    }
}
