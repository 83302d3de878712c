//! Whether a media query matches: the reader's system preferring a dark
//! colour scheme, a pointer as coarse as a finger.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// `true` while the media query `query` matches; follows changes. The
/// listener is removed when the owner is cleaned up.
pub fn use_media(query: &str) -> ReadSignal<bool> {
    let query = web_sys::window()
        .and_then(|w| w.match_media(query).ok())
        .flatten();
    let (dark, set_dark) = signal(query.as_ref().is_some_and(|q| q.matches()));
    if let Some(query) = query {
        let callback = Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(
            move |event: web_sys::MediaQueryListEvent| set_dark.set(event.matches()),
        );
        if query
            .add_event_listener_with_callback("change", callback.as_ref().unchecked_ref())
            .is_ok()
        {
            let held = SendWrapper::new((query, callback));
            on_cleanup(move || {
                let (query, callback) = &*held;
                let _ = query.remove_event_listener_with_callback(
                    "change",
                    callback.as_ref().unchecked_ref(),
                );
            });
        }
    }
    dark
}
