//! The width of an element, kept up to date with a `ResizeObserver`.

use crate::components::effect::effect;
use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// The content width of the element behind `target`, in CSS pixels; 0
/// until it is mounted and measured. The first reading is of its border
/// box, the observer's of its content box: the element has no border or
/// padding, or the two differ. The observer is disconnected when the
/// owner is cleaned up.
pub fn use_width(target: NodeRef<Div>) -> ReadSignal<f64> {
    let (width, set_width) = signal(0.0);
    effect(move || {
        let Some(element) = target.get() else {
            return;
        };
        // Measured once the effects queued before this task have run:
        // elements mounted together are measured in one layout of the
        // page, before any of them draws to its width.
        let measured = element.clone();
        leptos::task::spawn_local(async move {
            set_width.set(measured.get_bounding_client_rect().width());
        });
        let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(entry) = entries.get(0).dyn_ref::<web_sys::ResizeObserverEntry>() {
                set_width.set(entry.content_rect().width());
            }
        });
        let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
            return;
        };
        observer.observe(&element);
        let held = SendWrapper::new((observer, callback));
        on_cleanup(move || held.0.disconnect());
    });
    width
}
