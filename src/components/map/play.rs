//! Play on the map: one year a second from the year shown, stopping at
//! the last; its button says Play or Pause and is pressed while playing.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

use crate::components::delegate::part_of;
use crate::components::effect::effect;
use crate::core::map::state::MapState;
use crate::core::page::map::MapPart;
use crate::core::text::strings::map::MapStrings;

/// How long each year is shown while playing.
const STEP: Duration = Duration::from_secs(1);

/// Whether the map is playing; while it is, the year of `state` moves on
/// a year a second until `last`. Its button is under `root`.
pub fn use_play(
    state: RwSignal<MapState>,
    last: i32,
    root: NodeRef<Div>,
    m: &'static MapStrings,
) -> RwSignal<bool> {
    let playing = RwSignal::new(false);
    let timer: Rc<Cell<Option<IntervalHandle>>> = Rc::new(Cell::new(None));
    let held = SendWrapper::new(timer.clone());
    effect(move || {
        let on = playing.get();
        if let Some(handle) = timer.take() {
            handle.clear();
        }
        if let Some(button) = root.get().and_then(|r| part_of(&r, MapPart::Play)) {
            button.set_text_content(Some(if on { m.pause } else { m.play }));
            let _ = button.set_attribute("aria-pressed", if on { "true" } else { "false" });
        }
        if !on {
            return;
        }
        let tick = move || match state.get_untracked().next_year(last) {
            Some(year) => {
                state.update(|st| st.year = year);
                if year >= last {
                    playing.set(false);
                }
            }
            None => playing.set(false),
        };
        timer.set(set_interval_with_handle(tick, STEP).ok());
    });
    on_cleanup(move || {
        if let Some(handle) = held.as_ref().take() {
            handle.clear();
        }
    });
    playing
}

/// Starts or stops playing; started on the last year, from the first.
pub fn toggle(playing: RwSignal<bool>, state: RwSignal<MapState>, first: i32, last: i32) {
    let on = !playing.get_untracked();
    if on && state.with_untracked(|st| st.year >= last) {
        state.update(|st| st.year = first);
    }
    playing.set(on);
}
