//! The page address follows the reader's choices, and Back and Forward
//! restore them.
//!
//! Each change writes the permalink of the new state into the address.
//! A change made within a second of the previous one replaces the entry
//! (dragging the year range or typing a search is one step back, not
//! twenty); otherwise it adds one. Embedded, the address is only replaced,
//! so that the host page's Back button stays the host's.

use std::cell::Cell;
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use super::clock::now;
use super::effect::effect;
use super::settings::use_settings;
use super::state::Shared;
use crate::core::dataset::atlas::Atlas;
use crate::core::link::cite::citing_lines;
use crate::core::link::permalink::Permalink;
use crate::core::story::view::story_view;
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::Strings;

/// How long after a change the next one replaces it, in milliseconds. The
/// browser tests read this line (tests/e2e/atlas-page.js) to wait it out.
const MERGE_MS: f64 = 1000.0;

/// How long the address waits for the reader to stop changing things
/// (zooming, dragging the years): one write for a burst of changes, not one
/// a frame, which browsers throttle (and Chromium answers by fetching the
/// page's icon again each time).
const SETTLE: Duration = Duration::from_millis(150);

/// The address's query, without the `?`.
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
        .trim_start_matches('?')
        .to_string()
}

/// The address of this page with `query`.
pub fn address_with(query: &str) -> Option<String> {
    let location = web_sys::window()?.location();
    let path = location.pathname().ok()?;
    let origin = location.origin().ok()?;
    Some(if query.is_empty() {
        format!("{origin}{path}")
    } else {
        format!("{origin}{path}?{query}")
    })
}

/// How to cite the view on screen (see [`citing_lines`]): its address as
/// the full atlas shows it, without `embed`.
pub fn citing_here(atlas: &Atlas, lang: Lang, s: &Strings) -> Vec<String> {
    let mut link = Permalink::decode(&current_query());
    link.embed = false;
    let address = address_with(&link.encode()).unwrap_or_default();
    citing_lines(atlas, &address, lang, s)
}

/// Writes `link` into the address: as a new entry if `push` and the last
/// write (`last_write`, then updated) was over [`MERGE_MS`] ago, or the
/// link moved to another step of a story (`moved`: every step is an
/// entry of its own); else in place of the current one. Without
/// `last_write`, in place, and not counted as a write.
fn write(link: &Permalink, push: bool, last_write: Option<StoredValue<f64>>, moved: bool) {
    let query = link.encode();
    if query == current_query() {
        return;
    }
    let (Some(window), Some(address)) = (web_sys::window(), address_with(&query)) else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let t = now();
    // (`try_`: the page may have been rebuilt since.)
    let since = t - last_write
        .and_then(|w| w.try_get_value())
        .unwrap_or_default();
    let _ = if push && (since > MERGE_MS || moved) {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address))
    };
    if let Some(last_write) = last_write {
        let _ = last_write.try_set_value(t);
    }
}

/// Keeps the address in step with `shared` and the page's settings (the
/// link's embedding and dataset kept), and applies the address when the
/// reader goes Back or Forward. With `push` false the address is only
/// ever replaced. With `keep` the address is not made canonical as the
/// page opens (its first write is not made): the link named a dataset
/// that could not be read, and the view it names in it (a milestone, its
/// groups) would be lost in fitting it to the default dataset.
pub fn use_history(atlas: Arc<Atlas>, shared: Shared, link: &Permalink, push: bool, keep: bool) {
    let settings = use_settings();
    let (embed, data) = (link.embed, link.data.clone());
    // Writes soon after the page opens (a link made canonical, a window
    // closing in on a milestone) replace the entry the reader opened.
    // The time of the last write outlives a page rebuilt in another
    // language, so that switching the language is a step Back undoes.
    let last_write = settings.map_or_else(|| StoredValue::new(now()), |s| s.last_write);
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let a = atlas.clone();
    let link_now = move || {
        let mut link = shared.permalink(&a, data.clone(), settings);
        link.embed = embed;
        link
    };
    let (link_then, link_popped) = (link_now.clone(), link_now.clone());
    let keep = Cell::new(keep);
    // The step of a story last written, and whether the write waiting
    // moves from it.
    let story_at = StoredValue::new(link.story.clone());
    let moved = StoredValue::new(false);
    effect(move || {
        let link = link_now();
        if keep.replace(false) {
            return;
        }
        if story_at.with_value(|at| *at != link.story) {
            story_at.set_value(link.story.clone());
            moved.set_value(true);
        }
        // Encoded and written once the changes settle, after the frames
        // showing them.
        if let Some(handle) = pending.try_get_value().flatten() {
            handle.clear();
        }
        // A step is written in the task after its frame, not once the
        // changes settle: each step is an entry, however quick the next.
        let delay = if moved.get_value() {
            Duration::ZERO
        } else {
            SETTLE
        };
        let handle = set_timeout_with_handle(
            move || {
                let _ = pending.try_set_value(None);
                let fresh = moved.try_update_value(std::mem::take);
                write(&link, push, Some(last_write), fresh.unwrap_or(false));
            },
            delay,
        );
        let _ = pending.try_set_value(handle.ok());
    });
    // A page rebuilt in another language writes what is waiting at once,
    // in that language: the new page is made from the address, and the old
    // one's timeout would write over the new one's.
    on_cleanup(move || {
        if let Some(handle) = pending.try_get_value().flatten() {
            handle.clear();
            let fresh = moved.try_update_value(std::mem::take).unwrap_or(false);
            write(&link_then(), push, Some(last_write), fresh);
        }
    });
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_pop = Closure::<dyn Fn()>::new(move || {
        let link = story_view(&Permalink::decode(&current_query()), &atlas);
        story_at.set_value(link.story.clone());
        shared.apply(&link, &atlas);
        if let Some(settings) = settings {
            if settings.theme.get_untracked() != link.theme {
                settings.theme.set(link.theme);
            }
            // A new language rebuilds the page from the address.
            if settings.lang.get_untracked() != link.lang {
                settings.lang.set(link.lang);
            }
        }
        // The entry gone back to is made canonical in place: a new entry
        // would take the place of those ahead of it.
        write(&link_popped(), false, None, false);
    });
    if window
        .add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref())
        .is_ok()
    {
        let held = SendWrapper::new((window, on_pop));
        on_cleanup(move || {
            let (window, on_pop) = &*held;
            let _ = window
                .remove_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
        });
    }
}
