//! Whether the reader's system prefers a dark colour scheme.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// `true` while `prefers-color-scheme: dark` matches; follows changes. The
/// listener is removed when the owner is cleaned up.
pub fn use_prefers_dark() -> ReadSignal<bool> {
    let query = web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok())
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
