//! The width of an element, kept up to date with a `ResizeObserver`.

use crate::components::effect::effect;
use std::cell::Cell;

use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

thread_local! {
    /// The width a chart was last drawn at, which the chart of the next
    /// tab starts at (see [`use_width`]).
    static CHART_WIDTH: Cell<f64> = const { Cell::new(0.0) };
}

/// The content width of the element behind `target`, in CSS pixels; 0
/// until it is mounted and measured. The first reading is of its border
/// box, the observer's of its content box: the element has no border or
/// padding, or the two differ. The observer is disconnected when the
/// owner is cleaned up.
///
/// A `chart`, which takes the place of the chart of another tab, starts
/// at the width the last chart had: it is drawn without the page being
/// laid out first (a chart's tab or a story's step lays the page out
/// once, not twice); the observer corrects it where it differs.
pub fn use_width(target: NodeRef<Div>, chart: bool) -> ReadSignal<f64> {
    let seed = if chart { CHART_WIDTH.get() } else { 0.0 };
    let (width, set_width) = signal(seed);
    let set_width = move |w: f64| {
        if chart && w > 0.0 {
            CHART_WIDTH.set(w);
        }
        set_width.set(w);
    };
    effect(move || {
        let Some(element) = target.get() else {
            return;
        };
        // Measured once the effects queued before this task have run:
        // elements mounted together are measured in one layout of the
        // page, before any of them draws to its width.
        let measured = element.clone();
        if seed <= 0.0 {
            leptos::task::spawn_local(async move {
                set_width(measured.get_bounding_client_rect().width());
            });
        }
        let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(entry) = entries.get(0).dyn_ref::<web_sys::ResizeObserverEntry>() {
                set_width(entry.content_rect().width());
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
