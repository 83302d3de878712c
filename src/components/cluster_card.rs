//! A cluster's card: name, members, caveat, headline figures.

use std::sync::Arc;

use leptos::prelude::*;

use super::headline::HeadlineFigure;
use super::locale::{use_lang, use_strings};
use crate::core::atlas::Atlas;
use crate::core::headline::{Basis, headlines};
use crate::core::model::Cluster;
use crate::core::strings::with_count;

/// One card per cluster; `index` picks its colour.
#[component]
pub fn ClusterCard(atlas: Arc<Atlas>, cluster: Cluster, index: usize) -> impl IntoView {
    let lang = use_lang();
    let s = use_strings();
    let (computed, stated): (Vec<_>, Vec<_>) = headlines(&atlas, &cluster.id)
        .into_iter()
        .partition(|h| matches!(h.basis, Basis::Computed(_)));
    let stated_count = stated.len();
    let show = |list: Vec<_>, atlas: &Arc<Atlas>| {
        list.into_iter()
            .map(|h| view! { <HeadlineFigure atlas=atlas.clone() headline=h/> })
            .collect_view()
    };
    let computed = show(computed, &atlas);
    let stated = show(stated, &atlas);
    let c = cluster.clone();
    let name = move || c.name.get(lang.get()).to_string();
    let c = cluster.clone();
    let full_name = move || c.full_name.as_ref().map(|f| f.get(lang.get()).to_string());
    let c = cluster.clone();
    let members = move || {
        let l = lang.get();
        c.members.iter().map(|m| m.get(l)).collect::<Vec<_>>().join(
            if l == crate::core::text::Lang::Zh {
                "、"
            } else {
                " · "
            },
        )
    };
    let note = cluster.note.clone().map(|n| {
        view! { <p class="cluster-note" role="note">{move || n.get(lang.get()).to_string()}</p> }
    });
    view! {
        <article
            class=format!("cluster-card series-{}", index % 8)
            data-testid=format!("cluster-card-{}", cluster.id)
            aria-labelledby=format!("cluster-{}", cluster.id)
        >
            <h3 id=format!("cluster-{}", cluster.id) class="cluster-name">{name}</h3>
            <p class="cluster-full-name">{full_name}</p>
            <p class="cluster-members">
                <span class="label">{move || s.get().members} ": "</span>
                {members}
            </p>
            {note}
            <dl class="headlines">{computed}</dl>
            {(stated_count > 0).then(|| view! {
                <details class="stated-figures">
                    <summary>{move || with_count(s.get().stated_figures, stated_count)}</summary>
                    <dl class="headlines">{stated}</dl>
                </details>
            })}
        </article>
    }
}
