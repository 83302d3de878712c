//! The timeline of milestones: lanes per cluster, zoom and pan by pointer,
//! touch, wheel and keys, an overview strip, search, a list view, and a
//! detail panel; the selected milestone is marked on the charts.
//!
//! The section is written as HTML text and kept up to date by effects,
//! with one listener per kind of event (delegation): it keeps the
//! WebAssembly small, and only what is in view is in the page.

mod html;
mod keys;
mod pointer;

use crate::components::effect::effect;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use leptos::html::Div;
use leptos::prelude::*;

use crate::core::page::contract::Data;
use wasm_bindgen::JsCast;

use super::attr::Attr;
use super::charts::SharedControls;
use super::delegate::{Parts, target_data};
use super::hooks::use_media::use_media;
use super::hooks::use_width::use_width;
use super::keyed::Keyed;
use super::locale::{use_lang, use_strings};
use super::settings::use_settings;
use super::state::Shared;
use crate::core::dataset::atlas::Atlas;
use crate::core::link::permalink::Focus;
use crate::core::page::html::Html;
use crate::core::text::format::decimal;
use crate::core::text::strings::{Strings, with_count};
use crate::core::timeline::{self, View, Window};
use html::{
    LanesContext, axis_pieces, detail_html, drawn_ticks, label_pieces, list_html, mark_values,
    overview_html, shell_html, shift_style,
};
use pointer::use_pointer;

/// Records `performance.mark("timeline-drawn")` the first time the
/// timeline is on screen, as lanes or as a list.
fn mark_timeline_drawn() {
    static DONE: AtomicBool = AtomicBool::new(false);
    if !DONE.swap(true, Ordering::Relaxed)
        && let Some(performance) = web_sys::window().and_then(|w| w.performance())
    {
        let _ = performance.mark("timeline-drawn");
    }
}

/// The section's elements, found by id under its root (which may be in a
/// shadow tree, where the document cannot see them).
#[derive(Clone, Copy)]
struct Dom(Parts);

impl Dom {
    fn element(self, id: &str) -> Option<web_sys::Element> {
        self.0.find_at(&format!("#{id}"))
    }

    /// Writes HTML into the element with `id`.
    fn fill(self, id: &str, html: &str) {
        if let Some(e) = self.element(id) {
            e.set_inner_html(html);
        }
    }

    /// The selector of milestone `i` as shown: its item in the `list`, or
    /// its label.
    fn milestone(self, list: bool, i: usize) -> String {
        let class = if list { "tl-list-item" } else { "tl-item" };
        format!(".{class}[data-id=\"{i}\"]")
    }

    /// Scrolls the page, if need be, so that milestone `i` (in the `list`,
    /// or its label) is on screen and not under the details, which are a
    /// sheet over the bottom of the screen while the timeline is on it.
    fn keep_in_view(self, list: bool, i: usize) {
        let (Some(item), Some(detail), Some(w)) = (
            self.0.find_at(&self.milestone(list, i)),
            self.element("tl-detail"),
            web_sys::window(),
        ) else {
            return;
        };
        let (item, sheet) = (
            item.get_bounding_client_rect(),
            detail.get_bounding_client_rect(),
        );
        let by = if item.top() < 8.0 {
            item.top() - 8.0
        } else {
            (item.bottom() + 8.0 - sheet.top()).max(0.0)
        };
        if by != 0.0 {
            w.scroll_by_with_x_and_y(0.0, by);
        }
    }

    /// Sets or removes an attribute of the element with `id`.
    fn attr(self, id: &str, name: &str, value: Option<&str>) {
        if let Some(e) = self.element(id) {
            let _ = match value {
                Some(v) => e.set_attribute(name, v),
                None => e.remove_attribute(name),
            };
        }
    }
}

/// The lanes as drawn: which lanes, how many label rows, the axis' tick
/// labels, the attributes of the marks' SVG (in the order of
/// [`mark_values`]), the labels of each lane, and the origin of their
/// positions with the window length it was set for.
struct Drawn {
    lanes: Vec<timeline::Lane>,
    rows: usize,
    /// Which lanes have no milestone shown.
    empty: Vec<bool>,
    axis: Keyed,
    marks: Vec<Attr>,
    items: Vec<Keyed>,
    origin: Option<(f64, f64)>,
    /// The selected milestone last brought out of a group.
    focused: Option<usize>,
}

impl Drawn {
    /// Writes the frame of `lanes` with `rows` label rows, those `empty`
    /// low.
    fn new(dom: Dom, lanes: &[timeline::Lane], rows: usize, empty: Vec<bool>) -> Option<Drawn> {
        dom.fill("tl-body", &shell_html(lanes, rows, &empty));
        // A fixed height makes the lanes a layout boundary: redrawing them
        // lays out and paints nothing else.
        let height = html::body_height(rows, &empty);
        dom.attr("tl-body", "style", Some(&format!("height:{height}px")));
        let items = (0..lanes.len())
            .map(|k| dom.element(&format!("tl-items-{k}")).map(Keyed::new))
            .collect::<Option<Vec<_>>>()?;
        let svg = dom.element("tl-marks")?;
        let paths = svg.query_selector_all("path").ok()?;
        let paths =
            (0..paths.length()).filter_map(|i| paths.item(i)?.dyn_into::<web_sys::Element>().ok());
        let marks = ["width", "height", "viewBox"]
            .into_iter()
            .map(|name| Attr::new(svg.clone(), name))
            .chain(paths.map(|path| Attr::new(path, "d")))
            .collect();
        Some(Drawn {
            lanes: lanes.to_vec(),
            rows,
            empty,
            axis: Keyed::new(dom.element("tl-axis")?),
            marks,
            items,
            origin: None,
            focused: None,
        })
    }

    /// The view of `window` at `width`: positions keep their origin while
    /// only panning, so that labels keep their places and the lanes move as
    /// a whole; zooming or resizing sets a new origin.
    fn view(&mut self, window: Window, width: f64) -> View {
        let scale = width / window.length();
        let origin = match self.origin {
            Some((origin, s)) if (s - scale).abs() <= scale * 1e-9 => origin,
            _ => window.start,
        };
        self.origin = Some((origin, scale));
        View {
            window,
            width,
            origin,
        }
    }
}

/// The fixed parts of the section: heading, search, toolbar.
fn skeleton(s: &Strings) -> (String, String) {
    let mut head = Html::new();
    head.element("h2", &[("id", "timeline-heading")], s.timeline_heading);
    head.element("p", &[("class", "section-intro")], s.timeline_intro);
    let mut bar = Html::new();
    bar.open("div", &[("class", "control tl-search")]);
    bar.element(
        "label",
        &[("class", "control-label"), ("for", "tl-search")],
        s.search_label,
    );
    bar.element(
        "input",
        &[
            ("id", "tl-search"),
            ("class", "select"),
            ("type", "search"),
            ("data-testid", "timeline-search"),
        ],
        "",
    );
    bar.close("div");
    (head.finish(), bar.finish())
}

fn toolbar(s: &Strings) -> String {
    let mut h = Html::new();
    h.open("div", &[("class", "segments"), ("role", "group")]);
    for (action, label) in [
        ("view-timeline", s.view_timeline),
        ("view-list", s.view_list),
    ] {
        h.element(
            "button",
            &[
                ("type", "button"),
                ("class", "button switch"),
                ("id", action),
                ("data-action", action),
                ("data-testid", action),
            ],
            label,
        );
    }
    h.close("div");
    h.element(
        "span",
        &[
            ("class", "tl-count"),
            ("role", "status"),
            ("id", "tl-count"),
            ("data-testid", "timeline-count"),
        ],
        "",
    );
    h.open("div", &[("class", "tl-zoom"), ("id", "tl-zoom")]);
    for (action, label, name) in [
        ("zoom-out", "−", s.zoom_out),
        ("zoom-in", "+", s.zoom_in),
        ("zoom-fit", s.zoom_fit, s.zoom_fit),
    ] {
        h.element(
            "button",
            &[
                ("type", "button"),
                ("class", "button"),
                ("data-action", action),
                ("data-testid", action),
                ("aria-label", name),
                ("title", name),
            ],
            label,
        );
    }
    h.close("div");
    h.finish()
}

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
    let lang = use_lang();
    let s = use_strings();
    let bounds = shared.bounds;
    let window = shared.window;
    let query = shared.search;
    let list_view = shared.list;
    let printing = use_settings().map_or_else(|| signal(false).0, |s| s.printing);
    let track = NodeRef::<Div>::new();
    // The lanes' width: that of the frame inside its border.
    let body = NodeRef::<Div>::new();
    let root = NodeRef::<Div>::new();
    let dom = Dom(Parts::new(root));
    let width = use_width(body);
    let selected = shared.selected;
    // Narrow screens and touch screens get two rows of labels a finger
    // can hit (see `html::row_height`).
    let coarse = use_media("(pointer: coarse)");
    let rows = move || {
        if width.get() < 520.0 || coarse.get() {
            2
        } else {
            3
        }
    };

    let a = atlas.clone();
    let shown =
        Memo::new(move |_| timeline::shown(&a, &shared.filters.read().clusters, &query.read()));
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

    // The lanes: laid out for the window in view only. Their frame is
    // written when the lanes change; on zoom and pan the labels are kept
    // and moved (see `Keyed`).
    let a = atlas.clone();
    Effect::new(move |previous: Option<Option<Drawn>>| {
        let w = width.get();
        if w < 10.0 {
            return None;
        }
        let win = window.get();
        let lanes = lanes.read();
        let rows = rows();
        let empty: Vec<bool> = tracks
            .read()
            .iter()
            .map(timeline::Track::is_empty)
            .collect();
        let mut drawn = previous
            .flatten()
            .filter(|d| d.lanes == *lanes && d.rows == rows && d.empty == empty)
            .or_else(|| Drawn::new(dom, &lanes, rows, empty))?;
        let ticks = timeline::ticks(&win, w, 80.0, lang);
        let breaks: Vec<f64> = ticks.iter().map(|t| t.day).collect();
        let view = drawn.view(win, w);
        let layout = timeline::layout(&a, &tracks.read(), &view, &breaks, rows, lang);
        // A newly selected milestone counted in a group is brought out of
        // it: the window closes in on it (once per selection).
        let current = selected.get();
        if current != drawn.focused {
            drawn.focused = current;
            if let Some(m) = current.and_then(|i| a.milestones().get(i))
                && current.is_some_and(|i| !timeline::labelled(&layout, i))
                && win.length() > 4.0 * timeline::MIN_DAYS
            {
                let (start, end) = m.date.span();
                window.set(win.focus((start + end) as f64 / 2.0, bounds));
            }
        }
        let cx = LanesContext {
            atlas: &a,
            view,
            rows,
            empty: &drawn.empty,
            selected: selected.get(),
            lit_year: shared.hover_year.get(),
            lang,
            s,
        };
        let drawn_ticks = drawn_ticks(&view, &ticks);
        drawn.axis.update(axis_pieces(&drawn_ticks));
        let values = mark_values(&cx, &drawn_ticks, &lanes, &layout);
        for (attr, value) in drawn.marks.iter_mut().zip(values) {
            attr.set(value);
        }
        let shift = shift_style(&view);
        for (k, (items, placements)) in drawn.items.iter_mut().zip(&layout).enumerate() {
            items.update(label_pieces(&cx, placements));
            dom.attr(&format!("tl-items-{k}"), "style", Some(&shift));
        }
        let left = (win.start - bounds.start) / bounds.length() * 100.0;
        let frame = format!(
            "left:{}%;width:{}%",
            decimal(left, 2),
            decimal(win.length() / bounds.length() * 100.0, 2)
        );
        dom.attr("tl-window", "style", Some(&frame));
        mark_timeline_drawn();
        Some(drawn)
    });
    // Set when a reader selects a milestone: the details take the focus.
    let focus_detail = StoredValue::new(false);
    // The details' markup as written.
    let shown_detail = StoredValue::new(String::new());
    // Set when a reader closes the details: the milestone takes it back.
    let return_to = StoredValue::new(None::<usize>);
    // Everything else that changes: views, count, list, detail, overview.
    let a = atlas.clone();
    effect(move || {
        // Paper gets the list, which prints legibly.
        let list = list_view.get() || printing.get();
        let shown = shown.read();
        let current = selected.get();
        dom.attr(
            "view-timeline",
            "aria-pressed",
            Some(if list { "false" } else { "true" }),
        );
        dom.attr(
            "view-list",
            "aria-pressed",
            Some(if list { "true" } else { "false" }),
        );
        for (id, hide) in [
            ("tl-view", list),
            ("tl-zoom", list),
            ("tl-list", !list),
            ("tl-detail", current.is_none()),
        ] {
            dom.attr(id, "hidden", hide.then_some(""));
        }
        let count = match shown.len() {
            0 => s.no_milestones.to_string(),
            1 => s.milestones_one.to_string(),
            n => with_count(s.milestones_count, n),
        };
        if let Some(e) = dom.element("tl-count") {
            e.set_text_content(Some(&count));
        }
        dom.fill(
            "tl-list",
            &if list {
                list_html(&a, &shown, current, lang, s)
            } else {
                String::new()
            },
        );
        // The list is the timeline on screen; the lanes, hidden, are not
        // drawn (they are 0 wide) until they are shown.
        if list {
            mark_timeline_drawn();
        }
        let neighbours =
            [false, true].map(|forward| timeline::neighbour(&shown, current, forward).is_some());
        let detail = current
            .and_then(|i| a.milestones().get(i))
            .map(|m| detail_html(&a, m, neighbours, lang, s))
            .unwrap_or_default();
        // Written only when it changes, so that focus in it stays (as when
        // the page is laid out for printing).
        if detail != shown_detail.get_value() {
            dom.fill("tl-detail", &detail);
            shown_detail.set_value(detail);
        }
        // Focus moves to the new details in the same turn as they are
        // written, so no key press can arrive while nothing has focus. The
        // page stays where the reader is: the details are a sheet at the
        // bottom of the screen, and the milestone is kept in view above it
        // (once the lanes have drawn it).
        if focus_detail.get_value() {
            focus_detail.set_value(false);
            dom.0.focus_at("#tl-detail-title");
            if let Some(i) = current {
                request_animation_frame(move || dom.keep_in_view(list, i));
            }
        }
        if let Some(i) = return_to.get_value() {
            return_to.set_value(None);
            // The milestone's item in the list, or its label (once the
            // lanes have redrawn it unselected), or the timeline if it is in
            // a group.
            request_animation_frame(move || {
                dom.0.focus_at(".tl-frame");
                dom.0.focus_at(&dom.milestone(list, i));
            });
        }
        dom.fill(
            "tl-overview-bars",
            &overview_html(
                &timeline::density(&a, &shown, &lanes.read(), &bounds, 160),
                &lanes.read(),
            ),
        );
    });

    // Selecting a milestone brings it into view.
    let a = atlas.clone();
    effect(move || {
        let Some(m) = selected.get().and_then(|i| a.milestones().get(i)) else {
            return;
        };
        let (start, end) = m.date.span();
        let win = window.get_untracked();
        if (end as f64) < win.start || (start as f64) > win.end {
            window.set(win.centre_on((start + end) as f64 / 2.0, bounds));
        }
    });
    // A link to the timeline, or to a milestone, shows it: the lanes come
    // to the top of the screen, the details under them.
    if scroll_to {
        effect(move || {
            if let Some(track) = track.get() {
                track.scroll_into_view();
            }
        });
    }
    // The search box shows the search (set by a link, or Back).
    effect(move || {
        if let Some(input) = dom
            .element("tl-search")
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            let q = query.get();
            if input.value() != q {
                input.set_value(&q);
            }
        }
    });

    let select = move |i: usize| {
        shared.focus.set(Focus::Timeline);
        focus_detail.set_value(true);
        selected.set(Some(i));
    };
    let step = move |forward: bool| {
        if let Some(i) =
            timeline::neighbour(&shown.read_untracked(), selected.get_untracked(), forward)
        {
            select(i);
        }
    };
    let close = move || {
        return_to.set_value(selected.get_untracked());
        selected.set(None);
    };
    let zoom = move |factor: f64| window.update(|w| *w = w.zoom(factor, 0.5, bounds));
    let suppress_click = use_pointer(track, window, bounds, width);

    let on_click = move |ev: leptos::ev::MouseEvent| {
        if suppress_click.get_value() {
            suppress_click.set_value(false);
            return;
        }
        if let Some(i) = target_data(&ev, Data::Id).and_then(|v| v.parse().ok()) {
            select(i);
            return;
        }
        if let Some(span) = target_data(&ev, Data::Span) {
            let mut parts = span
                .split(',')
                .filter_map(|p| p.parse::<i64>().ok())
                .map(|d| d as f64);
            if let (Some(first), Some(end)) = (parts.next(), parts.next()) {
                let margin = ((end - first) * 0.15).max(timeline::MIN_DAYS);
                window.set(
                    Window {
                        start: first - margin,
                        end: end + margin,
                    }
                    .within(bounds),
                );
            }
            return;
        }
        match target_data(&ev, Data::Action).as_deref() {
            Some("view-timeline") => {
                shared.focus.set(Focus::Timeline);
                list_view.set(false);
            }
            Some("view-list") => {
                shared.focus.set(Focus::Timeline);
                list_view.set(true);
            }
            Some("zoom-in") => zoom(1.5),
            Some("zoom-out") => zoom(1.0 / 1.5),
            Some("zoom-fit") => window.set(bounds),
            Some("prev") => step(false),
            Some("next") => step(true),
            Some("close") => close(),
            Some("overview") => {
                let strip = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .and_then(|e| e.closest(".tl-overview").ok().flatten());
                if let Some(strip) = strip {
                    let rect = strip.get_bounding_client_rect();
                    let fraction = (f64::from(ev.client_x()) - rect.left()) / rect.width().max(1.0);
                    window.update(|w| {
                        *w = w.centre_on(bounds.start + fraction * bounds.length(), bounds)
                    });
                }
            }
            _ => {}
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let Some(target) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        if matches!(target.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA") {
            return;
        }
        let open = selected.get_untracked().is_some();
        let key = ev.key();
        // In the lanes, keys move the focus from label to label (with a
        // milestone open, ← and → open the one before or after it).
        let arrow = matches!(key.as_str(), "ArrowLeft" | "ArrowRight");
        if let Some(frame) = track.get_untracked()
            && frame.contains(Some(target.as_ref()))
            && !(open && arrow)
            && let Some(next) = keys::step(&frame, &target, &key)
        {
            ev.prevent_default();
            match next {
                keys::Step::Focus(e) => {
                    let _ = e.focus();
                }
                keys::Step::Pan(by) => window.update(|w| *w = w.pan(by, bounds)),
            }
            return;
        }
        match key.as_str() {
            "ArrowLeft" if open => step(false),
            "ArrowRight" if open => step(true),
            "ArrowLeft" => window.update(|w| *w = w.pan(-0.2, bounds)),
            "ArrowRight" => window.update(|w| *w = w.pan(0.2, bounds)),
            "+" | "=" => zoom(1.5),
            "-" | "_" => zoom(1.0 / 1.5),
            "0" => window.set(bounds),
            "Escape" if open => close(),
            _ => return,
        }
        ev.prevent_default();
    };
    let on_input = move |ev: leptos::ev::Event| {
        if target_data(&ev, Data::TestId).as_deref() == Some("timeline-search") {
            query.set(event_target_value(&ev));
        }
    };
    let (head, search) = skeleton(s);
    view! {
        <section
            id="timeline"
            class="timeline"
            aria-labelledby="timeline-heading"
            on:click=on_click
            on:keydown=on_key
            on:input=on_input
        >
            <div class="tl-root" node_ref=root>
            <div inner_html=head></div>
            <div class="shared-controls">
                <SharedControls atlas=atlas.clone() filters=shared.filters tab=shared.tab years=false/>
                <div class="tl-search-wrap" inner_html=search></div>
            </div>
            <div class="tl-toolbar" inner_html=toolbar(s)></div>
            <div id="tl-view">
                <p class="visually-hidden" id="tl-help">{s.timeline_help}</p>
                <div
                    class="tl-frame"
                    node_ref=track
                    tabindex="0"
                    role="group"
                    aria-label=s.timeline_label
                    aria-describedby="tl-help"
                    data-testid="timeline"
                >
                    <div id="tl-body" class="tl-body" node_ref=body></div>
                </div>
                <div class="tl-overview" data-action="overview" data-testid="timeline-overview" role="img" aria-label=s.overview_label>
                    <div id="tl-overview-bars" class="tl-overview-bars"></div>
                    <div id="tl-window" class="tl-window"></div>
                </div>
            </div>
            <div id="tl-list" class="tl-list" data-testid="timeline-list" hidden></div>
            <section id="tl-detail" class="tl-detail" data-testid="milestone-detail" aria-labelledby="tl-detail-title" hidden></section>
            </div>
        </section>
    }
}
