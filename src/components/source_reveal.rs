//! Following a link to a source's entry: the collapsed list of sources
//! opens, and the entry is scrolled to and focused (its highlight is the
//! `:target` style).

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use super::hooks::use_window_events::use_window_events;
use crate::core::page::source_links::is_source_anchor;

/// Brings the entry `hash` (`#source-…`) names into view: opens the list
/// it is in, scrolls to it and focuses it. Does nothing for any other
/// address fragment.
pub fn reveal_source(hash: &str) {
    let Some(entry) = hash
        .strip_prefix('#')
        .filter(|id| is_source_anchor(id))
        .and_then(|id| web_sys::window()?.document()?.get_element_by_id(id))
    else {
        return;
    };
    if let Ok(Some(details)) = entry.closest("details") {
        let _ = details.set_attribute("open", "");
    }
    let _ = entry.set_attribute("tabindex", "-1");
    if let Ok(entry) = entry.dyn_into::<web_sys::HtmlElement>() {
        let _ = entry.focus();
        entry.scroll_into_view();
    }
}

/// Reveals the entry a followed link names (see [`reveal_source`]): on a
/// click of a link to it (which opens the list before the browser scrolls
/// to the entry, even when the address already names it), when the
/// address's fragment changes (Back, Forward, a typed address), and once
/// the page is on screen, for the address it opened with (a link to an
/// entry opens the page before the entry exists). The listeners are
/// removed when the owner is cleaned up.
pub fn use_source_reveal() {
    let callback = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let hash = if ev.type_() == "click" {
            ev.target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest("a[href^='#']").ok().flatten())
                .and_then(|a| a.get_attribute("href"))
        } else {
            web_sys::window().and_then(|w| w.location().hash().ok())
        };
        if let Some(hash) = hash {
            reveal_source(&hash);
        }
    });
    // As if the fragment had changed, once the page is mounted.
    if let (Some(window), Ok(changed)) = (web_sys::window(), web_sys::Event::new("hashchange")) {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_1(
            callback.as_ref().unchecked_ref(),
            0,
            &changed,
        );
    }
    use_window_events(&["click", "hashchange"], callback);
}
