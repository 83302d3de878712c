//! The sources section: how to cite the atlas, then every source with its
//! original and the copy it was read at, in a list that opens on demand.

use std::sync::Arc;

use leptos::prelude::*;

use super::effect::effect;
use super::history::address_with;
use super::hooks::use_print::use_print;
use super::locale::{use_lang, use_strings};
use super::settings::use_settings;
use super::source_reveal::use_source_reveal;
use super::state::Shared;
use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::model::Source;
use crate::core::link::cite::{citing_lines, labelled};
use crate::core::page::html::Html;
use crate::core::page::source_links::source_anchor;
use crate::core::text::bilingual::{Lang, Text};
use crate::core::text::strings::{Strings, with_count};
use crate::core::time::date::Date;

/// The class of the element holding the "How to cite" lines.
const CITING: &str = "citing";

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
    let mut h = Html::new();
    h.element("h2", &[("id", "sources-heading")], s.sources_heading);
    h.element(
        "p",
        &[("class", "sources-intro")],
        &match atlas.sources().len() {
            1 => s.sources_one.to_string(),
            n => with_count(s.sources_intro, n),
        },
    );
    h.element("div", &[("class", CITING), ("data-testid", CITING)], "");
    h.open(
        "details",
        &[
            ("class", "source-details"),
            ("data-testid", "source-details"),
        ],
    );
    h.element(
        "summary",
        &[],
        &with_count(s.all_sources, atlas.sources().len()),
    );
    h.open("ol", &[("class", "source-list")]);
    for source in atlas.sources() {
        entry_html(&mut h, source, lang, s);
    }
    h.close("ol").close("details");

    let root = NodeRef::<leptos::html::Section>::new();
    // The part of the section `selector` finds.
    let part = move |selector: &str| root.get_untracked()?.query_selector(selector).ok()?;
    // The citation names the view the reader has: it follows the address.
    let settings = use_settings();
    let a = atlas.clone();
    effect(move || {
        if root.get().is_none() {
            return;
        }
        let link = shared.permalink(&a, data.clone(), settings);
        let address = address_with(&link.encode()).unwrap_or_default();
        let mut lines = Html::new();
        for line in citing_lines(&a, &address, lang, s) {
            lines.element("p", &[], &line);
        }
        if let Some(citing) = part(&format!(".{CITING}")) {
            citing.set_inner_html(&lines.finish());
        }
    });
    use_source_reveal();
    // Paper shows every source; the list closes again after printing if
    // it was closed.
    let printing = use_print();
    let was_open = std::cell::Cell::new(false);
    effect(move || {
        let print = printing.get();
        let Some(details) = part(".source-details") else {
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
            inner_html=h.finish()
        ></section>
    }
}

/// Writes a text from the data, marked with its language where it is not
/// the page's (English on a Chinese page; a text in one language only, as
/// its publisher wrote it, in that language), so that it is read out in
/// the right voice.
fn text_span(h: &mut Html, class: &str, text: &Text, lang: Lang) {
    h.element(
        "span",
        &[("class", class), ("lang", shown_lang(text, lang).tag())],
        text.get(lang),
    );
}

/// The language of what a text from the data shows on a page in `lang`.
fn shown_lang(text: &Text, lang: Lang) -> Lang {
    match text.zh {
        Some(_) => lang,
        None => Lang::of(&text.en),
    }
}

/// A date from the data as the page writes it.
fn shown_date(date: &str, lang: Lang) -> String {
    date.parse::<Date>()
        .map_or_else(|_| date.to_string(), |d| d.display(lang))
}

/// Writes a link to an address, the address its text.
fn address_link(h: &mut Html, url: &str) {
    h.element(
        "a",
        &[
            ("class", "source-url"),
            ("href", url),
            ("rel", "noopener noreferrer external"),
        ],
        url,
    );
}

/// Writes the entry of one source: its title, publisher and date (the
/// original's, for a copy: its title linked where its address is known),
/// then the copy's address as "read at", or the source's own address.
fn entry_html(h: &mut Html, source: &Source, lang: Lang, s: &Strings) {
    h.open(
        "li",
        &[
            ("id", &source_anchor(&source.id)),
            ("class", "source-entry"),
            ("data-testid", "source-entry"),
        ],
    );
    let title = &source.title;
    match &source.read_at {
        Some(_) if !source.url.is_empty() => {
            h.open("span", &[("class", "source-title")]);
            h.element(
                "a",
                &[
                    ("href", &source.url),
                    ("rel", "noopener noreferrer external"),
                    ("lang", shown_lang(title, lang).tag()),
                ],
                title.get(lang),
            );
            h.close("span");
        }
        _ => text_span(h, "source-title", title, lang),
    }
    text_span(h, "source-publisher", &source.publisher, lang);
    if let Some(date) = &source.date {
        h.element(
            "span",
            &[("class", "source-date")],
            &labelled(s.published, &shown_date(date, lang), lang),
        );
    }
    match &source.read_at {
        Some(copy) => {
            h.open("span", &[("class", "source-read-at")]);
            h.text(&labelled(s.read_at, "", lang));
            address_link(h, copy);
            h.close("span");
        }
        // A file a reader brought cites itself: it has no address.
        None if !source.url.is_empty() => address_link(h, &source.url),
        None => {}
    }
    h.element(
        "span",
        &[("class", "source-supports")],
        &labelled(s.used_for, source.supports.get(lang), lang),
    );
    h.close("li");
}
