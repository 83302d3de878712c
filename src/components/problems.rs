//! What is shown when a dataset cannot be read, or was read with warnings.

use leptos::html::Div;
use leptos::prelude::*;

use super::locale::use_strings;
use crate::core::dataset::import::{Report, shown};
use crate::core::dataset::problem::Problem;
use crate::core::page::html::Html;
use crate::core::text::strings::with_count;

/// The problems found in a dataset, each naming the item and field (the
/// first [`crate::core::dataset::import::SHOWN`], and how many more); else its
/// warnings; nothing while there is neither.
///
/// A live region (an alert for problems, a status for warnings), in the
/// page empty when the page is first shown and filled two animation
/// frames later: a region that arrives with its text is read as part of
/// the page, not announced.
#[component]
pub fn DatasetProblems(
    /// What is wrong, or worth a check.
    report: Report,
) -> impl IntoView {
    let s = use_strings();
    let root = NodeRef::<Div>::new();
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
    let html = h.finish();
    if !html.is_empty() {
        request_animation_frame(move || {
            request_animation_frame(move || {
                if let Some(root) = root.get_untracked() {
                    root.set_inner_html(&html);
                }
            })
        });
    }
    let role = if failed { "alert" } else { "status" };
    view! { <div class="wrap dataset-problems" role=role data-testid="dataset-problems" node_ref=root></div> }
}
