//! Play on the map: one year a second from the year shown, stopping at
//! the last; the button says Play or Pause and is pressed while playing.

use std::time::Duration;

use leptos::html::Div;
use leptos::prelude::*;

use crate::components::delegate::part_of;
use crate::components::effect::effect;
use crate::core::page::map::MapPart;
use crate::core::text::strings::map::MapStrings;

/// How long each year is shown while playing.
const STEP: Duration = Duration::from_secs(1);

/// Whether the map is playing, as a signal its button (under `root`)
/// toggles; playing moves `year` on a year a second until `last`.
pub fn use_play(
    year: RwSignal<i32>,
    last: i32,
    root: NodeRef<Div>,
    m: &'static MapStrings,
) -> RwSignal<bool> {
    let playing = RwSignal::new(false);
    let timer = StoredValue::new(None::<IntervalHandle>);
    effect(move || {
        let on = playing.get();
        if let Some(handle) = timer.get_value() {
            handle.clear();
            timer.set_value(None);
        }
        if let Some(button) = root.get().and_then(|r| part_of(&r, MapPart::Play)) {
            button.set_text_content(Some(if on { m.pause } else { m.play }));
            let _ = button.set_attribute("aria-pressed", if on { "true" } else { "false" });
        }
        if !on {
            return;
        }
        let tick = move || {
            let y = year.get_untracked();
            if y >= last {
                playing.set(false);
            } else {
                year.set(y + 1);
                if y + 1 >= last {
                    playing.set(false);
                }
            }
        };
        if let Ok(handle) = set_interval_with_handle(tick, STEP) {
            timer.set_value(Some(handle));
        }
    });
    on_cleanup(move || {
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
    });
    playing
}

/// Starts or stops playing; started on the last year, from the first.
pub fn toggle(playing: RwSignal<bool>, year: RwSignal<i32>, first: i32, last: i32) {
    let on = !playing.get_untracked();
    if on && year.get_untracked() >= last {
        year.set(first);
    }
    playing.set(on);
}
