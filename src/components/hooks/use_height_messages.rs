//! Telling the page that frames this one how tall its content is, so that
//! the frame can fit it: `{ type: "cluster-atlas:height", height }`, posted
//! to the parent window whenever the height changes.

use std::cell::Cell;

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The message's `type`.
const MESSAGE_TYPE: &str = "cluster-atlas:height";

fn post_height(height: f64) {
    let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &MESSAGE_TYPE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
    let _ = parent.post_message(&message, "*");
}

/// Posts the page's content height to the parent window now and on every
/// change; the observer is disconnected when the owner is cleaned up.
pub fn use_height_messages() {
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    else {
        return;
    };
    let last = Cell::new(-1.0);
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let Some(entry) = entries
            .get(0)
            .dyn_ref::<web_sys::ResizeObserverEntry>()
            .cloned()
        else {
            return;
        };
        let height = entry.target().get_bounding_client_rect().height().ceil();
        if height != last.get() {
            last.set(height);
            post_height(height);
        }
    });
    let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(&body);
    let held = SendWrapper::new((observer, callback));
    on_cleanup(move || held.0.disconnect());
}
