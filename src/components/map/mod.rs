//! The tile map's section. The core writes its HTML, values, view and
//! read-out and `draw::map` draws; this holds the state (one signal), one
//! effect that redraws the drawing and the read-out, and one listener per
//! kind of event on the section's root.

mod play;

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::delegate::{each_with, part_of};
use crate::components::effect::effect;
use crate::components::hooks::use_width::use_width;
use crate::components::listener::listener;
use crate::components::locale::{use_lang, use_strings};
use crate::components::settings::use_dark;
use crate::components::state::Shared;
use crate::core::chart::options::EconomyMode;
use crate::core::chart::tabs::Tab;
use crate::core::dataset::atlas::Atlas;
use crate::core::link::permalink::Focus;
use crate::core::map::grid::{Step, TileGrid};
use crate::core::map::measure::{MapMeasure, map_values, map_years};
use crate::core::map::state::MapState;
use crate::core::map::view::map_view;
use crate::core::page::contract::{Data, Name, Part};
use crate::core::page::map::{MapControls, MapPart, MapReadout, readout_html, section_html};
use crate::core::text::format::read_whole;
use crate::core::text::strings::map::map_strings;
use crate::draw::map::{MapFrame, MapSpec, draw_map, map_height};
use crate::draw::theme::{DARK, LIGHT};

/// The widest the drawing is drawn, in pixels.
const MAX_WIDTH: f64 = 720.0;

/// The map's section, for a dataset whose entities have tiles.
#[component]
pub fn MapSection(
    /// The dataset.
    atlas: Arc<Atlas>,
    /// State shared with the charts and the timeline.
    shared: Shared,
    /// Whether the page opened at the map (a link to it), to scroll to it.
    scroll_to: bool,
) -> impl IntoView {
    let lang = use_lang();
    let s = use_strings();
    let m = map_strings(lang);
    let dark = use_dark();
    let grid = Rc::new(TileGrid::of(&atlas));
    let years = map_years(&atlas, &grid, MapMeasure::Gdp);
    let (first, last) = (
        years.first().copied().unwrap_or_default(),
        years.last().copied().unwrap_or_default(),
    );
    // Without a year of its own, the map shows the last of the shared
    // year range.
    let filters = shared.filters;
    let default_year = move || filters.read().years.1.clamp(first, last);
    let state = RwSignal::new(
        shared
            .map
            .get_untracked()
            .state((first, last), untrack(default_year)),
    );
    let start = state.get_untracked();
    let markup = section_html(
        &atlas,
        MapControls {
            measure: start.measure,
            years: &years,
            year: start.year,
            base: start.base,
        },
        lang,
        m,
    );
    let root = NodeRef::<Div>::new();
    let width = use_width(root);
    let frame = Rc::new(Cell::new(MapFrame::default()));

    // Redraws the map and its read-out, and sets the controls, from the
    // state.
    let section = root;
    {
        let (atlas, grid, frame) = (atlas.clone(), grid.clone(), frame.clone());
        effect(move || {
            let st = state.get();
            let shown = filters.get();
            let width = width.get().min(MAX_WIDTH).round() as u32;
            let theme = if dark.get() { &DARK } else { &LIGHT };
            let Some(root) = root.get() else { return };
            let values = map_values(&atlas, &grid, st.measure, st.year, st.base);
            let mut view = map_view(&atlas, &grid, &values, st.measure, lang);
            // Only the clusters shown are outlined, and their toggles are
            // pressed, as the charts' are.
            view.outlines.retain(|o| shown.shows_cluster(&o.cluster));
            each_with(&section, Data::Cluster, |button, id| {
                let pressed = shown.shows_cluster(id);
                let _ = button.set_attribute("aria-pressed", &pressed.to_string());
            });
            if let Some(drawing) = part_of(&root, MapPart::Drawing) {
                let spec = MapSpec {
                    view: &view,
                    current: st.current,
                    no_data: m.no_data,
                    width,
                    theme,
                };
                let (svg, drawn) = draw_map(&spec).unwrap_or_default();
                frame.set(drawn);
                drawing.set_inner_html(&svg);
                let height = map_height(width, view.grid);
                let _ = drawing.set_attribute("style", &format!("min-height:{height}px"));
            }
            let readout = MapReadout {
                atlas: &atlas,
                grid: &grid,
                values: &values,
                tile: st.current,
                controls: MapControls {
                    measure: st.measure,
                    years: &years,
                    year: st.year,
                    base: st.base,
                },
                lang,
            };
            if let Some(part) = part_of(&root, MapPart::Readout) {
                part.set_inner_html(&readout_html(&readout, s, m));
            }
            let year = st.year.to_string();
            if let Some(input) = part_of(&root, MapPart::Year)
                .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                input.set_value(&year);
            }
            if let Some(shown) = part_of(&root, MapPart::YearShown) {
                shown.set_text_content(Some(&year));
            }
            if let Some(label) = part_of(&root, MapPart::Base).and_then(|b| b.parent_element()) {
                let growth = st.measure == MapMeasure::Growth;
                let _ = label.class_list().toggle_with_force("hidden", !growth);
            }
        });
    }
    let playing = play::use_play(state, last, root, m);
    // The link follows the map's choices once they settle (not each year
    // Play shows), and the map follows the link on Back and Forward.
    effect(move || {
        let link = state.get().link(first, default_year());
        if !playing.get() && shared.map.get_untracked() != link {
            shared.map.set(link);
        }
    });
    effect(move || {
        let want = shared.map.get().state((first, last), untrack(default_year));
        let st = state.get_untracked();
        if (st.measure, st.year, st.base) != (want.measure, want.year, want.base) {
            state.set(MapState {
                current: st.current,
                ..want
            });
        }
    });
    if scroll_to {
        effect(move || {
            if let Some(root) = root.get() {
                root.scroll_into_view();
            }
        });
    }

    // The controls: a measure, a year (slid or chosen), a base year.
    let on_control = move |ev: leptos::ev::Event| {
        let Some(target) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        shared.focus.set(Focus::Map);
        let value = event_target_value(&ev);
        let as_year = read_whole(&value).and_then(|y| i32::try_from(y).ok());
        match (MapPart::from_slug(&target.id()), as_year) {
            (Some(MapPart::Measure), _) => {
                if let Some(measure) = MapMeasure::from_slug(&value) {
                    state.update(|st| st.measure = measure);
                }
            }
            (Some(MapPart::Year), Some(year)) => {
                playing.set(false);
                state.update(|st| st.year = year);
            }
            (Some(MapPart::Base), Some(base)) => state.update(|st| st.base = base),
            _ => {}
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(target) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let closest = |selector: &str| target.closest(selector).ok().flatten();
        if closest(&MapPart::Play.selector()).is_some() {
            shared.focus.set(Focus::Map);
            play::toggle(playing, state, first, last);
        } else if let Some(id) =
            closest(".map-members").and_then(|b| b.get_attribute(Data::Cluster.slug()))
        {
            show_members(shared, id);
        } else if let Some(id) = closest(&Data::Cluster.selector(None))
            .and_then(|b| b.get_attribute(Data::Cluster.slug()))
        {
            filters.update(|f| *f = f.choose_cluster(&atlas, &id));
        }
    };
    // The tile under the pointer; a tile tapped or clicked stays (the
    // pointer can then reach its read-out over other tiles) until another
    // is, or a place without one.
    let pinned = Rc::new(Cell::new(false));
    let on_pointer = {
        let (grid, pinned) = (grid.clone(), pinned.clone());
        move |ev: leptos::ev::PointerEvent| {
            let down = ev.type_() == "pointerdown";
            if pinned.get() && !down {
                return;
            }
            let Some(drawing) = root.get().and_then(|r| part_of(&r, MapPart::Drawing)) else {
                return;
            };
            let rect = drawing.get_bounding_client_rect();
            let place = frame.get().place_at(
                f64::from(ev.client_x()) - rect.left(),
                f64::from(ev.client_y()) - rect.top(),
            );
            let tile = place.and_then(|(col, row)| grid.at(col, row));
            if down && place.is_some() {
                pinned.set(tile.is_some());
            }
            if tile.is_some() && state.with_untracked(|st| st.current) != tile {
                state.update(|st| st.current = tile);
            }
        }
    };
    // Arrow keys on the drawing move between tiles; Escape leaves them.
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let on_drawing = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|t| t.id() == MapPart::Drawing.slug());
        let step = match ev.key().as_str() {
            "ArrowLeft" => Step::Left,
            "ArrowRight" => Step::Right,
            "ArrowUp" => Step::Up,
            "ArrowDown" => Step::Down,
            "Escape" if on_drawing => {
                pinned.set(false);
                state.update(|st| st.current = None);
                return;
            }
            _ => return,
        };
        if on_drawing {
            ev.prevent_default();
            state.update(|st| *st = st.stepped(&grid, step));
        }
    };

    view! {
        <div
            class="map-section"
            id="map"
            role="region"
            aria-labelledby="map-heading"
            data-testid="map"
            node_ref=root
            inner_html=markup
            on:change=listener(on_control)
            on:input=listener(on_control)
            on:click=listener(on_click)
            on:pointermove=listener(on_pointer.clone())
            on:pointerdown=listener(on_pointer)
            on:keydown=listener(on_key)
        ></div>
    }
}

/// Shows the members of cluster `id` in the economy chart, and goes there.
fn show_members(shared: Shared, id: String) {
    shared.options.update(|o| {
        o.economy = EconomyMode::Members;
        o.members_of = id;
    });
    shared.tab.set(Tab::FIRST);
    shared.focus.set(Focus::Charts);
    if let Some(charts) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("charts"))
    {
        charts.scroll_into_view();
    }
}
