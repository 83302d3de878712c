//! A story's keys, listened to on the window: Left and Right move between
//! steps while the focus is on the page or the step panel, Escape
//! explores; inside a view the keys keep their meaning there (see
//! [`crate::core::story::keys`]).

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use super::StoryControl;
use crate::components::hooks::use_window_events::use_window_events;
use crate::core::story::keys::{KeyPlace, StoryCommand, story_key};

/// Where the focus is: `target`, the element a key went to, in the page.
fn place_of(target: &web_sys::Element, panel: &web_sys::Element) -> KeyPlace {
    if matches!(target.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA") {
        KeyPlace::Field
    } else if panel.contains(Some(target.as_ref())) {
        KeyPlace::Panel
    } else if matches!(target.tag_name().as_str(), "BODY" | "HTML") || target.id() == "content" {
        KeyPlace::Page
    } else {
        KeyPlace::View
    }
}

/// Listens to the story's keys while the stage lives, and acts on them
/// while a story is read; `embedded`, where there is nothing to explore
/// beyond the view, Escape does nothing.
pub fn use_story_keys(control: StoryControl, stage: NodeRef<Div>, embedded: bool) {
    let callback = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        let reading = control.shared.story.with_untracked(Option::is_some);
        if !reading || ev.default_prevented() || ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let (Some(target), Some(panel)) = (
            ev.target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok()),
            stage.get_untracked(),
        ) else {
            return;
        };
        let command = story_key(&ev.key(), place_of(&target, &panel))
            .filter(|c| !(embedded && *c == StoryCommand::Explore));
        if let Some(command) = command {
            ev.prevent_default();
            control.run(command);
        }
    });
    use_window_events(&["keydown"], callback);
}
