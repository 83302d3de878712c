//! What is shown when a dataset cannot be read.

use leptos::html::Div;
use leptos::prelude::*;

use super::effect::effect;
use super::locale::use_strings;
use crate::core::html::Html;
use crate::core::validate::Problem;

/// The problems found in a dataset, each naming the item and field;
/// nothing while there is none.
#[component]
pub fn DatasetProblems(
    /// What is wrong.
    problems: RwSignal<Vec<Problem>>,
) -> impl IntoView {
    let s = use_strings();
    let root = NodeRef::<Div>::new();
    effect(move || {
        let problems = problems.read();
        let Some(root) = root.get() else {
            return;
        };
        let mut h = Html::new();
        if !problems.is_empty() {
            h.element("h1", &[], s.dataset_failed);
            h.element("p", &[], s.dataset_failed_help);
            h.open("ul", &[]);
            for p in problems.iter() {
                h.element("li", &[], &p.to_string());
            }
            h.close("ul");
        }
        root.set_inner_html(&h.finish());
        let _ = root.toggle_attribute_with_force("hidden", problems.is_empty());
    });
    view! { <div class="wrap dataset-problems" role="alert" node_ref=root hidden></div> }
}
