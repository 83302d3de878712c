//! What is shown when a dataset cannot be read.

use leptos::prelude::*;

use super::locale::use_strings;
use crate::core::html::Html;
use crate::core::validate::Problem;

/// The problems found in a dataset, each naming the item and field.
#[component]
pub fn DatasetProblems(
    /// What is wrong.
    problems: Vec<Problem>,
) -> impl IntoView {
    let s = use_strings();
    let mut h = Html::new();
    h.element("h1", &[], s.dataset_failed);
    h.element("p", &[], s.dataset_failed_help);
    h.open("ul", &[]);
    for p in &problems {
        h.element("li", &[], &p.to_string());
    }
    h.close("ul");
    view! { <div class="wrap dataset-problems" role="alert" inner_html=h.finish()></div> }
}
