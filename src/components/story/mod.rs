//! A story on the page: its entry on the first screen and, while it is
//! read, its step panel beside the step's view (above it on phones), with
//! Previous and Next, "3 of 10", Explore, and the whole story as text
//! (written as HTML text by [`crate::core::page::story::stage_html`]).
//! Each step moves the views to its own (see
//! [`crate::core::story::view::story_view`]).

mod keys;
mod stage;
mod swipe;

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use super::delegate::{Parts, target_data};
use super::listener::listener;
use super::locale::{use_lang, use_strings};
use super::state::Shared;
use crate::core::dataset::atlas::Atlas;
use crate::core::link::permalink::{Focus, Permalink, StoryPlace};
use crate::core::page::contract::{Data, Name};
use crate::core::page::html::Html;
use crate::core::page::story::{StoryAction, stage_html};
use crate::core::story::keys::StoryCommand;
use crate::core::story::view::{story, story_view};
use crate::core::text::strings::story::story_strings;

/// What moves a story: the dataset, the reader's state, and the step left
/// by Explore (to come back to).
#[derive(Clone)]
pub struct StoryControl {
    /// The dataset.
    pub atlas: Arc<Atlas>,
    /// The reader's state, with the story's place.
    pub shared: Shared,
    /// The step the reader left the story at, if they did.
    pub left: RwSignal<Option<StoryPlace>>,
}

impl StoryControl {
    /// Moves the views to `place`'s step: the story's place and the step's
    /// view set together.
    pub fn go(&self, place: StoryPlace) {
        let link = Permalink {
            story: Some(place),
            ..Permalink::default()
        };
        self.shared
            .apply(&story_view(&link, &self.atlas), &self.atlas);
    }

    /// Runs `command` on the story being read.
    pub fn run(&self, command: StoryCommand) {
        let Some(place) = self.shared.story.get_untracked() else {
            return;
        };
        let count = story(&self.atlas, &place.id).map_or(0, |s| s.steps.len());
        let to = match command {
            StoryCommand::Previous if place.step > 0 => place.step - 1,
            StoryCommand::Next if place.step + 1 < count => place.step + 1,
            StoryCommand::Explore => {
                self.left.set(Some(place));
                self.shared.story.set(None);
                show_view(self.shared.focus.get_untracked());
                return;
            }
            _ => return,
        };
        self.go(StoryPlace { step: to, ..place });
    }

    /// Starts the story `id` (the stage's), or goes back to the step the
    /// reader left it at.
    fn start(&self, id: &str) {
        let Some(first) = story(&self.atlas, id) else {
            return;
        };
        let place = self
            .left
            .get_untracked()
            .filter(|p| p.id == first.id)
            .unwrap_or(StoryPlace {
                id: first.id.clone(),
                step: 0,
            });
        self.go(place);
    }
}

/// The id of the section that shows `focus`.
fn section_id(focus: Focus) -> &'static str {
    match focus {
        Focus::Charts => "charts",
        Focus::Map => "map",
        Focus::Timeline => "timeline",
    }
}

/// Brings the section showing `focus` into view, once the page has laid
/// out without the story.
fn show_view(focus: Focus) {
    request_animation_frame(move || {
        let document = web_sys::window().and_then(|w| w.document());
        if let Some(section) = document.and_then(|d| d.get_element_by_id(section_id(focus))) {
            section.scroll_into_view();
        }
    });
}

/// The dataset's first story on the page: its entry, and its panel while
/// it is read. Embedded, in a frame or another page, there is no entry,
/// and the view is all there is to explore (no Explore).
#[component]
pub fn StoryStage(
    control: StoryControl,
    /// Embedded: the address of the full atlas, which the panel links to.
    embedded: Option<String>,
    /// The address of the dataset shown, if it is not the default one.
    data: Option<String>,
) -> impl IntoView {
    let lang = use_lang();
    let atlas = control.atlas.clone();
    let shown = atlas.stories().first()?;
    let mut html = Html::new();
    let open_full = embedded.is_some().then_some(use_strings().open_full);
    stage_html(
        &mut html,
        &atlas,
        shown,
        open_full,
        lang,
        story_strings(lang),
    );
    let id = shown.id.clone();
    let root = NodeRef::<Div>::new();
    let parts = Parts::new(root);
    stage::use_stage(control.clone(), parts, root, embedded, data);
    keys::use_story_keys(control.clone(), root, open_full.is_some());
    let (on_down, on_up) = swipe::swipe_handlers(control.clone());
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let action = target_data(&ev, Data::Action).and_then(|a| StoryAction::from_slug(&a));
        let command = match action {
            Some(StoryAction::Start) => return stage::start(&control, &id, parts),
            Some(StoryAction::Whole) => return stage::toggle_whole(parts),
            Some(StoryAction::Previous) => StoryCommand::Previous,
            Some(StoryAction::Next) => StoryCommand::Next,
            Some(StoryAction::Explore) => StoryCommand::Explore,
            None => return,
        };
        control.run(command);
    };
    Some(view! {
        <div class="story-stage" node_ref=root inner_html=html.finish() on:click=listener(on_click)
            on:pointerdown=listener(on_down) on:pointerup=listener(on_up)></div>
    })
}
