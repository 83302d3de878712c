//! Whether the page is being printed.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;

use super::use_window_events::use_window_events;

/// `true` from the window's `beforeprint` event to its `afterprint`, so
/// that the page can lay itself out for paper (the light theme, the
/// milestone list) before it is printed. The listeners are removed when the
/// owner is cleaned up.
pub fn use_print() -> ReadSignal<bool> {
    let (printing, set_printing) = signal(false);
    let callback = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        set_printing.set(ev.type_() == "beforeprint");
    });
    use_window_events(&["beforeprint", "afterprint"], callback);
    printing
}
