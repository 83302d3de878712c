//! The root component and the entry point that mounts it.

use std::cell::Cell;
use std::sync::Arc;

use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use wasm_bindgen_futures::spawn_local;

use super::boot::{remove_loading_message, show_panics_on_page};
use super::charts::ChartsSection;
use super::embed::{EmbedView, Host, script_hosts};
use super::header::SiteHeader;
use super::history::{address_with, use_history};
use super::hooks::use_height_messages::use_height_messages;
use super::import::listen::use_drop_and_paste;
use super::import::{Importer, Shown};
use super::loader::fetch_dataset;
use super::locale::{browser_lang, use_lang, use_strings};
use super::map::MapSection;
use super::map::locators::use_locators;
use super::problems::DatasetProblems;
use super::settings::{Settings, use_settings};
use super::sources::SourcesSection;
use super::state::Shared;
use super::story::{StoryControl, StoryStage};
use super::timeline::TimelineSection;
use crate::core::chart::options::charted;
use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::bundled::default_atlas;
use crate::core::dataset::import::Report;
use crate::core::dataset::problem::Problem;
use crate::core::link::landing::landing;
use crate::core::link::permalink::{Focus, Permalink};
use crate::core::map::grid::TileGrid;
use crate::core::page::cards::cluster_cards_html;
use crate::core::page::header::{footer_html, heading_html};
use crate::core::page::html::Html;
use crate::core::page::import::{Origin, shown_html};
use crate::core::page::intro::intro_html;
use crate::core::story::view::story_view;
use crate::core::text::strings::Wording;
use crate::core::text::strings::import::import_strings;

/// Mounts the app: into each `[data-cluster-atlas]` element of a page that
/// embeds it by script, or as the whole page; each once its dataset is
/// read (see `read_dataset`).
pub fn mount() {
    show_panics_on_page();
    let mut hosts = script_hosts();
    if hosts.is_empty()
        && let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
    {
        hosts.push((body, Host::Page));
    }
    for (parent, host) in hosts {
        spawn_local(async move {
            let dataset = read_dataset(&host.link()).await;
            leptos::mount::mount_to(parent, move || view! { <App host dataset/> }).forget();
        });
    }
}

/// The dataset to show, with the problems of one that could not be read
/// (or the warnings of one that was); `Err` with the problems of the
/// default dataset itself, if it is invalid.
type Dataset = Result<Shown, Vec<Problem>>;

/// The dataset a link names (`data=`), read; the default one if it names
/// none, or if it cannot be read (with the problems listed). The page is
/// shown only then, so that the link's view of a dataset (a milestone, its
/// groups) is not first made to fit the default one, nor the default one
/// shown for a moment.
async fn read_dataset(link: &Permalink) -> Dataset {
    let default = |report: Report| -> Dataset {
        Ok(Shown {
            atlas: Arc::new(default_atlas()?),
            origin: Origin::Default,
            from_file: false,
            report,
        })
    };
    let Some(address) = &link.data else {
        return default(Report::default());
    };
    let lang = link.lang.unwrap_or_else(browser_lang);
    match fetch_dataset(address, lang).await {
        Ok(answer) => Ok(Shown {
            atlas: Arc::new(answer.atlas),
            origin: Origin::Linked(address.clone()),
            from_file: true,
            report: Report {
                problems: Vec::new(),
                warnings: answer.warnings,
            },
        }),
        Err(found) => default(found),
    }
}

/// The atlas in `host`, in the language and theme of its link or the
/// reader's: the whole page, one view of it in a frame (`embed=1`), or one
/// view in another page's element.
#[component]
pub fn App(host: Host, dataset: Dataset) -> impl IntoView {
    let Some(root) = host.root() else {
        return EitherOf3::A(());
    };
    remove_loading_message(&host);
    let link = host.link();
    if link.embed {
        let _ = root.set_attribute("data-embed", "");
    }
    let settings = Settings::provide(&link, root.clone());
    // The language of a dataset's problems (in the language the page
    // opened in).
    provide_context(settings.lang.get_untracked().unwrap_or_else(browser_lang));
    let shown = match dataset {
        Ok(shown) => shown,
        Err(found) => {
            let report = Report {
                problems: found,
                warnings: Vec::new(),
            };
            return EitherOf3::B(view! { <main id="content"><DatasetProblems report/></main> });
        }
    };
    // The first page of a link whose dataset could not be read leaves its
    // address as it is (see `use_history`).
    let failed = Cell::new(!shown.report.problems.is_empty());
    let importer = Importer::provide(shown);
    let lang_now = move || settings.lang.get_untracked().unwrap_or_else(browser_lang);
    // Files are opened on the full page (not in an embedded view).
    if matches!(host, Host::Page) && !link.embed {
        use_drop_and_paste(importer, lang_now);
    }
    // Rebuilt when the language or the dataset changes, from the link (the
    // address, which holds the reader's state, for the page).
    let page = move || {
        let lang = settings.lang.get().unwrap_or_else(browser_lang);
        provide_context(lang);
        let _ = root.set_attribute("lang", lang.tag());
        let shown = importer.shown.get();
        let failed = failed.replace(false);
        let report = shown.report.clone();
        view! {
            <DatasetProblems report/>
            <Page atlas=shown.atlas.clone() origin=shown.origin.clone() link=host.link() host=host.clone() failed/>
        }
    };
    EitherOf3::C(view! { {page} })
}

/// The atlas for a valid dataset: the whole page, or the one view a link
/// names when embedded. `failed`: the dataset the link names could not be
/// read, and the default one is shown.
#[component]
fn Page(
    atlas: Arc<Atlas>,
    origin: Origin,
    link: Permalink,
    host: Host,
    failed: bool,
) -> impl IntoView {
    // The page speaks the dataset's words (see `use_strings`).
    provide_context(Wording::of(&atlas));
    // A link to a story's step opens the step's view.
    let link = story_view(&link, &atlas);
    let shared = Shared::new(&link, &atlas);
    let full = match host {
        Host::Page => {
            // Embedded in a frame, the address is only ever replaced, so
            // that the host page's Back button stays the host's.
            use_history(atlas.clone(), shared, &link, !link.embed, failed);
            if link.embed {
                use_height_messages();
            }
            address_with("").unwrap_or_default()
        }
        Host::Script { full, .. } => full,
    };
    let control = StoryControl {
        atlas: atlas.clone(),
        shared,
        left: RwSignal::new(None),
    };
    // A story embeds as the page does, without its header and footer
    // (`data-embed` on the root hides the footer).
    if link.embed && link.story.is_none() {
        return Either::Left(view! { <EmbedView atlas shared link full/> });
    }
    let s = use_strings();
    let lang = use_lang();
    // A link to a view scrolls to it (see `landing`); a page rebuilt in
    // the language the reader switched to stays where the switch is, and
    // one whose dataset failed shows the problems at its top.
    let opened = !failed && !use_settings().is_some_and(|s| s.switched.get_value());
    let landing = if opened && link.story.is_none() {
        landing(&link, &atlas)
    } else {
        None
    };
    let to_charts = landing == Some(Focus::Charts);
    let to_timeline = landing == Some(Focus::Timeline);
    let to_map = landing == Some(Focus::Map);
    let lead_box = NodeRef::<leptos::html::Div>::new();
    use_locators(lead_box, atlas.clone());
    let mut lead = Html::new();
    intro_html(&mut lead, &atlas, lang, s);
    cluster_cards_html(&mut lead, &atlas, lang, s);
    Either::Right(view! {
        // Embedded (a story), without the header: its dialogs' autofocus
        // is refused in a frame.
        {(!link.embed).then(|| view! {
            <SiteHeader title=heading_html(&atlas, lang, s) charted=charted(&atlas) shown=shown_html(atlas.title().get(lang), &origin, import_strings(lang)) linkable=origin.linkable()/>
        })}
        <main id="content" class="wrap" tabindex="-1">
            <StoryStage control embedded=link.embed.then_some(full) data=link.data.clone()/>
            <div class="lead" node_ref=lead_box inner_html=lead.finish()></div>
            {(!TileGrid::of(&atlas).is_empty()).then(|| view! {
                <MapSection atlas=atlas.clone() shared=shared scroll_to=to_map/>
            })}
            <ChartsSection atlas=atlas.clone() shared=shared scroll_to=to_charts/>
            // A dataset of series alone (a CSV of series) has no timeline.
            {(!atlas.milestones().is_empty()).then(|| view! {
                <TimelineSection atlas=atlas.clone() shared=shared scroll_to=to_timeline/>
            })}
            <SourcesSection atlas=atlas.clone() shared data=link.data.clone()/>
        </main>
        <footer class="site-footer" inner_html=footer_html(s)></footer>
    })
}
