//! The root component and the entry point that mounts it.

use std::sync::Arc;

use leptos::prelude::*;

use super::boot::{remove_loading_message, show_panics_on_page};
use super::charts::ChartsSection;
use super::cluster_card::ClusterCards;
use super::intro::Intro;
use super::locale::{use_lang, use_strings};
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
    let lang = Lang::En;
    provide_context(lang);
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.tag());
    }
    match default_atlas() {
        Ok(atlas) => view! { <Page atlas=Arc::new(atlas)/> }.into_any(),
        Err(problems) => view! { <DatasetProblems problems/> }.into_any(),
    }
}

/// The page for a valid dataset.
#[component]
fn Page(atlas: Arc<Atlas>) -> impl IntoView {
    let s = use_strings();
    view! {
        <header class="site-header">
            <div class="wrap">
                <h1 class="site-title">{s.app_name}</h1>
                <p class="tagline">{atlas.title().get(use_lang()).to_string()}</p>
            </div>
        </header>
        <main id="content" class="wrap">
            <Intro/>
            <section class="clusters" aria-labelledby="clusters-heading">
                <h2 id="clusters-heading">{s.clusters_heading}</h2>
                <ClusterCards atlas=atlas.clone()/>
            </section>
            <ChartsSection atlas=atlas.clone()/>
            <SourcesSection atlas=atlas.clone()/>
        </main>
        <footer class="site-footer">
            <div class="wrap">
                <p>{s.footer}</p>
            </div>
        </footer>
    }
}
