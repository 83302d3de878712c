//! The introduction and the caveats every reader must see.

use leptos::prelude::*;

use super::locale::use_strings;

/// What the atlas is, and what to know about its data.
#[component]
pub fn Intro() -> impl IntoView {
    let s = use_strings();
    view! {
        <section class="intro" aria-label=move || s.get().about_data>
            <div class="intro-text">
                {move || s.get().intro.map(|p| view! { <p>{p}</p> }).collect_view()}
            </div>
            <aside class="caveats" data-testid="caveats">
                <h2>{move || s.get().about_data}</h2>
                <ul>{move || s.get().caveats.map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
            </aside>
        </section>
    }
}
