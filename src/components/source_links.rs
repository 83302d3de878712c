//! Links from a figure to the entries of its sources.

use std::sync::Arc;

use leptos::prelude::*;

use super::locale::{use_lang, use_strings};
use crate::core::atlas::Atlas;

/// The anchor of a source's entry in the sources section.
pub fn source_anchor(id: &str) -> String {
    format!("source-{id}")
}

/// "Source: <title>, <title>", each linking to the source's entry.
#[component]
pub fn SourceLinks(atlas: Arc<Atlas>, ids: Vec<String>) -> impl IntoView {
    let lang = use_lang();
    let s = use_strings();
    let links = move || {
        ids.iter()
            .filter_map(|id| atlas.source(id))
            .map(|source| {
                let title = source.title.get(lang.get()).to_string();
                let hover = title.clone();
                view! {
                    <a class="source-link" href=format!("#{}", source_anchor(&source.id)) title=hover>
                        {title}
                    </a>
                }
            })
            .collect_view()
    };
    view! {
        <span class="source-links">
            <span class="source-label">{move || s.get().source} ": "</span>
            {links}
        </span>
    }
}
