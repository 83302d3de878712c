//! The sources section: every source with its address.

use std::sync::Arc;

use leptos::prelude::*;

use super::effect::effect;
use super::locale::{use_lang, use_strings};
use super::source_links::source_anchor;
use crate::core::atlas::Atlas;
use crate::core::date::Date;
use crate::core::html::Html;
use crate::core::strings::with_count;

/// Lists every source of the dataset; figures link to the entries here.
#[component]
pub fn SourcesSection(
    /// The dataset.
    atlas: Arc<Atlas>,
) -> impl IntoView {
    let lang = use_lang();
    let s = use_strings();
    let mut h = Html::new();
    h.element("h2", &[("id", "sources-heading")], s.sources_heading);
    h.element(
        "p",
        &[],
        &match atlas.sources().len() {
            1 => s.sources_one.to_string(),
            n => with_count(s.sources_intro, n),
        },
    );
    h.open("ol", &[("class", "source-list")]);
    for source in atlas.sources() {
        h.open(
            "li",
            &[
                ("id", &source_anchor(&source.id)),
                ("class", "source-entry"),
                ("data-testid", "source-entry"),
            ],
        );
        h.element("span", &[("class", "source-title")], source.title.get(lang));
        // Marked when it is in the other language (English on a Chinese
        // page), so that it is read out in the right voice.
        h.element(
            "span",
            &[
                ("class", "source-publisher"),
                ("lang", source.publisher.lang(lang).tag()),
            ],
            source.publisher.get(lang),
        );
        if let Some(date) = &source.date {
            let shown = date
                .parse::<Date>()
                .map_or_else(|_| date.clone(), |d| d.display(lang));
            h.element(
                "span",
                &[("class", "source-date")],
                &format!("{}: {shown}", s.published),
            );
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
        h.element(
            "span",
            &[("class", "source-supports")],
            &format!("{}: {}", s.used_for, source.supports.get(lang)),
        );
        h.close("li");
    }
    h.close("ol");
    // A link to an entry (as an embedded view's source links are) opens
    // the page before the entry exists: bring it into view once it does.
    effect(move || {
        let document = web_sys::window().and_then(|w| w.document());
        let hash = document
            .as_ref()
            .and_then(|d| d.location())
            .and_then(|l| l.hash().ok())
            .unwrap_or_default();
        if let Some(entry) = hash
            .strip_prefix('#')
            .filter(|id| id.starts_with(&source_anchor("")))
            .and_then(|id| document?.get_element_by_id(id))
        {
            entry.scroll_into_view();
        }
    });
    view! {
        <section id="sources" class="sources" aria-labelledby="sources-heading" inner_html=h.finish()></section>
    }
}
