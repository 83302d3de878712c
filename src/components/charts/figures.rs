//! The headline figures tab, written by `core::page::chart::figures` again
//! whenever the clusters or years shown change.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use crate::components::effect::effect;
use crate::components::locale::{use_lang, use_strings};
use crate::core::chart::options::Filters;
use crate::core::dataset::atlas::Atlas;
use crate::core::page::chart::figures::figures_html;

/// The stated figures of the clusters shown (and of the whole country),
/// within the year range.
#[component]
pub fn HeadlineFigures(
    /// The dataset.
    atlas: Arc<Atlas>,
    /// The clusters and years shown.
    filters: RwSignal<Filters>,
) -> impl IntoView {
    let lang = use_lang();
    let s = use_strings();
    let root = NodeRef::<Div>::new();
    effect(move || {
        if let Some(root) = root.get() {
            root.set_inner_html(&figures_html(&atlas, &filters.read(), lang, s));
        }
    });
    view! { <div class="chart-panel" data-testid="headline-figures" node_ref=root></div> }
}
