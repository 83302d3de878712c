//! Following a link to a source's entry: the collapsed list of sources
//! opens, and the entry is scrolled to and focused (its highlight is the
//! `:target` style).

use leptos::html::Section;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use super::delegate::{part_of, report_missing, target_attr};
use super::hooks::use_window_events::use_window_events;
use crate::core::page::contract::Part;
use crate::core::page::source_links::is_source_anchor;
use crate::core::page::sources::SourcesPart;

/// The entry of the sources section `root` whose anchor is `anchor`.
fn entry(root: &web_sys::Element, anchor: &str) -> Option<web_sys::Element> {
    let entries = root
        .query_selector_all(&SourcesPart::Entry.selector())
        .ok()?;
    (0..entries.length())
        .filter_map(|i| entries.item(i)?.dyn_into::<web_sys::Element>().ok())
        .find(|e| e.id() == anchor)
}

/// Brings the entry `hash` (`#source-…`) names into view in the sources
/// section `root`: opens the list, scrolls to the entry and focuses it.
/// Does nothing for any other address fragment; an entry not found is
/// reported.
pub fn reveal_source(root: &web_sys::Element, hash: &str) {
    let Some(anchor) = hash.strip_prefix('#').filter(|id| is_source_anchor(id)) else {
        return;
    };
    let Some(entry) = entry(root, anchor) else {
        report_missing(&format!("#{anchor}"));
        return;
    };
    if let Some(details) = part_of(root, SourcesPart::Details) {
        let _ = details.set_attribute("open", "");
    }
    let _ = entry.set_attribute("tabindex", "-1");
    if let Ok(entry) = entry.dyn_into::<web_sys::HtmlElement>() {
        let _ = entry.focus();
        entry.scroll_into_view();
    }
}

/// Reveals the entry a followed link names in the sources section `root`
/// (see [`reveal_source`]): on a click of a link to it (which opens the
/// list before the browser scrolls to the entry, even when the address
/// already names it), when the address's fragment changes (Back, Forward,
/// a typed address), and once the page is on screen, for the address it
/// opened with (a link to an entry opens the page before the entry
/// exists). The listeners are removed when the owner is cleaned up.
pub fn use_source_reveal(root: NodeRef<Section>) {
    let callback = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let hash = if ev.type_() == "click" {
            target_attr(&ev, "href")
        } else {
            web_sys::window().and_then(|w| w.location().hash().ok())
        };
        if let (Some(hash), Some(root)) = (hash, root.get_untracked()) {
            reveal_source(&root, &hash);
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
