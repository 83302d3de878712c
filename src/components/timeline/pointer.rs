//! Panning and zooming the timeline by pointer: drag or swipe pans, two
//! fingers pinch-zoom, Ctrl + wheel (or the wheel once the timeline has
//! focus) zooms, a sideways wheel pans. One listener handles every kind of
//! event, and is removed when the timeline is.

use crate::components::effect::effect;
use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::components::delegate::report_missing;
use crate::core::page::contract::Part;
use crate::core::page::timeline::TimelinePart;
use crate::core::timeline::Window;

/// What the fingers or the mouse are doing.
#[derive(Default)]
struct Gesture {
    /// Pointers down: id and position.
    pointers: Vec<(i32, f64)>,
    /// A drag: where it started, the window then, whether it has moved.
    drag: Option<(f64, Window, bool)>,
    /// A pinch: the fingers' distance, the window, and the zoom centre.
    pinch: Option<(f64, Window, f64)>,
}

const EVENTS: [&str; 5] = [
    "pointerdown",
    "pointermove",
    "pointerup",
    "pointercancel",
    "wheel",
];

/// The timeline's section around `frame`, reported if there is none.
fn section(frame: &web_sys::Element) -> Option<web_sys::Element> {
    let selector = TimelinePart::Section.selector();
    let found = frame.closest(&selector).ok().flatten();
    if found.is_none() {
        report_missing(&selector);
    }
    found
}

/// Listens to pointer and wheel events on `track`, moving `window` within
/// `bounds`. Returns a flag set after a drag, so that the click ending it
/// does not also select a milestone.
pub fn use_pointer(
    track: NodeRef<Div>,
    window: RwSignal<Window>,
    bounds: Window,
    width: ReadSignal<f64>,
) -> StoredValue<bool> {
    let suppress_click = StoredValue::new(false);
    effect(move || {
        let Some(element) = track.get() else { return };
        let target: web_sys::HtmlElement = element.clone().into();
        let mut gesture = Gesture::default();
        let handler = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
            let w = width.get_untracked().max(1.0);
            let local =
                |client_x: i32| f64::from(client_x) - target.get_bounding_client_rect().left();
            if let Some(wheel) = ev.dyn_ref::<web_sys::WheelEvent>() {
                let (dx, dy) = (wheel.delta_x(), wheel.delta_y());
                // Focus in the timeline (found from the track, as the page's
                // document cannot see into an embed's shadow tree).
                let focused = section(&target)
                    .is_some_and(|section| section.matches(":focus-within").unwrap_or(false));
                if wheel.ctrl_key() || wheel.meta_key() || (focused && dy.abs() > dx.abs()) {
                    ev.prevent_default();
                    let anchor = local(wheel.client_x()) / w;
                    window.update(|win| *win = win.zoom((-dy * 0.002).exp(), anchor, bounds));
                } else if wheel.shift_key() || dx.abs() > dy.abs() {
                    ev.prevent_default();
                    let delta = if dx.abs() > dy.abs() { dx } else { dy };
                    window.update(|win| *win = win.pan(delta / w, bounds));
                }
                return;
            }
            let Some(p) = ev.dyn_ref::<web_sys::PointerEvent>() else {
                return;
            };
            let x = local(p.client_x());
            let id = p.pointer_id();
            match ev.type_().as_str() {
                "pointerdown" => {
                    // A new gesture: its own click is not a drag's end.
                    suppress_click.set_value(false);
                    gesture.pointers.retain(|(i, _)| *i != id);
                    gesture.pointers.push((id, x));
                    let now = window.get_untracked();
                    if let [(_, a), (_, b)] = gesture.pointers[..] {
                        gesture.pinch = Some(((a - b).abs().max(1.0), now, (a + b) / 2.0 / w));
                        gesture.drag = None;
                    } else if gesture.pointers.len() == 1 {
                        gesture.drag = Some((x, now, false));
                    }
                }
                "pointermove" => {
                    if let Some(entry) = gesture.pointers.iter_mut().find(|(i, _)| *i == id) {
                        entry.1 = x;
                    }
                    if let (Some((distance, start, anchor)), [(_, a), (_, b)]) =
                        (gesture.pinch, &gesture.pointers[..])
                    {
                        window.set(start.zoom((a - b).abs().max(1.0) / distance, anchor, bounds));
                        suppress_click.set_value(true);
                    } else if let Some((x0, start, moved)) = gesture.drag
                        && (moved || (x - x0).abs() > 4.0)
                    {
                        if !moved {
                            gesture.drag = Some((x0, start, true));
                            let _ = target.set_pointer_capture(id);
                        }
                        window.set(start.pan(-(x - x0) / w, bounds));
                    }
                }
                _ => {
                    gesture.pointers.retain(|(i, _)| *i != id);
                    if gesture.drag.is_some_and(|d| d.2) {
                        suppress_click.set_value(true);
                    }
                    gesture.drag = None;
                    if gesture.pointers.len() < 2 {
                        gesture.pinch = None;
                    }
                }
            }
        });
        for name in EVENTS {
            let _ =
                element.add_event_listener_with_callback(name, handler.as_ref().unchecked_ref());
        }
        let held = SendWrapper::new((element, handler));
        on_cleanup(move || {
            let (element, handler) = &*held;
            for name in EVENTS {
                let _ = element
                    .remove_event_listener_with_callback(name, handler.as_ref().unchecked_ref());
            }
        });
    });
    suppress_click
}
