//! The introduction and the caveats every reader must see.

use leptos::prelude::*;

use super::locale::use_strings;
use crate::core::html::Html;

/// What the atlas is, and what to know about its data.
#[component]
pub fn Intro() -> impl IntoView {
    let s = use_strings();
    let mut h = Html::new();
    h.open("div", &[("class", "intro-text")]);
    for p in s.intro {
        h.element("p", &[], p);
    }
    h.close("div");
    h.open("aside", &[("class", "caveats"), ("data-testid", "caveats")]);
    h.element("h2", &[], s.about_data).open("ul", &[]);
    for c in s.caveats {
        h.element("li", &[], c);
    }
    h.close("ul").close("aside");
    view! { <section class="intro" aria-label=s.about_data inner_html=h.finish()></section> }
}
