//! What is shown when a dataset cannot be read.

use leptos::prelude::*;

use super::locale::use_strings;
use crate::core::validate::Problem;

/// The problems found in a dataset, each naming the item and field.
#[component]
pub fn DatasetProblems(problems: Vec<Problem>) -> impl IntoView {
    let s = use_strings();
    let items = problems
        .iter()
        .map(|p| view! { <li>{p.to_string()}</li> })
        .collect_view();
    view! {
        <main id="content" class="wrap dataset-problems" role="alert">
            <h1>{move || s.get().dataset_failed}</h1>
            <p>{move || s.get().dataset_failed_help}</p>
            <ul>{items}</ul>
        </main>
    }
}
