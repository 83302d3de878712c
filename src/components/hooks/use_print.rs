//! Whether the page is being printed.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// `true` from the window's `beforeprint` event to its `afterprint`, so
/// that the page can lay itself out for paper (the light theme, the
/// milestone list) before it is printed. The listeners are removed when the
/// owner is cleaned up.
pub fn use_print() -> ReadSignal<bool> {
    let (printing, set_printing) = signal(false);
    let Some(window) = web_sys::window() else {
        return printing;
    };
    let callback = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        set_printing.set(ev.type_() == "beforeprint");
    });
    for name in EVENTS {
        let _ = window.add_event_listener_with_callback(name, callback.as_ref().unchecked_ref());
    }
    let held = SendWrapper::new((window, callback));
    on_cleanup(move || {
        let (window, callback) = &*held;
        for name in EVENTS {
            let _ =
                window.remove_event_listener_with_callback(name, callback.as_ref().unchecked_ref());
        }
    });
    printing
}

/// The events that start and end printing.
const EVENTS: [&str; 2] = ["beforeprint", "afterprint"];
