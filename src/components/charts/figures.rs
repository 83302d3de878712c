//! The headline figures: every figure stated for a cluster or the country,
//! as cards with year, unit, the passage relied on and source, each caveat
//! said once above them.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use crate::components::effect::effect;

use crate::components::headline::{caveats_html, headline_html};
use crate::components::locale::{use_lang, use_strings};
use crate::core::chart::options::Filters;
use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::headline::{caveats, stated};
use crate::core::page::html::Html;

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
        let clusters = atlas
            .clusters()
            .iter()
            .filter(|c| f.clusters.contains(&c.id))
            .map(|c| (Some(c.id.as_str()), c.name.get(lang)));
        // The figures shown, and how many of them each group has.
        let mut all = Vec::new();
        let mut groups = Vec::new();
        for (cluster, heading) in clusters.chain(std::iter::once((None, s.national_figures))) {
            let before = all.len();
            all.extend(
                atlas
                    .figures_of(cluster)
                    .filter(|fig| in_range(fig.year))
                    .map(stated),
            );
            groups.push((heading, all.len() - before));
        }
        // Each caveat is said once, above every group.
        let caveats = caveats(&all);
        let mut shown = all.iter().zip(&caveats.marks);
        let mut h = Html::new();
        h.element("p", &[], s.figures_intro);
        caveats_html(&mut h, &caveats, lang);
        for (heading, count) in groups {
            h.open("section", &[("class", "figure-group")])
                .element("h4", &[], heading);
            h.open("dl", &[("class", "headlines figure-cards")]);
            for (headline, mark) in shown.by_ref().take(count) {
                headline_html(&mut h, &atlas, headline, *mark, lang, s);
            }
            h.close("dl").close("section");
        }
        root.set_inner_html(&h.finish());
    });
    view! { <div class="chart-panel" data-testid="headline-figures" node_ref=root></div> }
}
