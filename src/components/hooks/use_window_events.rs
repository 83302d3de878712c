//! Listening to events of the window for as long as a component lives.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Calls `callback` on each of the window's `events`; the listeners are
/// removed, and the callback dropped, when the owner is cleaned up.
pub fn use_window_events(
    events: &'static [&'static str],
    callback: Closure<dyn Fn(web_sys::Event)>,
) {
    let Some(window) = web_sys::window() else {
        return;
    };
    for name in events {
        let _ = window.add_event_listener_with_callback(name, callback.as_ref().unchecked_ref());
    }
    let held = SendWrapper::new((window, callback));
    on_cleanup(move || {
        let (window, callback) = &*held;
        for name in events {
            let _ =
                window.remove_event_listener_with_callback(name, callback.as_ref().unchecked_ref());
        }
    });
}
