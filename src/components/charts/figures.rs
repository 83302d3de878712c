//! The headline figures: every figure stated for a cluster or the country,
//! as cards with year, unit and source.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use crate::components::effect::effect;

use crate::components::headline::headline_html;
use crate::components::locale::{use_lang, use_strings};
use crate::core::atlas::Atlas;
use crate::core::chart::Filters;
use crate::core::headline::stated;
use crate::core::html::Html;

/// The stated figures of the clusters shown (and of the whole country),
/// within the year range; figures without a year are always shown.
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
        let Some(root) = root.get() else {
            return;
        };
        let f = filters.read();
        let in_range =
            |year: Option<i32>| year.is_none_or(|y| (f.years.0..=f.years.1).contains(&y));
        let mut h = Html::new();
        h.element("p", &[], s.figures_intro);
        let clusters = atlas
            .clusters()
            .iter()
            .filter(|c| f.clusters.contains(&c.id))
            .map(|c| (Some(c.id.as_str()), c.name.get(lang)));
        for (cluster, heading) in clusters.chain(std::iter::once((None, s.national_figures))) {
            h.open("section", &[("class", "figure-group")])
                .element("h4", &[], heading);
            h.open("dl", &[("class", "headlines figure-cards")]);
            for figure in atlas.figures_of(cluster).filter(|fig| in_range(fig.year)) {
                headline_html(&mut h, &atlas, &stated(figure), lang, s);
            }
            h.close("dl").close("section");
        }
        root.set_inner_html(&h.finish());
    });
    view! { <div class="chart-panel" data-testid="headline-figures" node_ref=root></div> }
}
