//! The sources section: every source with its address.

use std::sync::Arc;

use leptos::prelude::*;

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
        &with_count(s.sources_intro, atlas.sources().len()),
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
        h.element(
            "span",
            &[("class", "source-publisher")],
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
        h.element(
            "a",
            &[
                ("class", "source-url"),
                ("href", &source.url),
                ("rel", "noopener noreferrer external"),
            ],
            &source.url,
        );
        h.element(
            "span",
            &[("class", "source-supports")],
            &format!("{}: {}", s.used_for, source.supports.get(lang)),
        );
        h.close("li");
    }
    h.close("ol");
    view! {
        <section id="sources" class="sources" aria-labelledby="sources-heading" inner_html=h.finish()></section>
    }
}
