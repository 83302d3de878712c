//! The timeline's state: what it shows (the milestones found, the lanes,
//! their tracks), how (lanes or list, label rows), and what the reader
//! does to it (select, step, close, zoom).

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use super::dom::Dom;
use crate::components::hooks::use_media::use_media;
use crate::components::hooks::use_width::use_width;
use crate::components::locale::{use_lang, use_strings};
use crate::components::settings::use_settings;
use crate::components::state::Shared;
use crate::core::dataset::atlas::Atlas;
use crate::core::link::permalink::Focus;
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::Strings;
use crate::core::timeline::{self, Lane, Track};

/// The timeline's signals and the parts of its DOM, shared by its effects
/// and handlers.
#[derive(Clone, Copy)]
pub struct Timeline {
    /// What the timeline shares with the charts and the address.
    pub shared: Shared,
    /// The section's parts.
    pub dom: Dom,
    /// The frame of the lanes: what pointers pan and zoom.
    pub frame: NodeRef<Div>,
    /// The page's language.
    pub lang: Lang,
    /// The interface strings.
    pub s: &'static Strings,
    /// The lanes' width: that of the frame inside its border.
    pub width: ReadSignal<f64>,
    /// Whether the screen is a touch screen.
    coarse: ReadSignal<bool>,
    /// Whether the page is laid out for printing.
    printing: ReadSignal<bool>,
    /// The dataset.
    pub atlas: StoredValue<Arc<Atlas>>,
    /// The milestones the filters and the search leave, in date order.
    pub shown: Memo<Vec<usize>>,
    /// The lanes: one a cluster shown, and one for national milestones.
    pub lanes: Memo<Vec<Lane>>,
    /// The milestones shown, per lane.
    pub tracks: Memo<Vec<Track>>,
    /// Set when a reader selects a milestone: the details take the focus.
    pub focus_detail: StoredValue<bool>,
    /// Set when a reader closes the details: the milestone takes it back.
    pub return_to: StoredValue<Option<usize>>,
}

impl Timeline {
    /// The state of the timeline of `atlas`, its parts under `root`, its
    /// lanes' `body` in the `frame`.
    pub fn new(
        atlas: &Arc<Atlas>,
        shared: Shared,
        root: NodeRef<Div>,
        frame: NodeRef<Div>,
        body: NodeRef<Div>,
    ) -> Timeline {
        let lang = use_lang();
        let s = use_strings();
        let a = atlas.clone();
        let shown = Memo::new(move |_| {
            timeline::shown(&a, &shared.filters.read().clusters, &shared.search.read())
        });
        let a = atlas.clone();
        let lanes = Memo::new(move |_| {
            timeline::lanes(
                &a,
                &shared.filters.read().clusters,
                s.lane_without_cluster(&a),
                lang,
            )
        });
        let a = atlas.clone();
        let tracks = Memo::new(move |_| timeline::tracks(&a, &shown.read(), &lanes.read()));
        Timeline {
            shared,
            dom: Dom::new(root),
            frame,
            lang,
            s,
            width: use_width(body),
            coarse: use_media("(pointer: coarse)"),
            printing: use_settings().map_or_else(|| signal(false).0, |s| s.printing),
            atlas: StoredValue::new(atlas.clone()),
            shown,
            lanes,
            tracks,
            focus_detail: StoredValue::new(false),
            return_to: StoredValue::new(None),
        }
    }

    /// Label rows a lane: narrow and touch screens get two rows of labels
    /// a finger can hit, others three.
    pub fn rows(self) -> usize {
        if self.width.get() < 520.0 || self.coarse.get() {
            2
        } else {
            3
        }
    }

    /// Whether the list is shown rather than the lanes: as the reader
    /// chose, and always on paper, where it prints legibly.
    pub fn list(self) -> bool {
        self.shared.list.get() || self.printing.get()
    }

    /// Selects milestone `i`: its details open and take the focus.
    pub fn select(self, i: usize) {
        self.shared.focus.set(Focus::Timeline);
        self.focus_detail.set_value(true);
        self.shared.selected.set(Some(i));
    }

    /// Selects the milestone shown after the selected one (`forward`) or
    /// before it, if there is one.
    pub fn step(self, forward: bool) {
        let current = self.shared.selected.get_untracked();
        let next = timeline::neighbour(&self.shown.read_untracked(), current, forward);
        if let Some(i) = next {
            self.select(i);
        }
    }

    /// Closes the details: the milestone takes the focus back.
    pub fn close(self) {
        self.return_to
            .set_value(self.shared.selected.get_untracked());
        self.shared.selected.set(None);
    }

    /// Shows the lanes, or the list.
    pub fn show_list(self, list: bool) {
        self.shared.focus.set(Focus::Timeline);
        self.shared.list.set(list);
    }
}
