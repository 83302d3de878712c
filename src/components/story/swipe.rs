//! Swipes on the step panel move between steps (see
//! [`crate::core::story::keys::swipe`]); on the views they keep their
//! meaning there.

use std::cell::Cell;
use std::rc::Rc;

use leptos::ev::PointerEvent;

use super::StoryControl;
use crate::core::story::keys::swipe;

/// The panel's `pointerdown` and `pointerup` listeners: a touch or pen
/// that moves far enough, mostly sideways, between the two moves a step.
pub fn swipe_handlers(
    control: StoryControl,
) -> (impl FnMut(PointerEvent), impl FnMut(PointerEvent)) {
    let start = Rc::new(Cell::new(None::<(f64, f64)>));
    let down = {
        let start = start.clone();
        move |ev: PointerEvent| {
            let by_hand = ev.pointer_type() != "mouse";
            start.set(by_hand.then(|| (f64::from(ev.client_x()), f64::from(ev.client_y()))));
        }
    };
    let up = move |ev: PointerEvent| {
        let Some((x, y)) = start.take() else { return };
        let (dx, dy) = (f64::from(ev.client_x()) - x, f64::from(ev.client_y()) - y);
        if let Some(command) = swipe(dx, dy) {
            control.run(command);
        }
    };
    (down, up)
}
