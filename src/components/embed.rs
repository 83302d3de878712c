//! Embedding. In a frame (`?embed=1&view=…`) the page shows one view with
//! a link to the full atlas, and tells the host page its height whenever it
//! changes. By script (`<div data-cluster-atlas="timeline">` and
//! `embed.js`), the app mounts into each such element of the host page, in
//! a shadow tree of its own so that the host's styles and the atlas's never
//! mix, and leaves the host's address alone.

use crate::components::listener::listener;
use std::sync::Arc;

use leptos::either::EitherOf3;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::charts::TabContent;
use super::delegate::{report_missing, target_attr};
use super::history::current_query;
use super::locale::use_strings;
use super::map::MapSection;
use super::settings::use_settings;
use super::state::Shared;
use super::timeline::TimelineSection;
use crate::core::chart::options::charted;
use crate::core::dataset::atlas::Atlas;
use crate::core::link::permalink::{Focus, Permalink};
use crate::core::map::grid::TileGrid;
use crate::core::page::contract::{Data, Name};
use crate::core::page::embed::shadow_html;
use crate::core::page::source_links::is_source_anchor;

/// Where the app runs.
#[derive(Clone)]
pub enum Host {
    /// The page is the atlas (or, with `embed=1`, a frame of it): its
    /// address holds the reader's state.
    Page,
    /// An element of another page, filled by script.
    Script {
        /// The container the app renders into, in the element's shadow tree.
        root: web_sys::Element,
        /// The view and state the element names (its `data-query`).
        query: String,
        /// The address of the full atlas (the loader's directory).
        full: String,
    },
}

impl Host {
    /// The element that carries the language and theme.
    pub fn root(&self) -> Option<web_sys::Element> {
        match self {
            Host::Page => web_sys::window()?.document()?.document_element(),
            Host::Script { root, .. } => Some(root.clone()),
        }
    }

    /// The state to show: the address's, or the element's.
    pub fn link(&self) -> Permalink {
        match self {
            Host::Page => Permalink::decode(&current_query()),
            Host::Script { query, .. } => {
                let mut link = Permalink::decode(query);
                link.embed = true;
                link
            }
        }
    }
}

/// The view a link names (a chart, the figures, the timeline or the map), with a
/// link to it in the full atlas at `full` (an address without a query).
#[component]
pub fn EmbedView(
    /// The dataset.
    atlas: Arc<Atlas>,
    /// The reader's state.
    shared: Shared,
    /// The link the view was opened with.
    link: Permalink,
    /// The full atlas's address.
    full: String,
) -> impl IntoView {
    let s = use_strings();
    let settings = use_settings();
    let data = link.data.clone();
    let entries = full.clone();
    let a = atlas.clone();
    let href = move || {
        let query = shared.permalink(&a, data.clone(), settings).encode();
        if query.is_empty() {
            full.clone()
        } else {
            format!("{full}?{query}")
        }
    };
    let content = match link.focus_in(charted(&atlas)) {
        Focus::Map if !TileGrid::of(&atlas).is_empty() => {
            EitherOf3::C(view! { <MapSection atlas=atlas.clone() shared scroll_to=false/> })
        }
        Focus::Timeline => {
            EitherOf3::B(view! { <TimelineSection atlas=atlas.clone() shared scroll_to=false/> })
        }
        _ => EitherOf3::A(view! {
            <section class="charts" aria-label=s.charts_heading>
                <TabContent atlas=atlas.clone() shared tab=link.tab_in(&atlas) embedded=true/>
            </section>
        }),
    };
    // Sources are listed in the full atlas: a source link opens its entry
    // there, in a new tab.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(anchor) =
            target_attr(&ev, "href").filter(|h| h.strip_prefix('#').is_some_and(is_source_anchor))
        else {
            return;
        };
        ev.prevent_default();
        if let Some(window) = web_sys::window() {
            let _ = window.open_with_url_and_target(&format!("{entries}{anchor}"), "_blank");
        }
    };
    view! {
        <main class="embed" id="content" on:click=listener(on_click)>
            {content}
            <p class="embed-credit">
                <a href=href target="_blank" rel="noopener" data-testid="open-full">{s.open_full}" ↗"</a>
            </p>
        </main>
    }
}

/// A string property of the loader's `clusterAtlas` settings object.
pub(crate) fn loader_setting(name: &str) -> Option<String> {
    let window = web_sys::window()?;
    let settings = js_sys::Reflect::get(&window, &JsValue::from_str("clusterAtlas")).ok()?;
    js_sys::Reflect::get(&settings, &JsValue::from_str(name))
        .ok()?
        .as_string()
}

/// Every `[data-cluster-atlas]` element of the page not yet filled, each
/// given a shadow tree with the atlas's style sheet and a container: the
/// container to mount into, and the host it is. Empty if there is none
/// (the page is the atlas itself).
pub fn script_hosts() -> Vec<(web_sys::HtmlElement, Host)> {
    let mut hosts = Vec::new();
    let Some(targets) = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.query_selector_all(&Data::ClusterAtlas.selector(None))
            .ok()
    }) else {
        return hosts;
    };
    let full = loader_setting("base").unwrap_or_default();
    let style = loader_setting("style").unwrap_or_default();
    for i in 0..targets.length() {
        let Some(element) = targets
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if element.shadow_root().is_some() {
            continue;
        }
        let Ok(shadow) =
            element.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        else {
            continue;
        };
        shadow.set_inner_html(&shadow_html(&style));
        let Some(container) = shadow
            .last_element_child()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            report_missing("the embed's container");
            continue;
        };
        let view = element
            .get_attribute(Data::ClusterAtlas.slug())
            .unwrap_or_default();
        let state = element
            .get_attribute(Data::Query.slug())
            .unwrap_or_default();
        let query = format!("view={}&{state}", crate::core::link::query::encode(&view));
        let root = container.clone().into();
        hosts.push((
            container,
            Host::Script {
                root,
                query,
                full: full.clone(),
            },
        ));
    }
    hosts
}
