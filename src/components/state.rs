//! The reader's state: what the charts and the timeline share, and every
//! choice a permalink records, as signals.

use leptos::prelude::*;

use super::settings::Settings;
use crate::core::chart::options::{ChartOptions, Filters, Tab};
use crate::core::chart::tabs::LEGEND_SLOTS;
use crate::core::dataset::atlas::Atlas;
use crate::core::link::permalink::{Focus, Permalink, StoryPlace};
use crate::core::map::state::MapLink;
use crate::core::timeline::Window;

/// What the reader chose, one signal per choice.
#[derive(Clone, Copy, Debug)]
pub struct Shared {
    /// The clusters and years shown, by the charts and the timeline.
    pub filters: RwSignal<Filters>,
    /// The selected milestone (its index in date order), marked on charts.
    pub selected: RwSignal<Option<usize>>,
    /// The year a chart's read-out is on, highlighted on the timeline.
    pub hover_year: RwSignal<Option<i32>>,
    /// The half of the atlas the reader last worked in.
    pub focus: RwSignal<Focus>,
    /// The charts' tab.
    pub tab: RwSignal<Tab>,
    /// Whether the link names the view even where it is the first tab: as
    /// the address did, or once the reader has chosen a view (see
    /// [`Permalink::view_named`]).
    pub view_named: StoredValue<bool>,
    /// The charts' modes and measures.
    pub options: RwSignal<ChartOptions>,
    /// Per legend slot (see
    /// [`crate::core::chart::tabs::ChartId::legend_slot`]), the series hidden
    /// from its legend.
    pub hidden: [RwSignal<Vec<String>>; LEGEND_SLOTS],
    /// The span of the timeline in view.
    pub window: RwSignal<Window>,
    /// The whole span of the timeline: found once, as finding it looks at
    /// every milestone, and the permalink compares the window with it at
    /// every step of a zoom or a pan.
    pub bounds: Window,
    /// Whether the timeline shows its list.
    pub list: RwSignal<bool>,
    /// The timeline's search.
    pub search: RwSignal<String>,
    /// The map's choices, as a link records them.
    pub map: RwSignal<MapLink>,
    /// The step of a story the reader is on, if reading one.
    pub story: RwSignal<Option<StoryPlace>>,
}

/// The window a permalink names, kept within the timeline's `bounds`.
fn window(link: &Permalink, bounds: Window) -> Window {
    link.span.map_or(bounds, |(start, end)| {
        Window {
            start: start as f64,
            end: end as f64,
        }
        .within(bounds)
    })
}

impl Shared {
    /// The state a permalink records, for `atlas`.
    pub fn new(link: &Permalink, atlas: &Atlas) -> Shared {
        let bounds = Window::fit(atlas.milestones());
        Shared {
            filters: RwSignal::new(link.filters(atlas)),
            selected: RwSignal::new(link.selected(atlas)),
            hover_year: RwSignal::new(None),
            focus: RwSignal::new(link.focus),
            tab: RwSignal::new(link.tab_in(atlas)),
            // A series chart `atlas` lacks is no view of it (see
            // `Permalink::names_view_in`).
            view_named: StoredValue::new(link.view_named && link.names_view_in(atlas)),
            options: RwSignal::new(link.options.clone()),
            hidden: std::array::from_fn(|i| RwSignal::new(link.hidden[i].clone())),
            window: RwSignal::new(window(link, bounds)),
            bounds,
            list: RwSignal::new(link.list),
            search: RwSignal::new(link.search.clone()),
            map: RwSignal::new(link.map),
            story: RwSignal::new(link.story.clone()),
        }
    }

    /// Sets every choice to what `link` records (as on Back and Forward).
    pub fn apply(&self, link: &Permalink, atlas: &Atlas) {
        fn set<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
            if signal.with_untracked(|v| *v != value) {
                signal.set(value);
            }
        }
        set(self.filters, link.filters(atlas));
        set(self.selected, link.selected(atlas));
        set(self.focus, link.focus);
        set(self.tab, link.tab_in(atlas));
        self.view_named
            .set_value(link.view_named && link.names_view_in(atlas));
        set(self.options, link.options.clone());
        for (signal, hidden) in self.hidden.iter().zip(&link.hidden) {
            set(*signal, hidden.clone());
        }
        set(self.window, window(link, self.bounds));
        set(self.list, link.list);
        set(self.search, link.search.clone());
        set(self.map, link.map);
        set(self.story, link.story.clone());
    }

    /// Whether a story is read and shows a view other than `own` (tracking
    /// both): that view is hidden, and draws only once it is shown, so
    /// that a step draws the one view it shows.
    pub fn hidden_by_story(&self, own: Focus) -> bool {
        self.story.with(Option::is_some) && self.focus.get() != own
    }

    /// The permalink of the current choices (tracking them), with the
    /// page's dataset (`data`) and the reader's language and theme.
    pub fn permalink(
        &self,
        atlas: &Atlas,
        data: Option<String>,
        settings: Option<Settings>,
    ) -> Permalink {
        let mut link = Permalink {
            data,
            lang: settings.and_then(|s| s.lang.get()),
            theme: settings.and_then(|s| s.theme.get()),
            ..Permalink::default()
        };
        link.milestone = self
            .selected
            .get()
            .and_then(|i| atlas.milestones().get(i))
            .map(|m| m.id.clone());
        link.focus = self.focus.get();
        link.set_tab(self.tab.get(), atlas);
        link.set_filters(&self.filters.read(), atlas);
        link.options = self.options.get();
        for (hidden, signal) in link.hidden.iter_mut().zip(&self.hidden) {
            *hidden = signal.get();
        }
        let w = self.window.get();
        link.span = (w != self.bounds).then(|| (w.start.floor() as i64, w.end.ceil() as i64));
        link.list = self.list.get();
        // A view once chosen stays named: a link made after going back to
        // the first tab still opens at it.
        link.view_named = self.view_named.get_value() || link.names_view();
        self.view_named.set_value(link.view_named);
        link.search = self.search.get();
        link.map = self.map.get();
        link.story = self.story.get();
        link
    }
}
