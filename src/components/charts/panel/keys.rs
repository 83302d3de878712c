//! The keyboard on a chart's drawing: the read-out's moves, as
//! `core::chart::keys` maps them, applied to its cursor.

use leptos::prelude::*;

use super::pointer::on_frame;
use crate::core::chart::keys::{ReadoutMove, readout_move};
use crate::draw::Drawing;

/// What a key pressed in the panel does: on the `drawing`, moves the
/// read-out or closes it; elsewhere, nothing.
pub fn on_readout_key(
    drawing: Memo<Option<Result<Drawing, String>>>,
    cursor: RwSignal<Option<usize>>,
) -> impl Fn(leptos::ev::KeyboardEvent) + Copy {
    move |ev| {
        if !on_frame(&ev) {
            return;
        }
        let step = match readout_move(&ev.key()) {
            Some(ReadoutMove::Step(step)) => step,
            Some(ReadoutMove::Close) => {
                cursor.set(None);
                return;
            }
            None => return,
        };
        ev.prevent_default();
        let next = drawing.with_untracked(|d| {
            d.as_ref()?
                .as_ref()
                .ok()?
                .frame
                .step(cursor.get_untracked(), step)
        });
        cursor.set(next);
    }
}
