//! The detail panel of the selected milestone: when, where, what, its
//! sources (with their quotes and notes), and Previous, Next and Close.

use super::{TimelineAction, TimelinePart, lane_name};
use crate::core::dataset::atlas::{Atlas, Milestone};
use crate::core::dataset::model::{Markup, Media};
use crate::core::page::contract::{Data, Name};
use crate::core::page::html::Html;
use crate::core::page::rich::{write_line, write_paragraphs};
use crate::core::page::source_links::source_anchor;
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::Strings;

/// The detail panel of milestone `m`; `neighbours` says whether a
/// milestone is shown before and after it (Previous and Next are disabled
/// where there is none).
pub fn detail_html(
    atlas: &Atlas,
    m: &Milestone,
    neighbours: [bool; 2],
    lang: Lang,
    s: &Strings,
) -> String {
    let mut h = Html::new();
    h.open("p", &[("class", "tl-detail-meta")]);
    h.element(
        "span",
        &[
            ("class", "tl-detail-date"),
            (Data::TestId.slug(), "detail-date"),
        ],
        &m.when(lang),
    );
    h.text(" · ")
        .element(
            "span",
            &[("class", "tl-detail-lane")],
            &lane_name(atlas, m, lang, s),
        )
        .close("p");
    h.element(
        "h3",
        &[("id", TimelinePart::DetailTitle.slug()), ("tabindex", "-1")],
        m.title.get(lang),
    );
    h.open("div", &[("class", "tl-detail-text")]);
    write_paragraphs(&mut h, m.description.get(lang), atlas.markup());
    h.close("div");
    if let Some(media) = m.media() {
        media_html(&mut h, media, atlas.markup(), lang);
    }
    sources(&mut h, atlas, m, lang, s);
    h.open("div", &[("class", "tl-detail-nav")]);
    let [before, after] = neighbours;
    for (action, testid, label, enabled) in [
        (TimelineAction::Previous, "detail-prev", s.previous, before),
        (TimelineAction::Next, "detail-next", s.next, after),
        (TimelineAction::Close, "detail-close", s.close, true),
    ] {
        let attrs = [
            ("type", "button"),
            ("class", "button"),
            (Data::Action.slug(), action.slug()),
            (Data::TestId.slug(), testid),
            ("disabled", ""),
        ];
        // The last attribute only where the button goes nowhere.
        h.element("button", &attrs[..if enabled { 4 } else { 5 }], label);
    }
    h.close("div");
    h.finish()
}

/// A milestone's media: a link to it (nothing is loaded from it), its
/// caption and its credit.
fn media_html(h: &mut Html, media: &Media, markup: Markup, lang: Lang) {
    h.open("p", &[("class", "tl-detail-media")]);
    h.element(
        "a",
        &[
            ("href", &media.url),
            ("rel", "noopener noreferrer external"),
            ("target", "_blank"),
            ("class", "source-url"),
        ],
        &media.url,
    );
    for (text, class) in [
        (&media.caption, "tl-media-caption"),
        (&media.credit, "tl-media-credit"),
    ] {
        if let Some(text) = text {
            h.text(" ").open("span", &[("class", class)]);
            write_line(h, text.get(lang), markup);
            h.close("span");
        }
    }
    h.close("p");
}

/// The sources of milestone `m`, each linking to its entry in the
/// sources section and to its address, with its quote and note.
fn sources(h: &mut Html, atlas: &Atlas, m: &Milestone, lang: Lang, s: &Strings) {
    h.element("h4", &[], s.sources_heading)
        .open("ul", &[("class", "tl-detail-sources")]);
    for c in m.sources.iter() {
        let Some(source) = atlas.source(&c.source) else {
            continue;
        };
        h.open("li", &[]);
        let href = format!("#{}", source_anchor(&source.id));
        h.element(
            "a",
            &[("href", &href), ("class", "source-link")],
            source.title.get(lang),
        );
        h.text(&format!(" — {}. ", source.publisher.get(lang)));
        let url = source.address();
        if !url.is_empty() {
            h.element(
                "a",
                &[
                    ("href", url),
                    ("rel", "noopener noreferrer external"),
                    ("class", "source-url"),
                ],
                url,
            );
        }
        // Quotes and notes are in the language of their source.
        if let Some(quote) = &c.quote {
            h.element(
                "q",
                &[("class", "tl-quote"), ("lang", Lang::of(quote).tag())],
                quote,
            );
        }
        if let Some(note) = &c.note {
            h.element(
                "span",
                &[("class", "tl-note"), ("lang", Lang::of(note).tag())],
                note,
            );
        }
        h.close("li");
    }
    h.close("ul");
}
