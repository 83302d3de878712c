//! Panning and zooming the timeline by pointer: drag or swipe pans, two
//! fingers pinch-zoom, Ctrl + wheel (or the wheel once the timeline has
//! focus) zooms, a sideways wheel pans. One listener handles every kind of
//! event, and is removed when the timeline is.

use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Element, HtmlElement, PointerEvent, WheelEvent};

use crate::components::delegate::report_missing;
use crate::components::effect::effect;
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
fn section(frame: &Element) -> Option<Element> {
    let selector = TimelinePart::Section.selector();
    let found = frame.closest(&selector).ok().flatten();
    if found.is_none() {
        report_missing(&selector);
    }
    found
}

/// The lanes' frame and what its pointers move.
struct Pointer {
    /// The lanes' frame.
    frame: HtmlElement,
    /// The window in view.
    window: RwSignal<Window>,
    /// The whole span.
    bounds: Window,
    /// The lanes' width.
    width: ReadSignal<f64>,
    /// Set after a drag or a pinch.
    suppress_click: StoredValue<bool>,
    gesture: Gesture,
}

impl Pointer {
    /// The lanes' width, at least 1 px.
    fn width(&self) -> f64 {
        self.width.get_untracked().max(1.0)
    }

    /// The position of `client_x` in the frame.
    fn local(&self, client_x: i32) -> f64 {
        f64::from(client_x) - self.frame.get_bounding_client_rect().left()
    }

    /// Handles a wheel or pointer event.
    fn handle(&mut self, ev: &web_sys::Event) {
        if let Some(wheel) = ev.dyn_ref::<WheelEvent>() {
            self.wheel(wheel);
        } else if let Some(p) = ev.dyn_ref::<PointerEvent>() {
            let (id, x) = (p.pointer_id(), self.local(p.client_x()));
            match ev.type_().as_str() {
                "pointerdown" => self.down(id, x),
                "pointermove" => self.moved(id, x),
                _ => self.up(id),
            }
        }
    }

    /// Ctrl + wheel, or the wheel with focus in the timeline, zooms; a
    /// sideways or Shift + wheel pans.
    fn wheel(&self, wheel: &WheelEvent) {
        let (bounds, w) = (self.bounds, self.width());
        let (dx, dy) = (wheel.delta_x(), wheel.delta_y());
        // Focus in the timeline (found from the frame, as the page's
        // document cannot see into an embed's shadow tree).
        let focused = section(&self.frame)
            .is_some_and(|section| section.matches(":focus-within").unwrap_or(false));
        if wheel.ctrl_key() || wheel.meta_key() || (focused && dy.abs() > dx.abs()) {
            wheel.prevent_default();
            let anchor = self.local(wheel.client_x()) / w;
            self.window
                .update(|win| *win = win.zoom((-dy * 0.002).exp(), anchor, bounds));
        } else if wheel.shift_key() || dx.abs() > dy.abs() {
            wheel.prevent_default();
            let delta = if dx.abs() > dy.abs() { dx } else { dy };
            self.window.update(|win| *win = win.pan(delta / w, bounds));
        }
    }

    /// A pointer down: one starts a drag, two a pinch.
    fn down(&mut self, id: i32, x: f64) {
        let w = self.width();
        // A new gesture: its own click is not a drag's end.
        self.suppress_click.set_value(false);
        let g = &mut self.gesture;
        g.pointers.retain(|(i, _)| *i != id);
        g.pointers.push((id, x));
        let now = self.window.get_untracked();
        if let [(_, a), (_, b)] = g.pointers[..] {
            g.pinch = Some(((a - b).abs().max(1.0), now, (a + b) / 2.0 / w));
            g.drag = None;
        } else if g.pointers.len() == 1 {
            g.drag = Some((x, now, false));
        }
    }

    /// A pointer moved: a pinch zooms, a drag past 4 px pans.
    fn moved(&mut self, id: i32, x: f64) {
        let (bounds, w) = (self.bounds, self.width());
        let g = &mut self.gesture;
        if let Some(entry) = g.pointers.iter_mut().find(|(i, _)| *i == id) {
            entry.1 = x;
        }
        if let (Some((distance, start, anchor)), [(_, a), (_, b)]) = (g.pinch, &g.pointers[..]) {
            self.window
                .set(start.zoom((a - b).abs().max(1.0) / distance, anchor, bounds));
            self.suppress_click.set_value(true);
        } else if let Some((x0, start, moved)) = g.drag
            && (moved || (x - x0).abs() > 4.0)
        {
            if !moved {
                g.drag = Some((x0, start, true));
                let _ = self.frame.set_pointer_capture(id);
            }
            self.window.set(start.pan(-(x - x0) / w, bounds));
        }
    }

    /// A pointer up or cancelled: a drag's end suppresses its click.
    fn up(&mut self, id: i32) {
        let g = &mut self.gesture;
        g.pointers.retain(|(i, _)| *i != id);
        if g.drag.is_some_and(|d| d.2) {
            self.suppress_click.set_value(true);
        }
        g.drag = None;
        if g.pointers.len() < 2 {
            g.pinch = None;
        }
    }
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
        let mut pointer = Pointer {
            frame: element.clone().into(),
            window,
            bounds,
            width,
            suppress_click,
            gesture: Gesture::default(),
        };
        let handler = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
            pointer.handle(&ev);
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
