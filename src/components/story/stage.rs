//! The stage follows the story's place: the entry hides while a story is
//! read; the panel shows the step, where it is ("3 of 10"), which of
//! Previous and Next can be pressed; the page's content (the stage's
//! parent) shows only the panel and the step's view, and fades the view
//! in at each step.

use leptos::html::Div;
use leptos::prelude::*;

use super::{StoryControl, section_id};
use crate::components::delegate::Parts;
use crate::components::effect::effect;
use crate::components::locale::use_lang;
use crate::components::settings::use_settings;
use crate::core::link::permalink::Permalink;
use crate::core::page::html::Html;
use crate::core::page::story::{StoryPart, step_count, step_html};
use crate::core::story::view::step_at;
use crate::core::text::strings::story::story_strings;

/// Keeps the entry, the panel and the stage in step with the story's
/// place and the view in focus.
pub fn use_stage(
    control: StoryControl,
    parts: Parts,
    root: NodeRef<Div>,
    full: Option<String>,
    data: Option<String>,
) {
    let settings = use_settings();
    let embedded = full.is_some();
    let lang = use_lang();
    let t = story_strings(lang);
    let shared = control.shared;
    let left = control.left;
    effect(move || {
        let place = shared.story.get();
        let focus = shared.focus.get();
        let Some(root) = root.get() else { return };
        let reading = place.is_some();
        if !embedded {
            parts.show(StoryPart::Entry, !reading);
            // After Explore, the entry goes back to the step left.
            if let Some(p) = left.get() {
                parts.text(
                    StoryPart::Start,
                    &format!("{} →", t.resume.replace("{n}", &(p.step + 1).to_string())),
                );
            }
        }
        parts.show(StoryPart::Panel, reading);
        if let Some(stage) = root.parent_element() {
            let _ = stage.class_list().toggle_with_force("story-on", reading);
            let _ = stage.set_attribute("data-story-view", section_id(focus));
            if let Some(p) = &place {
                let _ = stage.set_attribute("data-turn", if p.step % 2 == 0 { "a" } else { "b" });
            }
        }
        let Some(p) = place else { return };
        // Embedded, the link to the step in the full atlas, with the
        // reader's dataset, language and theme.
        if let Some(full) = &full {
            let link = Permalink {
                story: Some(p.clone()),
                data: data.clone(),
                lang: settings.and_then(|s| s.lang.get_untracked()),
                theme: settings.and_then(|s| s.theme.get_untracked()),
                ..Permalink::default()
            };
            parts.attr(
                StoryPart::Full,
                "href",
                &format!("{full}?{}", link.encode()),
            );
        }
        let Some((story, step)) = step_at(&control.atlas, &p) else {
            return;
        };
        parts.text(StoryPart::Count, &step_count(story, p.step, t));
        let ends = [
            (StoryPart::Previous, p.step == 0),
            (StoryPart::Next, p.step + 1 >= story.steps.len()),
        ];
        for (part, end) in ends {
            if let Some(button) = parts.get(part) {
                let _ = button.toggle_attribute_with_force("disabled", end);
            }
        }
        let mut h = Html::new();
        step_html(&mut h, &control.atlas, step, "h2", lang, t);
        parts.html(StoryPart::Step, &h.finish());
    });
}

/// Starts the story `id` from its entry (see [`StoryControl::start`]), and
/// puts the focus on its Next button (Previous, at the last step).
pub fn start(control: &StoryControl, id: &str, parts: Parts) {
    control.start(id);
    request_animation_frame(move || {
        if let Some(panel) = parts.get(StoryPart::Panel) {
            panel.scroll_into_view();
        }
        // Next, unless the reader comes back to the last step.
        let last = parts
            .get(StoryPart::Next)
            .is_some_and(|next| next.has_attribute("disabled"));
        parts.focus(if last {
            StoryPart::Previous
        } else {
            StoryPart::Next
        });
    });
}

/// Shows or hides the whole story as text.
pub fn toggle_whole(parts: Parts) {
    let Some(toggle) = parts.get(StoryPart::WholeToggle) else {
        return;
    };
    let open = toggle.get_attribute("aria-expanded").as_deref() != Some("true");
    let _ = toggle.set_attribute("aria-expanded", &open.to_string());
    parts.show(StoryPart::Whole, open);
}
