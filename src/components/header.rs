//! The page's header: its title, Share and Embed, and the language and
//! theme switches.

use leptos::html::Div;
use leptos::prelude::*;

use super::delegate::Parts;
use super::locale::{use_lang, use_strings};
use super::settings::use_settings;
use super::share::on_share_click;
use super::switches::use_switches;
use crate::core::page::share::{buttons_html, dialog_html};
use crate::core::page::switches::switches_html;

/// The header of the full page; `title` is its heading's markup, `charted`
/// whether the dataset has charts (which the Embed dialog may offer).
#[component]
pub fn SiteHeader(title: String, charted: bool) -> impl IntoView {
    let s = use_strings();
    let root = NodeRef::<Div>::new();
    let parts = Parts::new(root);
    let mut actions = buttons_html(s);
    let switch = use_settings().map(|settings| {
        actions.push_str(&switches_html(use_lang(), s));
        use_switches(parts, settings)
    });
    actions.push_str(&dialog_html(s));
    let on_click = move |ev: leptos::ev::MouseEvent| {
        on_share_click(&ev, parts, s, charted);
        if let Some(switch) = switch {
            switch(&ev);
        }
    };
    view! {
        <header class="site-header">
            <div class="wrap" node_ref=root on:click=on_click inner_html=title + &actions></div>
        </header>
    }
}
