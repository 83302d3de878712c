//! The tile map's section. The core writes its HTML, values, view and
//! read-out and `draw::map` draws; this holds the state (one signal), one
//! effect that redraws the drawing and the read-out, and one listener per
//! kind of event on the section's root.

mod export;
pub mod locators;
mod play;
mod scene;

use export::MapData;
use scene::{Scene, Stage, draw_scene};

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::delegate::part_of;
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
use crate::core::map::grid::{GridTile, Step, TileGrid};
use crate::core::map::measure::{MapMeasure, MapValues, map_years};
use crate::core::map::state::MapState;
use crate::core::page::chart::frame::ChartAction;
use crate::core::page::contract::{Data, Name, Part};
use crate::core::page::map::{MapControls, MapPart, MapReadout, readout_html, section_html};
use crate::core::story::view::step_at;
use crate::core::text::format::read_whole;
use crate::core::text::strings::map::map_strings;
use crate::draw::map::MapFrame;

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
        s,
        m,
    );
    let root = NodeRef::<Div>::new();
    let width = use_width(root);
    let frame = Rc::new(Cell::new(MapFrame::default()));
    // Whether the table is open (closed at first).
    let table = RwSignal::new(false);

    // Draws the map and its table, and sets the controls, when what they
    // show changes; then rings the tile the read-out is on and writes the
    // read-out: moving between tiles draws nothing again.
    {
        let (atlas, grid, frame) = (atlas.clone(), grid.clone(), frame.clone());
        let drawn_for = RefCell::new(None);
        let values = RefCell::new(MapValues::default());
        effect(move || {
            // Drawn once shown, while a story's step hides the map.
            if shared.hidden_by_story(Focus::Map) {
                return;
            }
            let st = state.get();
            let clusters = filters.get();
            let width = width.get().min(MAX_WIDTH).round() as u32;
            let dark = dark.get();
            let open = table.get();
            let Some(root) = root.get() else { return };
            let scene = Scene {
                shown: st.shown(),
                clusters,
                width,
                dark,
                table: open,
            };
            if drawn_for.borrow().as_ref() != Some(&scene) {
                let stage = Stage {
                    atlas: &atlas,
                    grid: &grid,
                    frame: &frame,
                    lang,
                    m,
                };
                *values.borrow_mut() = draw_scene(&root, &scene, &stage);
                *drawn_for.borrow_mut() = Some(scene);
            }
            if let Some(ring) = part_of(&root, MapPart::Ring) {
                let place = st.current.and_then(|t| grid.tiles.get(t));
                if let Some(t) = place {
                    let _ = ring.set_attribute("style", &tile_box(&frame.get(), t));
                }
                let _ = ring.toggle_attribute_with_force("hidden", place.is_none());
            }
            // The tiles a story's step highlights, outlined.
            if let Some(marks) = part_of(&root, MapPart::Marks) {
                let html = shared.story.with(|p| {
                    let (_, step) = step_at(&atlas, p.as_ref()?)?;
                    let mut html = String::new();
                    for t in grid.tiles.iter().filter(|t| {
                        atlas
                            .entities()
                            .get(t.entity)
                            .is_some_and(|e| step.highlight.tiles.contains(&e.id))
                    }) {
                        html.push_str(&format!(
                            "<span class=\"map-mark\" style=\"{}\"></span>",
                            tile_box(&frame.get(), t)
                        ));
                    }
                    Some(html)
                });
                marks.set_inner_html(&html.unwrap_or_default());
            }
            let readout = MapReadout {
                atlas: &atlas,
                grid: &grid,
                values: &values.borrow(),
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
        });
    }
    let playing = play::use_play(state, last, root, m);
    let data = MapData {
        atlas: atlas.clone(),
        grid: grid.clone(),
        state,
        filters,
        root,
        lang,
        s,
        m,
    };
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
        } else if let Some(action) = closest(&Data::Action.selector(None))
            .and_then(|b| b.get_attribute(Data::Action.slug()))
            .and_then(|a| ChartAction::from_slug(&a))
        {
            match action {
                ChartAction::Table => table.update(|open| *open = !*open),
                format => export::save(&data, format),
            }
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

/// The position and size of tile `t` over the drawing, as a `style`: in
/// whole pixels, as formatting a float would bring its formatting code
/// into the WebAssembly.
fn tile_box(f: &MapFrame, t: &GridTile) -> String {
    let px = |v: f64| v.round() as i32;
    let (x, y) = (
        px(f.left + f.side * f64::from(t.col)),
        px(f.top + f.side * f64::from(t.row)),
    );
    format!(
        "left:{x}px;top:{y}px;width:{s}px;height:{s}px",
        s = px(f.side)
    )
}
