//! What is shown when a dataset cannot be read, or was read with warnings.

use leptos::html::Div;
use leptos::prelude::*;

use super::effect::effect;
use super::locale::use_strings;
use crate::core::html::Html;
use crate::core::import::{Report, shown};
use crate::core::strings::with_count;
use crate::core::validate::Problem;

/// The problems found in a dataset, each naming the item and field (the
/// first [`crate::core::import::SHOWN`], and how many more); else its
/// warnings; nothing while there is neither.
#[component]
pub fn DatasetProblems(
    /// What is wrong, or worth a check.
    report: RwSignal<Report>,
) -> impl IntoView {
    let s = use_strings();
    let root = NodeRef::<Div>::new();
    effect(move || {
        let report = report.read();
        let Some(root) = root.get() else {
            return;
        };
        let failed = !report.problems.is_empty();
        let mut h = Html::new();
        let list = |h: &mut Html, all: &[Problem]| {
            let (first, more) = shown(all);
            h.open("ul", &[]);
            for p in first {
                h.element("li", &[], &p.to_string());
            }
            if more > 0 {
                h.element("li", &[], &with_count(s.and_more, more));
            }
            h.close("ul");
        };
        if failed {
            h.element("h1", &[], s.dataset_failed);
            h.element("p", &[], s.dataset_failed_help);
            list(&mut h, &report.problems);
        } else if !report.warnings.is_empty() {
            h.element("h1", &[], s.dataset_warnings);
            list(&mut h, &report.warnings);
        }
        // The role first, so that the content is announced as what it is.
        let _ = root.set_attribute("role", if failed { "alert" } else { "status" });
        root.set_inner_html(&h.finish());
        let _ = root.toggle_attribute_with_force(
            "hidden",
            report.problems.is_empty() && report.warnings.is_empty(),
        );
    });
    view! { <div class="wrap dataset-problems" role="alert" data-testid="dataset-problems" node_ref=root hidden></div> }
}
