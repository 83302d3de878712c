//! The root component and the entry point that mounts it.

use std::sync::Arc;

use leptos::prelude::*;

use super::boot::{remove_loading_message, show_panics_on_page};
use super::cluster_card::ClusterCard;
use super::intro::Intro;
use super::locale::use_strings;
use super::problems::DatasetProblems;
use super::sources::SourcesSection;
use crate::core::atlas::Atlas;
use crate::core::dataset::default_atlas;
use crate::core::text::Lang;

/// Mounts the app on the page.
pub fn mount() {
    show_panics_on_page();
    remove_loading_message();
    leptos::mount::mount_to_body(App);
}

/// The whole app: the default dataset, validated, or what is wrong with it.
#[component]
pub fn App() -> impl IntoView {
    provide_context(Signal::stored(Lang::En));
    match default_atlas() {
        Ok(atlas) => view! { <Page atlas=Arc::new(atlas)/> }.into_any(),
        Err(problems) => view! { <DatasetProblems problems/> }.into_any(),
    }
}

/// The page for a valid dataset.
#[component]
fn Page(atlas: Arc<Atlas>) -> impl IntoView {
    let s = use_strings();
    let cards = atlas
        .clusters()
        .iter()
        .enumerate()
        .map(|(i, c)| view! { <ClusterCard atlas=atlas.clone() cluster=c.clone() index=i/> })
        .collect_view();
    view! {
        <header class="site-header">
            <div class="wrap">
                <h1 class="site-title">{move || s.get().app_name}</h1>
                <p class="tagline">{move || s.get().tagline}</p>
            </div>
        </header>
        <main id="content" class="wrap">
            <Intro/>
            <section class="clusters" aria-labelledby="clusters-heading">
                <h2 id="clusters-heading">{move || s.get().clusters_heading}</h2>
                <div class="cluster-grid">{cards}</div>
            </section>
            <SourcesSection atlas=atlas.clone()/>
        </main>
        <footer class="site-footer">
            <div class="wrap">
                <p>{move || s.get().footer}</p>
            </div>
        </footer>
    }
}
