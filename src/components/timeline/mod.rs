//! The timeline of milestones: lanes per cluster, zoom and pan by pointer,
//! touch, wheel and keys, an overview strip, search, a list view, and a
//! detail panel; the selected milestone is marked on the charts.
//!
//! The section is written as HTML text (by `core::page::timeline`) and
//! kept up to date by effects, one a part of it, with one listener per
//! kind of event (delegation): it keeps the WebAssembly small, and only
//! what is in view is in the page.
//!
//! - `state`: the memos and signals, and what the reader does;
//! - `dom`: the parts of the section, found through the typed contract;
//! - `lanes` (with `drawn`), `overview`, `views`, `list`, `detail`,
//!   `search`: one effect (or two) a part;
//! - `reveal`: the window and the page brought to what was chosen;
//! - `clicks`, `keys` (with `commands`), `pointer`: the listeners.

mod clicks;
mod commands;
mod detail;
mod dom;
mod drawn;
mod keys;
mod lanes;
mod list;
mod overview;
mod pointer;
mod reveal;
mod search;
mod state;
mod views;

use crate::components::listener::listener;
use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use leptos::tachys::html::node_ref::NodeRefContainer;

use super::charts::SharedControls;
use super::delegate::{find_under, part_of};
use super::effect::effect;
use super::locale::use_strings;
use super::state::Shared;
use crate::core::dataset::atlas::Atlas;
use crate::core::page::contract::Name;
use crate::core::page::timeline::{TimelinePart, heading_html, search_html, views_html};
use state::Timeline;

/// The timeline section.
#[component]
pub fn TimelineSection(
    /// The dataset.
    atlas: Arc<Atlas>,
    /// State shared with the charts.
    shared: Shared,
    /// Whether to scroll the timeline into view once shown (it is what a
    /// link opened).
    scroll_to: bool,
) -> impl IntoView {
    let root = NodeRef::<Div>::new();
    let frame = NodeRef::<Div>::new();
    let body = NodeRef::<Div>::new();
    write_fixed_parts(root, frame, body);
    let t = Timeline::new(&atlas, shared, root, frame, body);
    lanes::use_lanes(t, atlas.clone());
    views::use_views(t);
    list::use_list(t, atlas.clone());
    detail::use_detail(t, atlas.clone());
    overview::use_overview(t, atlas.clone());
    reveal::use_reveal(t, atlas.clone(), scroll_to);
    search::use_search(t);
    let suppress_click = pointer::use_pointer(frame, shared.window, shared.bounds, t.width);
    let slug = |part: TimelinePart| part.slug();
    view! {
        <section
            id=slug(TimelinePart::Section)
            class=slug(TimelinePart::Section)
            aria-labelledby=slug(TimelinePart::Heading)
            on:click=listener(clicks::on_click(t, suppress_click))
            on:keydown=listener(keys::on_key(t))
            on:input=listener(search::on_input(t))
        >
            <div class="tl-root" node_ref=root>
            <div class="shared-controls">
                <SharedControls atlas=atlas.clone() filters=shared.filters tab=shared.tab years=false/>
            </div>
            </div>
        </section>
    }
}

/// Writes the section's fixed parts (see `core::page::timeline`) around
/// the box of the shared controls in `root`, once it is mounted: the heading
/// before it, the search box at its end, and the views after it; and
/// fills `frame` and `body` with the lanes' frame and body. Markup written
/// as text is far less WebAssembly than the elements of a `view!`. Called
/// before any other effect of the section is made, so that it runs first
/// and they find the parts.
fn write_fixed_parts(root: NodeRef<Div>, frame: NodeRef<Div>, body: NodeRef<Div>) {
    let s = use_strings();
    let (heading, search, views) = (heading_html(s), search_html(s), views_html(s));
    effect(move || {
        let Some(root) = root.get() else { return };
        if frame.get_untracked().is_some() {
            return;
        }
        let Some(controls) = find_under(&root, ".shared-controls") else {
            return;
        };
        // A section rebuilt in place (the page in another language, or
        // with another dataset) keeps the elements of the one before: only
        // those of the shared controls stay.
        if let Some(shared) = controls.first_element_child() {
            controls.replace_children_with_node_1(&shared);
        }
        root.replace_children_with_node_1(&controls);
        let _ = controls.insert_adjacent_html("beforebegin", &heading);
        let _ = controls.insert_adjacent_html("beforeend", &search);
        let _ = controls.insert_adjacent_html("afterend", &views);
        for (node, part) in [(frame, TimelinePart::Frame), (body, TimelinePart::Body)] {
            if let Some(element) = part_of(&root, part) {
                node.load(&element);
            }
        }
    });
}
