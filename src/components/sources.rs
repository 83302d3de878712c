//! The sources section: how to cite the atlas, then every source with its
//! original and the copy it was read at, in a list that opens on demand.

use std::sync::Arc;

use leptos::prelude::*;

use super::effect::effect;
use super::history::address_with;
use super::hooks::use_print::use_print;
use super::locale::{use_lang, use_strings};
use super::settings::use_settings;
use super::source_links::source_anchor;
use super::source_reveal::use_source_reveal;
use super::state::Shared;
use crate::core::atlas::Atlas;
use crate::core::cite::{citing_lines, colon};
use crate::core::date::Date;
use crate::core::html::Html;
use crate::core::model::Source;
use crate::core::strings::{Strings, with_count};
use crate::core::text::{Lang, Text};

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
/// the page's (English on a Chinese page), so that it is read out in the
/// right voice.
fn text_span(h: &mut Html, class: &str, text: &Text, lang: Lang) {
    h.element(
        "span",
        &[("class", class), ("lang", text.lang(lang).tag())],
        text.get(lang),
    );
}

/// A date from the data as the page writes it.
fn shown_date(date: &str, lang: Lang) -> String {
    date.parse::<Date>()
        .map_or_else(|_| date.to_string(), |d| d.display(lang))
}

/// Writes the entry of one source: the original's title (linked where its
/// address is known), publisher and date first, then the copy it was
/// read at; a source that is no copy shows its own.
fn entry_html(h: &mut Html, source: &Source, lang: Lang, s: &Strings) {
    h.open(
        "li",
        &[
            ("id", &source_anchor(&source.id)),
            ("class", "source-entry"),
            ("data-testid", "source-entry"),
        ],
    );
    let original = source.original.as_ref();
    let title = source.cited_title();
    match original.and_then(|o| o.url.as_deref()) {
        Some(url) => {
            h.open("span", &[("class", "source-title")]);
            h.element(
                "a",
                &[
                    ("href", url),
                    ("rel", "noopener noreferrer external"),
                    ("lang", Lang::of(&title.en).tag()),
                ],
                &title.en,
            );
            h.close("span");
        }
        // The original's title is as its publisher wrote it.
        None if original.is_some() => {
            h.element(
                "span",
                &[
                    ("class", "source-title"),
                    ("lang", Lang::of(&title.en).tag()),
                ],
                &title.en,
            );
        }
        None => text_span(h, "source-title", title, lang),
    }
    text_span(h, "source-publisher", source.cited_publisher(), lang);
    let date = original.map_or(source.date.as_deref(), |o| o.date.as_deref());
    if let Some(date) = date {
        h.element(
            "span",
            &[("class", "source-date")],
            &format!("{}{}{}", s.published, colon(lang), shown_date(date, lang)),
        );
    }
    if original.is_some() {
        h.open("span", &[("class", "source-read-at")]);
        h.text(&format!("{}{}", s.read_at, colon(lang)));
        h.element(
            "span",
            &[("lang", source.title.lang(lang).tag())],
            source.title.get(lang),
        );
        h.text(" ");
    }
    // A file a reader brought cites itself: it has no address.
    if !source.url.is_empty() {
        h.element(
            "a",
            &[
                ("class", "source-url"),
                ("href", &source.url),
                ("rel", "noopener noreferrer external"),
            ],
            &source.url,
        );
    }
    if original.is_some() {
        h.close("span");
    }
    h.element(
        "span",
        &[("class", "source-supports")],
        &format!("{}{}{}", s.used_for, colon(lang), source.supports.get(lang)),
    );
    h.close("li");
}
