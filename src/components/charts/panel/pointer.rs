//! The pointer on a chart's drawing: the read-out follows a mouse and
//! jumps to a tap; a mouse leaving the drawing closes it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::delegate::Parts;
use crate::core::page::chart::frame::ChartPart;
use crate::core::page::contract::Part;
use crate::draw::Drawing;

/// Whether `ev` happened on the drawing (its frame).
pub fn on_frame(ev: &web_sys::Event) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest(&ChartPart::Frame.selector()).ok().flatten())
        .is_some()
}

/// What a pointer event in the panel does: on the drawing, puts the
/// read-out on the value nearest to the pointer; a mouse moving off the
/// drawing, or leaving the panel, closes it.
pub fn on_readout_pointer(
    parts: Parts,
    drawing: Memo<Option<Result<Drawing, String>>>,
    cursor: RwSignal<Option<usize>>,
) -> impl Fn(leptos::ev::PointerEvent) + Copy {
    move |ev| {
        let mouse = ev.pointer_type() == "mouse";
        if ev.type_() == "pointerleave" {
            if mouse {
                cursor.set(None);
            }
            return;
        }
        if !on_frame(&ev) {
            if ev.type_() == "pointermove" && mouse && cursor.get_untracked().is_some() {
                cursor.set(None);
            }
            return;
        }
        let Some(frame) = parts.get(ChartPart::Frame) else {
            return;
        };
        let rect = frame.get_bounding_client_rect();
        let (x, y) = (
            f64::from(ev.client_x()) - rect.left(),
            f64::from(ev.client_y()) - rect.top(),
        );
        let found = drawing.with_untracked(|d| d.as_ref()?.as_ref().ok()?.frame.nearest(x, y));
        cursor.set(found);
    }
}
