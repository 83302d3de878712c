//! The sources section as HTML text: how to cite the atlas, then every
//! source with its original and the copy it was read at, in a list that
//! opens on demand.

use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::model::Source;
use crate::core::link::cite::labelled;
use crate::core::page::contract::{Data, Name, Part, names};
use crate::core::page::html::Html;
use crate::core::page::source_links::source_anchor;
use crate::core::text::bilingual::{Lang, Text};
use crate::core::text::strings::{Strings, with_count};
use crate::core::time::date::Date;

names! {
    /// The parts of the sources section that its effects find.
    pub enum SourcesPart {
        /// The "How to cite" lines.
        Citing = "citing",
        /// The list of sources, which opens on demand.
        Details = "source-details",
        /// One source's entry.
        Entry = "source-entry",
    }
}

impl Part for SourcesPart {}

/// The section's content: its heading, how many sources there are, room
/// for the "How to cite" lines ([`citing_html`]), then every source of the
/// dataset in a closed list.
pub fn sources_html(atlas: &Atlas, lang: Lang, s: &Strings) -> String {
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
    let citing = SourcesPart::Citing.slug();
    h.element(
        "div",
        &[("class", citing), (Data::TestId.slug(), citing)],
        "",
    );
    let details = SourcesPart::Details.slug();
    h.open(
        "details",
        &[("class", details), (Data::TestId.slug(), details)],
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
    h.finish()
}

/// The "How to cite" lines, a paragraph each.
pub fn citing_html(lines: &[String]) -> String {
    let mut h = Html::new();
    for line in lines {
        h.element("p", &[], line);
    }
    h.finish()
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
            ("class", SourcesPart::Entry.slug()),
            (Data::TestId.slug(), "source-entry"),
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
