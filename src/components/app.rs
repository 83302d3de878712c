//! The root component and the entry point that mounts it.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::boot::{remove_loading_message, show_panics_on_page};
use super::charts::ChartsSection;
use super::cluster_card::ClusterCards;
use super::intro::Intro;
use super::loader::fetch_dataset;
use super::locale::{use_lang, use_strings};
use super::problems::DatasetProblems;
use super::sources::SourcesSection;
use super::state::Shared;
use super::timeline::TimelineSection;
use super::url::query_param;
use crate::core::atlas::Atlas;
use crate::core::chart::Filters;
use crate::core::dataset::default_atlas;
use crate::core::text::Lang;
use crate::core::validate::Problem;

/// Mounts the app on the page.
pub fn mount() {
    show_panics_on_page();
    remove_loading_message();
    leptos::mount::mount_to_body(App);
}

/// The whole app: the default dataset (or one named by `?data=`), validated,
/// or what is wrong with it.
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
    let atlas = match default_atlas() {
        Ok(atlas) => RwSignal::new(Arc::new(atlas)),
        Err(problems) => {
            return view! { <main id="content"><DatasetProblems problems/></main> }.into_any();
        }
    };
    // A dataset named in the address replaces the default once it is read;
    // if it cannot be, the default stays and the problems are shown.
    let load_problems = RwSignal::new(Vec::<Problem>::new());
    if let Some(address) = query_param("data") {
        spawn_local(async move {
            match fetch_dataset(&address).await {
                Ok(loaded) => atlas.set(Arc::new(loaded)),
                Err(problems) => load_problems.set(problems),
            }
        });
    }
    view! {
        {move || (!load_problems.read().is_empty()).then(|| view! { <DatasetProblems problems=load_problems.get()/> })}
        {move || view! { <Page atlas=atlas.get()/> }}
    }
    .into_any()
}

/// The page for a valid dataset.
#[component]
fn Page(atlas: Arc<Atlas>) -> impl IntoView {
    let s = use_strings();
    let shared = Shared {
        filters: RwSignal::new(Filters::all(&atlas)),
        selected: RwSignal::new(None),
        hover_year: RwSignal::new(None),
    };
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
            <ChartsSection atlas=atlas.clone() shared=shared/>
            <TimelineSection atlas=atlas.clone() shared=shared/>
            <SourcesSection atlas=atlas.clone()/>
        </main>
        <footer class="site-footer">
            <div class="wrap">
                <p>{s.footer}</p>
            </div>
        </footer>
    }
}
