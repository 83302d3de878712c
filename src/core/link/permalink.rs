//! Permalinks: every state a reader can set, written into the page
//! address's query and read back from it.
//!
//! ```text
//! ?view=rd&rd=intensity&clusters=jjj~gba&years=2015..2022&milestone=hzmb-opens
//! ```
//!
//! Reading is lenient: an unknown parameter or a value that cannot be read
//! is ignored and the rest applies. Only what differs from the defaults is
//! written, so a plain address is the atlas as it opens.

use std::borrow::Cow;

use crate::core::chart::options::{ChartOptions, EconomyMode, Filters, Grouping, RdMetric, Tab};
use crate::core::chart::tabs::LEGEND_SLOTS;
use crate::core::chart::year_range::{tab_years, widened, within};
use crate::core::dataset::atlas::Atlas;
use crate::core::link::chart_name::{read_chart, series_chart_name};
use crate::core::link::query::{self, encode};
use crate::core::link::values::{
    lang_slug, read_day, read_list, read_range, read_year, write_day, write_list,
};
use crate::core::map::measure::MapMeasure;
use crate::core::map::state::MapLink;
use crate::core::text::bilingual::Lang;
use crate::core::text::format::read_natural;

/// Which of the two halves of the atlas a link is about.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Focus {
    /// The charts (on the tab of [`Permalink::tab`]).
    #[default]
    Charts,
    /// The timeline (as a timeline or a list, [`Permalink::list`]).
    Timeline,
    /// The tile map.
    Map,
}

/// A colour theme chosen over the system's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Dark text on light.
    Light,
    /// Light text on dark.
    Dark,
}

impl Theme {
    /// Its identifier in links and in `data-theme`.
    pub fn slug(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// A step of a story, as a link names it (`story=<id>&step=<n>`, `n`
/// counted from 1).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StoryPlace {
    /// The story's id.
    pub id: String,
    /// The step, counted from 0.
    pub step: usize,
}

/// Everything a reader can set, as a link records it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Permalink {
    /// The half of the atlas in view.
    pub focus: Focus,
    /// The charts' tab; the first where the link names a series chart
    /// ([`Permalink::series_chart`]).
    pub tab: Tab,
    /// The id of the series whose chart the link names (`view=<id>`, or
    /// `view=series:<id>` where the id is also the name of another view
    /// or begins with `series:`): a series chart is found by its series,
    /// whatever the dataset's other series, once a dataset is loaded (see
    /// [`Permalink::tab_in`]).
    pub series_chart: Option<String>,
    /// Whether the timeline shows its list.
    pub list: bool,
    /// Whether the link names its view (`view=`) even where it is the
    /// first tab, which a link otherwise leaves out: kept, so that the link
    /// still opens at it (see [`crate::core::link::landing`]). A view other than the
    /// first is always named.
    pub view_named: bool,
    /// The charts' own choices (modes, measures).
    pub options: ChartOptions,
    /// Per legend slot (see
    /// [`crate::core::chart::tabs::ChartId::legend_slot`]), the series
    /// hidden from its legend.
    pub hidden: [Vec<String>; LEGEND_SLOTS],
    /// The clusters shown; all if `None`.
    pub clusters: Option<Vec<String>>,
    /// The first and last year shown; all if `None`.
    pub years: Option<(i32, i32)>,
    /// The selected milestone's id.
    pub milestone: Option<String>,
    /// The span of the timeline in view, in whole day numbers (first day,
    /// end of the last); the whole timeline if `None`.
    pub span: Option<(i64, i64)>,
    /// The timeline's search.
    pub search: String,
    /// The map's measure, year and base year.
    pub map: MapLink,
    /// The language chosen over the browser's.
    pub lang: Option<Lang>,
    /// The theme chosen over the system's.
    pub theme: Option<Theme>,
    /// Whether the page is embedded: one chart or the timeline alone.
    pub embed: bool,
    /// The address of a dataset loaded instead of the default one.
    pub data: Option<String>,
    /// The step of a story the reader is on: a link to it records only
    /// the step, whose view is the state (see
    /// [`crate::core::story::view::story_view`]).
    pub story: Option<StoryPlace>,
}

impl Permalink {
    /// What the link shows, as its `view` parameter: a chart's tab (see
    /// [`Permalink::chart`]), `timeline`, `list` or `map`.
    pub fn view(&self) -> Cow<'_, str> {
        match (self.focus, self.list) {
            (Focus::Charts, _) => self.chart(),
            (Focus::Map, _) => "map".into(),
            (Focus::Timeline, false) => "timeline".into(),
            (Focus::Timeline, true) => "list".into(),
        }
    }

    /// The charts' tab as the link names it: a built-in tab's slug, or the
    /// series id of a series chart (prefixed with `series:` where it would
    /// otherwise read as something else).
    pub fn chart(&self) -> Cow<'_, str> {
        match &self.series_chart {
            Some(id) => series_chart_name(id),
            None => self.tab.slug(),
        }
    }

    /// Sets the charts' tab to `tab` of `atlas`: a series chart is named
    /// by its series' id.
    pub fn set_tab(&mut self, tab: Tab, atlas: &Atlas) {
        match tab.series_id(atlas) {
            Some(id) => (self.tab, self.series_chart) = (Tab::FIRST, Some(id.to_string())),
            None => (self.tab, self.series_chart) = (tab, None),
        }
    }

    /// What the link shows of a dataset with charts (`charted`) or without:
    /// one with nothing to chart shows its timeline where a link names a
    /// chart.
    pub fn focus_in(&self, charted: bool) -> Focus {
        if charted { self.focus } else { Focus::Timeline }
    }

    /// The tab the link opens in `atlas`: its own where `atlas` has it,
    /// else the first `atlas` has (see [`Tab::in_atlas`]).
    pub fn tab_in(&self, atlas: &Atlas) -> Tab {
        self.series_chart
            .as_deref()
            .and_then(|id| Tab::of_series(atlas, id))
            .or_else(|| self.tab.in_atlas(atlas))
            .unwrap_or(self.tab)
    }

    /// The same state without what the view says (its focus, tab and
    /// list), as a script embed's `data-query` carries it next to its
    /// view.
    pub fn without_view(&self) -> Permalink {
        Permalink {
            focus: Focus::Charts,
            tab: Tab::FIRST,
            series_chart: None,
            list: false,
            view_named: false,
            ..self.clone()
        }
    }

    /// Whether the link names its view: [`Permalink::view_named`], or a
    /// view other than the first tab.
    pub fn names_view(&self) -> bool {
        self.view_named || self.view() != Tab::FIRST.slug()
    }

    /// Whether the link names a view of `atlas`: [`Permalink::names_view`],
    /// and a series chart only if `atlas` has it.
    pub fn names_view_in(&self, atlas: &Atlas) -> bool {
        self.names_view()
            && (self.focus != Focus::Charts
                || self
                    .series_chart
                    .as_deref()
                    .is_none_or(|id| Tab::of_series(atlas, id).is_some()))
    }

    /// The query string of this state (without the `?`): only what differs
    /// from the defaults.
    pub fn encode(&self) -> String {
        let mut out: Vec<(&'static str, String)> = Vec::new();
        if let Some(data) = &self.data {
            out.push(("data", encode(data)));
        }
        if self.embed {
            out.push(("embed", "1".into()));
        }
        if let Some(place) = &self.story {
            out.push(("story", encode(&place.id)));
            out.push(("step", (place.step + 1).to_string()));
        } else {
            self.encode_view(&mut out);
        }
        if let Some(lang) = self.lang {
            out.push(("lang", lang_slug(lang).into()));
        }
        if let Some(theme) = self.theme {
            out.push(("theme", theme.slug().into()));
        }
        query::write(&out)
    }

    /// Adds the parameters of what is in view (all but the reader's
    /// language, theme, dataset and embedding) to `out`.
    fn encode_view(&self, out: &mut Vec<(&'static str, String)>) {
        if self.names_view() {
            out.push(("view", encode(&self.view())));
        }
        if self.focus != Focus::Charts && self.chart() != Tab::FIRST.slug() {
            out.push(("chart", encode(&self.chart())));
        }
        if self.focus != Focus::Timeline && self.list {
            out.push(("timeline", "list".into()));
        }
        let o = &self.options;
        if o.economy != EconomyMode::default() {
            out.push(("economy", o.economy.slug().into()));
        }
        if !o.members_of.is_empty() {
            out.push(("members", encode(&o.members_of)));
        }
        if o.rd_metric != RdMetric::default() {
            out.push(("rd", o.rd_metric.slug().into()));
        }
        if o.rd_grouping != Grouping::default() {
            out.push(("rd-by", o.rd_grouping.slug().into()));
        }
        if let Some(clusters) = &self.clusters {
            out.push(("clusters", write_list(clusters)));
        }
        if let Some((a, b)) = self.years {
            out.push(("years", format!("{a}..{b}")));
        }
        for (param, hidden) in HIDE_PARAMS.iter().zip(&self.hidden) {
            if !hidden.is_empty() {
                out.push((param, write_list(hidden)));
            }
        }
        if let Some(id) = &self.milestone {
            out.push(("milestone", encode(id)));
        }
        if let Some((a, b)) = self.span {
            out.push(("span", format!("{}..{}", write_day(a), write_day(b))));
        }
        if !self.search.is_empty() {
            out.push(("q", encode(&self.search)));
        }
        let map = self.map;
        if map.measure != MapMeasure::default() {
            out.push(("map", map.measure.slug().into()));
        }
        for (param, year) in [("map-year", map.year), ("map-base", map.base)] {
            if let Some(year) = year {
                out.push((param, year.to_string()));
            }
        }
    }

    /// The state a query string records; what cannot be read is left at
    /// its default.
    pub fn decode(text: &str) -> Permalink {
        let pairs = query::parse(text);
        let get = |name: &str| query::get(&pairs, name);
        let mut p = Permalink::default();
        let chart = match get("view") {
            Some("timeline") => {
                p.focus = Focus::Timeline;
                None
            }
            Some("list") => {
                (p.focus, p.list) = (Focus::Timeline, true);
                None
            }
            Some("map") => {
                p.focus = Focus::Map;
                None
            }
            Some(name) => read_chart(name),
            None => None,
        };
        p.view_named = get("view")
            .is_some_and(|v| matches!(v, "timeline" | "list" | "map") || read_chart(v).is_some());
        let chart = if p.focus != Focus::Charts {
            get("chart").and_then(read_chart)
        } else {
            chart
        };
        (p.tab, p.series_chart) = chart.unwrap_or_default();
        if p.focus != Focus::Timeline {
            p.list = get("timeline") == Some("list");
        }
        let o = &mut p.options;
        o.economy = get("economy")
            .and_then(|v| EconomyMode::ALL.into_iter().find(|m| m.slug() == v))
            .unwrap_or_default();
        o.members_of = get("members").unwrap_or_default().to_string();
        o.rd_metric = get("rd")
            .and_then(|v| RdMetric::ALL.into_iter().find(|m| m.slug() == v))
            .unwrap_or_default();
        o.rd_grouping = get("rd-by")
            .and_then(|v| Grouping::ALL.into_iter().find(|m| m.slug() == v))
            .unwrap_or_default();
        p.clusters = get("clusters").map(read_list);
        p.years = get("years")
            .and_then(|v| read_range(v, read_year, true).or_else(|| read_year(v).map(|y| (y, y))));
        for (param, hidden) in HIDE_PARAMS.iter().zip(p.hidden.iter_mut()) {
            *hidden = get(param).map(read_list).unwrap_or_default();
        }
        p.milestone = get("milestone")
            .filter(|v| !v.is_empty())
            .map(str::to_string);
        p.span = get("span").and_then(|v| read_range(v, read_day, false));
        p.search = get("q").unwrap_or_default().to_string();
        p.map = MapLink {
            measure: get("map")
                .and_then(MapMeasure::from_slug)
                .unwrap_or_default(),
            year: get("map-year").and_then(read_year),
            base: get("map-base").and_then(read_year),
        };
        p.lang = match get("lang") {
            Some("en") => Some(Lang::En),
            Some("zh") => Some(Lang::Zh),
            _ => None,
        };
        p.theme = match get("theme") {
            Some("light") => Some(Theme::Light),
            Some("dark") => Some(Theme::Dark),
            _ => None,
        };
        p.embed = matches!(get("embed"), Some("1" | "true"));
        p.data = get("data").filter(|v| !v.is_empty()).map(str::to_string);
        // `view=story` names the dataset's first story (an empty id).
        let story = get("story").filter(|v| !v.is_empty());
        p.story = (story.is_some() || get("view") == Some("story")).then(|| StoryPlace {
            id: story.unwrap_or_default().to_string(),
            step: get("step")
                .and_then(read_natural::<usize>)
                .map_or(0, |n| n.saturating_sub(1)),
        });
        p
    }

    /// The clusters and years to show in `atlas`: unknown clusters are
    /// left out; years are read as the link's tab shows them (see
    /// [`Permalink::set_filters`]), kept within its data, at least two;
    /// years it has no data for show all.
    pub fn filters(&self, atlas: &Atlas) -> Filters {
        let all = Filters::all(atlas);
        let clusters = match &self.clusters {
            Some(wanted) => all
                .clusters
                .iter()
                .filter(|c| wanted.contains(c))
                .cloned()
                .collect(),
            None => all.clusters,
        };
        let bounds = tab_years(atlas, self.tab_in(atlas));
        let years = match self.years {
            Some((a, b)) if b >= bounds.0 && a <= bounds.1 => {
                widened(within((a, b), bounds), bounds, all.years)
            }
            _ => all.years,
        };
        Filters { clusters, years }
    }

    /// The index of the selected milestone in `atlas`, if it has one with
    /// that id.
    pub fn selected(&self, atlas: &Atlas) -> Option<usize> {
        let id = self.milestone.as_deref()?;
        atlas.milestones().iter().position(|m| m.id == id)
    }

    /// Records `filters`: `None` for what shows all of `atlas`. The years
    /// are those the link's tab shows (set the tab first), so that the
    /// address says the range in view.
    pub fn set_filters(&mut self, filters: &Filters, atlas: &Atlas) {
        let all = Filters::all(atlas);
        self.clusters = (filters.clusters != all.clusters).then(|| filters.clusters.clone());
        let bounds = tab_years(atlas, self.tab_in(atlas));
        let shown = within(filters.years, bounds);
        self.years = (shown != bounds).then_some(shown);
    }
}

/// The parameters of the series hidden from each legend slot's legend.
const HIDE_PARAMS: [&str; LEGEND_SLOTS] = [
    "hide-economy",
    "hide-rd",
    "hide-patents",
    "hide-science-cities",
    "hide-series",
];
