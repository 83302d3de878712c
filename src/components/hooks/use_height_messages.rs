//! Telling the page that frames this one how tall its content is, so that
//! the frame can fit it: `{ type: "cluster-atlas:height", height }`, posted
//! to the parent window whenever the height changes.

use std::cell::Cell;

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

// The DOM's MutationObserver, with the two methods used here (web-sys has
// it behind a feature that would rebuild every crate using web-sys).
#[wasm_bindgen]
extern "C" {
    type MutationObserver;

    #[wasm_bindgen(constructor, catch)]
    fn new(callback: &js_sys::Function) -> Result<MutationObserver, JsValue>;

    #[wasm_bindgen(method)]
    fn observe(this: &MutationObserver, target: &web_sys::Node, options: &js_sys::Object);

    #[wasm_bindgen(method)]
    fn disconnect(this: &MutationObserver);
}

/// What a change to the content is: any change of its elements, their
/// attributes or their text.
const CHANGES: [&str; 4] = ["childList", "subtree", "attributes", "characterData"];

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

/// Posts the page's content height to the parent window on every change:
/// of its size (a narrower frame) and of its content. The content is
/// watched as well because a browser holds back the size observations of
/// a frame from another origin while it is off-screen, and the host page
/// would then keep a wrong height until the reader scrolls to the frame.
/// The observers are disconnected when the owner is cleaned up.
pub fn use_height_messages() {
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    else {
        return;
    };
    let last = Cell::new(-1.0);
    let measured = body.clone();
    let measure = Closure::<dyn Fn()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        if height != last.get() {
            last.set(height);
            post_height(height);
        }
    });
    let callback = measure.as_ref().unchecked_ref();
    let (Ok(resized), Ok(changed)) = (
        web_sys::ResizeObserver::new(callback),
        MutationObserver::new(callback),
    ) else {
        return;
    };
    resized.observe(&body);
    let options = js_sys::Object::new();
    for change in CHANGES {
        let _ = js_sys::Reflect::set(&options, &change.into(), &JsValue::TRUE);
    }
    changed.observe(&body, &options);
    let held = SendWrapper::new((resized, changed, measure));
    on_cleanup(move || {
        held.0.disconnect();
        held.1.disconnect();
    });
}
