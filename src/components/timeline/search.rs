//! The search box: what the reader types is the search, and the box shows
//! the search set otherwise (by a link, or Back).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::Timeline;
use crate::components::delegate::target_attr;
use crate::components::effect::effect;
use crate::core::page::contract::Name;
use crate::core::page::timeline::TimelinePart;

/// Keeps the search box showing the search.
pub fn use_search(t: Timeline) {
    effect(move || {
        let q = t.shared.search.get();
        if let Some(input) = t
            .dom
            .get(TimelinePart::Search)
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            && input.value() != q
        {
            input.set_value(&q);
        }
    });
}

/// What typing in the section does: in the search box, sets the search.
pub fn on_input(t: Timeline) -> impl Fn(leptos::ev::Event) + Copy {
    move |ev| {
        if target_attr(&ev, "id").as_deref() == Some(TimelinePart::Search.slug()) {
            t.shared.search.set(event_target_value(&ev));
        }
    }
}
