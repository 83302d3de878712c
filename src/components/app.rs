//! The root component and the entry point that mounts it.

use std::sync::Arc;

use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::boot::{remove_loading_message, show_panics_on_page};
use super::charts::ChartsSection;
use super::cluster_card::cluster_cards_html;
use super::embed::{EmbedView, Host, script_hosts};
use super::header::SiteHeader;
use super::history::{address_with, use_history};
use super::hooks::use_height_messages::use_height_messages;
use super::intro::intro_html;
use super::loader::fetch_dataset;
use super::locale::{browser_lang, use_lang, use_strings};
use super::problems::DatasetProblems;
use super::settings::{Settings, use_settings};
use super::sources::SourcesSection;
use super::state::Shared;
use super::timeline::TimelineSection;
use crate::core::atlas::Atlas;
use crate::core::chart::Tab;
use crate::core::dataset::default_atlas;
use crate::core::html::Html;
use crate::core::import::Report;
use crate::core::permalink::{Focus, Permalink};
use crate::core::validate::Problem;

/// Mounts the app: into each `[data-cluster-atlas]` element of a page that
/// embeds it by script, or as the whole page.
pub fn mount() {
    show_panics_on_page();
    let mut hosts = script_hosts();
    if hosts.is_empty() {
        remove_loading_message();
        if let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        {
            hosts.push((body, Host::Page));
        }
    }
    for (parent, host) in hosts {
        leptos::mount::mount_to(parent, move || view! { <App host/> }).forget();
    }
}

/// The dataset shown, and the problems of one that could not be loaded
/// (or the warnings of one that was).
type Dataset = (RwSignal<Arc<Atlas>>, RwSignal<Report>);

/// The dataset shown: the default one, replaced by the one a link names
/// (`data=`) once it is read; if it cannot be, the default stays and the
/// problems are listed. `Err` if the default dataset itself is invalid.
fn use_dataset(link: &Permalink) -> Result<Dataset, Vec<Problem>> {
    let atlas = RwSignal::new(Arc::new(default_atlas()?));
    let report = RwSignal::new(Report::default());
    if let Some(address) = link.data.clone() {
        spawn_local(async move {
            match fetch_dataset(&address).await {
                Ok(loaded) => {
                    atlas.set(Arc::new(loaded.atlas));
                    report.set(Report {
                        problems: Vec::new(),
                        warnings: loaded.warnings,
                    });
                }
                Err(found) => report.set(found),
            }
        });
    }
    Ok((atlas, report))
}

/// The atlas in `host`, in the language and theme of its link or the
/// reader's: the whole page, one view of it in a frame (`embed=1`), or one
/// view in another page's element.
#[component]
pub fn App(host: Host) -> impl IntoView {
    let Some(root) = host.root() else {
        return EitherOf3::A(());
    };
    let link = host.link();
    let settings = Settings::provide(&link, root.clone());
    // The language of a dataset's problems (in the language the page
    // opened in).
    provide_context(settings.lang.get_untracked().unwrap_or_else(browser_lang));
    let (atlas, load_problems) = match use_dataset(&link) {
        Ok(found) => found,
        Err(found) => {
            let report = RwSignal::new(Report {
                problems: found,
                warnings: Vec::new(),
            });
            return EitherOf3::B(view! { <main id="content"><DatasetProblems report/></main> });
        }
    };
    // Rebuilt when the language or the dataset changes, from the link
    // (the address, which holds the reader's state, for the page).
    let page = move || {
        let lang = settings.lang.get().unwrap_or_else(browser_lang);
        provide_context(lang);
        let _ = root.set_attribute("lang", lang.tag());
        view! { <Page atlas=atlas.get() link=host.link() host=host.clone()/> }
    };
    EitherOf3::C(view! {
        <DatasetProblems report=load_problems/>
        {page}
    })
}

/// The atlas for a valid dataset: the whole page, or the one view a link
/// names when embedded.
#[component]
fn Page(atlas: Arc<Atlas>, link: Permalink, host: Host) -> impl IntoView {
    let shared = Shared::new(&link, &atlas);
    let full = match host {
        Host::Page => {
            // Embedded in a frame, the address is only ever replaced, so
            // that the host page's Back button stays the host's.
            use_history(atlas.clone(), shared, &link, !link.embed);
            if link.embed {
                use_height_messages();
            }
            address_with("").unwrap_or_default()
        }
        Host::Script { full, .. } => full,
    };
    if link.embed {
        return Either::Left(view! { <EmbedView atlas shared link full/> });
    }
    let s = use_strings();
    let lang = use_lang();
    // A link to a view scrolls to it; a page rebuilt in the language the
    // reader switched to stays where the switch is.
    let opened = !use_settings().is_some_and(|s| s.switched.get_value());
    let to_charts = opened && link.focus == Focus::Charts && link.tab != Tab::FIRST;
    let to_timeline = opened && (link.focus == Focus::Timeline || link.milestone.is_some());
    let mut title = Html::new();
    title.open("div", &[("class", "site-heading")]);
    // The first thing a keyboard reaches.
    title.element(
        "a",
        &[("class", "skip-link"), ("href", "#content")],
        s.skip_to_content,
    );
    title.element("h1", &[("class", "site-title")], s.app_name);
    title.element("p", &[("class", "tagline")], atlas.title().get(lang));
    title.close("div");
    let mut lead = Html::new();
    intro_html(&mut lead, s);
    cluster_cards_html(&mut lead, &atlas, lang, s);
    let mut footer = Html::new();
    footer.open("div", &[("class", "wrap")]);
    footer.element("p", &[], s.footer);
    footer.close("div");
    Either::Right(view! {
        <SiteHeader title=title.finish()/>
        <main id="content" class="wrap" tabindex="-1">
            <div class="lead" inner_html=lead.finish()></div>
            <ChartsSection atlas=atlas.clone() shared=shared scroll_to=to_charts/>
            <TimelineSection atlas=atlas.clone() shared=shared scroll_to=to_timeline/>
            <SourcesSection atlas=atlas.clone()/>
        </main>
        <footer class="site-footer" inner_html=footer.finish()></footer>
    })
}
