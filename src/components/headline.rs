//! One headline figure: value, year, unit, how it was obtained, sources.

use std::sync::Arc;

use leptos::prelude::*;

use super::locale::use_lang;
use super::source_links::SourceLinks;
use crate::core::atlas::Atlas;
use crate::core::headline::{Basis, Headline};

/// A headline figure as a term and its description.
#[component]
pub fn HeadlineFigure(atlas: Arc<Atlas>, headline: Headline) -> impl IntoView {
    let lang = use_lang();
    let h = headline.clone();
    let label = move || h.label.get(lang.get()).to_string();
    let year = headline.year;
    let h = headline.clone();
    let value = move || h.readable(lang.get());
    let h = headline.clone();
    let detail = move || {
        let l = lang.get();
        let basis = match &h.basis {
            Basis::Computed(how) => Some(how.get(l).to_string()),
            Basis::Stated(note) => note.as_ref().map(|n| n.get(l).to_string()),
        };
        [h.exact(l), basis]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ")
    };
    view! {
        <div class="headline" data-testid="headline">
            <dt>
                <span class="headline-label">{label}</span>
                {year.map(|y| view! { <span class="headline-year">{y}</span> })}
            </dt>
            <dd class="headline-value">{value}</dd>
            <dd class="headline-detail">{detail}</dd>
            <dd class="headline-source">
                <SourceLinks atlas ids=headline.sources/>
            </dd>
        </div>
    }
}
