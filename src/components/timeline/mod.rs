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

use super::charts::SharedControls;
use super::state::Shared;
use crate::core::dataset::atlas::Atlas;
use crate::core::page::contract::Name;
use crate::core::page::timeline::{
    TimelineAction, TimelinePart, heading_html, search_html, toolbar_html,
};
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
    let t = Timeline::new(&atlas, shared, root, frame, body);
    lanes::use_lanes(t, atlas.clone());
    views::use_views(t);
    list::use_list(t, atlas.clone());
    detail::use_detail(t, atlas.clone());
    overview::use_overview(t, atlas.clone());
    reveal::use_reveal(t, atlas.clone(), scroll_to);
    search::use_search(t);
    let suppress_click = pointer::use_pointer(frame, shared.window, shared.bounds, t.width);
    let s = t.s;
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
            <div inner_html=heading_html(s)></div>
            <div class="shared-controls">
                <SharedControls atlas=atlas.clone() filters=shared.filters tab=shared.tab years=false/>
                <div class="tl-search-wrap" inner_html=search_html(s)></div>
            </div>
            <div class="tl-toolbar" inner_html=toolbar_html(s)></div>
            <div id=slug(TimelinePart::View)>
                <p class="visually-hidden" id=slug(TimelinePart::Help)>{s.timeline_help}</p>
                <div
                    class=slug(TimelinePart::Frame)
                    node_ref=frame
                    tabindex="0"
                    role="group"
                    aria-label=s.timeline_label
                    aria-describedby=slug(TimelinePart::Help)
                    data-testid="timeline"
                >
                    <div id=slug(TimelinePart::Body) class=slug(TimelinePart::Body) node_ref=body></div>
                </div>
                <div
                    class=slug(TimelinePart::Overview)
                    data-action=TimelineAction::Overview.slug()
                    data-testid="timeline-overview"
                    role="img"
                    aria-label=s.overview_label
                >
                    <div id=slug(TimelinePart::OverviewBars) class=slug(TimelinePart::OverviewBars)></div>
                    <div id=slug(TimelinePart::Window) class=slug(TimelinePart::Window)></div>
                </div>
            </div>
            <div id=slug(TimelinePart::List) class=slug(TimelinePart::List) data-testid="timeline-list" hidden></div>
            <section
                id=slug(TimelinePart::Detail)
                class=slug(TimelinePart::Detail)
                data-testid="milestone-detail"
                aria-labelledby=slug(TimelinePart::DetailTitle)
                hidden
            ></section>
            </div>
        </section>
    }
}
