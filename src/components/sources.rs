//! The sources section (written by `core::page::sources`): the citation
//! follows the reader's view, paper shows every source, and a followed
//! link to an entry reveals it.

use std::sync::Arc;

use leptos::prelude::*;

use super::delegate::part_of;
use super::effect::effect;
use super::history::address_with;
use super::hooks::use_print::use_print;
use super::locale::{use_lang, use_strings};
use super::settings::use_settings;
use super::source_reveal::use_source_reveal;
use super::state::Shared;
use crate::core::dataset::atlas::Atlas;
use crate::core::link::cite::citing_lines;
use crate::core::page::sources::{SourcesPart, citing_html, sources_html};

/// Says how to cite the atlas, and lists every source of the dataset
/// (collapsed: a disclosure with their number); figures link to the
/// entries here, and following such a link opens the list at the entry.
/// `data` is the dataset the page's address names, for the citation's
/// address.
#[component]
pub fn SourcesSection(
    /// The dataset.
    atlas: Arc<Atlas>,
    /// The reader's state, whose view the citation's address names.
    shared: Shared,
    /// The dataset the address names (`data=`), if any.
    data: Option<String>,
) -> impl IntoView {
    let lang = use_lang();
    let s = use_strings();
    let html = sources_html(&atlas, lang, s);
    let root = NodeRef::<leptos::html::Section>::new();
    // The part of the section, once it is mounted.
    let part = move |part: SourcesPart| {
        let root = root.get_untracked()?;
        part_of(&root, part)
    };
    // The citation names the view the reader has: it follows the address.
    let settings = use_settings();
    let a = atlas.clone();
    effect(move || {
        // Hidden while a story is read: written once it is left.
        if root.get().is_none() || shared.story.with(Option::is_some) {
            return;
        }
        let link = shared.permalink(&a, data.clone(), settings);
        let address = address_with(&link.encode()).unwrap_or_default();
        if let Some(citing) = part(SourcesPart::Citing) {
            citing.set_inner_html(&citing_html(&citing_lines(&a, &address, lang, s)));
        }
    });
    use_source_reveal(root);
    // Paper shows every source; the list closes again after printing if
    // it was closed.
    let printing = use_print();
    let was_open = std::cell::Cell::new(false);
    effect(move || {
        let print = printing.get();
        let Some(details) = part(SourcesPart::Details) else {
            return;
        };
        if print {
            was_open.set(details.has_attribute("open"));
            let _ = details.set_attribute("open", "");
        } else if !was_open.get() {
            let _ = details.remove_attribute("open");
        }
    });
    view! {
        <section
            node_ref=root
            id="sources"
            class="sources"
            aria-labelledby="sources-heading"
            inner_html=html
        ></section>
    }
}
