//! The sources section: every source with its address.

use std::sync::Arc;

use leptos::prelude::*;

use super::locale::{use_lang, use_strings};
use super::source_links::source_anchor;
use crate::core::atlas::Atlas;
use crate::core::date::Date;
use crate::core::strings::with_count;

/// Lists every source of the dataset; figures link to the entries here.
#[component]
pub fn SourcesSection(atlas: Arc<Atlas>) -> impl IntoView {
    let lang = use_lang();
    let s = use_strings();
    let count = atlas.sources().len();
    let entries = move || {
        let l = lang.get();
        let s = s.get();
        atlas
            .sources()
            .iter()
            .map(|source| {
                let published = source.date.as_ref().map(|d| {
                    let shown = d.parse::<Date>().map_or_else(|_| d.clone(), |d| d.display(l));
                    view! { <span class="source-date">{s.published} ": " {shown}</span> }
                });
                view! {
                    <li id=source_anchor(&source.id) class="source-entry" data-testid="source-entry">
                        <span class="source-title">{source.title.get(l).to_string()}</span>
                        <span class="source-publisher">{source.publisher.get(l).to_string()}</span>
                        {published}
                        <a class="source-url" href=source.url.clone() rel="noopener noreferrer external">
                            {source.url.clone()}
                        </a>
                        <span class="source-supports">{s.used_for} ": " {source.supports.get(l).to_string()}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section id="sources" class="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{move || s.get().sources_heading}</h2>
            <p>{move || with_count(s.get().sources_intro, count)}</p>
            <ol class="source-list">{entries}</ol>
        </section>
    }
}
