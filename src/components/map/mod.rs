//! The tile map's section: its controls, the drawing, the read-out of the
//! tile pointed at, tapped or focused, and the caveats. The core makes the
//! values, the view and the HTML; `draw::map` draws; this wires them.

mod play;

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
use crate::core::dataset::atlas::Atlas;
use crate::core::map::grid::{Step, TileGrid};
use crate::core::map::measure::{MapMeasure, map_values, map_years};
use crate::core::map::view::map_view;
use crate::core::page::contract::{Name, Part};
use crate::core::page::html::Html;
use crate::core::page::map::{
    MapControls, MapPart, MapReadout, caveats_html, controls_html, readout_html,
};
use crate::core::text::format::read_whole;
use crate::core::text::strings::map::map_strings;
use crate::draw::map::{MapSpec, draw_map};
use crate::draw::theme::{DARK, LIGHT};

/// The map's section, for a dataset whose entities have tiles.
#[component]
pub fn MapSection(
    /// The dataset.
    atlas: Arc<Atlas>,
    /// State shared with the charts and the timeline.
    shared: Shared,
) -> impl IntoView {
    let lang = use_lang();
    let s = use_strings();
    let m = map_strings(lang);
    let dark = use_dark();
    let grid = Arc::new(TileGrid::of(&atlas));
    let years = map_years(&atlas, &grid, MapMeasure::Gdp);
    let (first, last) = (
        years.first().copied().unwrap_or_default(),
        years.last().copied().unwrap_or_default(),
    );
    let start = shared.filters.get_untracked().years.1.clamp(first, last);
    let measure = RwSignal::new(MapMeasure::Gdp);
    let year = RwSignal::new(start);
    let base = RwSignal::new(first);
    let current = RwSignal::new(None::<usize>);
    let root = NodeRef::<Div>::new();
    let drawing = NodeRef::<Div>::new();
    let width = use_width(drawing);

    let values = {
        let (atlas, grid) = (atlas.clone(), grid.clone());
        Memo::new(move |_| map_values(&atlas, &grid, measure.get(), year.get(), base.get()))
    };
    let view = {
        let (atlas, grid) = (atlas.clone(), grid.clone());
        Memo::new(move |_| map_view(&atlas, &grid, &values.read(), measure.get(), lang))
    };
    let drawn = Memo::new(move |_| {
        let theme = if dark.get() { &DARK } else { &LIGHT };
        let spec = MapSpec {
            view: &view.read(),
            current: current.get(),
            no_data: m.no_data,
            width: width.get().round() as u32,
            theme,
        };
        draw_map(&spec).unwrap_or_default()
    });
    let readout = {
        let (atlas, grid, years) = (atlas.clone(), grid.clone(), years.clone());
        Memo::new(move |_| {
            let r = MapReadout {
                atlas: &atlas,
                grid: &grid,
                values: &values.read(),
                tile: current.get(),
                controls: MapControls {
                    measure: measure.get(),
                    years: &years,
                    year: year.get(),
                    base: base.get(),
                },
                lang,
            };
            readout_html(&r, s, m)
        })
    };

    let mut controls = Html::new();
    controls_html(
        &mut controls,
        MapControls {
            measure: MapMeasure::Gdp,
            years: &years,
            year: start,
            base: first,
        },
        m,
    );
    let mut caveats = Html::new();
    caveats_html(&mut caveats, m);

    // The year shown and the base year's choice follow the state.
    effect(move || {
        let (y, growth) = (year.get(), measure.get() == MapMeasure::Growth);
        let Some(root) = root.get() else { return };
        if let Some(input) = part_of(&root, MapPart::Year)
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.set_value(&y.to_string());
        }
        if let Some(shown) = part_of(&root, MapPart::YearShown) {
            shown.set_text_content(Some(&y.to_string()));
        }
        if let Some(label) = part_of(&root, MapPart::Base).and_then(|b| b.parent_element()) {
            let _ = label.class_list().toggle_with_force("hidden", !growth);
        }
    });
    let playing = play::use_play(year, last, root, m);

    let on_change = move |ev: leptos::ev::Event| {
        let Some(target) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let value = event_target_value(&ev);
        let as_year = || read_whole(&value).and_then(|y| i32::try_from(y).ok());
        match MapPart::from_slug(&target.id()) {
            Some(MapPart::Measure) => {
                if let Some(chosen) = MapMeasure::from_slug(&value) {
                    measure.set(chosen);
                }
            }
            Some(MapPart::Year) => {
                if let Some(y) = as_year() {
                    playing.set(false);
                    year.set(y);
                }
            }
            Some(MapPart::Base) => {
                if let Some(y) = as_year() {
                    base.set(y);
                }
            }
            _ => {}
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let pressed = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest(&MapPart::Play.selector()).ok().flatten());
        if pressed.is_some() {
            play::toggle(playing, year, first, last);
        }
    };
    let tile_at = {
        let grid = grid.clone();
        move |ev: &web_sys::PointerEvent| {
            let element = drawing.get()?;
            let rect = element.get_bounding_client_rect();
            let frame = drawn.with_untracked(|(_, frame)| *frame);
            let (col, row) = frame.place_at(
                f64::from(ev.client_x()) - rect.left(),
                f64::from(ev.client_y()) - rect.top(),
            )?;
            grid.at(col, row)
        }
    };
    let on_pointer = {
        let tile_at = tile_at.clone();
        move |ev: web_sys::PointerEvent| {
            if let Some(i) = tile_at(&ev) {
                current.set(Some(i));
            }
        }
    };
    let on_key = {
        let grid = grid.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            let step = match ev.key().as_str() {
                "ArrowLeft" => Step::Left,
                "ArrowRight" => Step::Right,
                "ArrowUp" => Step::Up,
                "ArrowDown" => Step::Down,
                "Escape" => {
                    current.set(None);
                    return;
                }
                _ => return,
            };
            ev.prevent_default();
            let from = current.get_untracked().unwrap_or(0);
            current.set(Some(grid.step(from, step).unwrap_or(from)));
        }
    };
    let on_focus = move |_: leptos::ev::FocusEvent| {
        if current.get_untracked().is_none() {
            current.set(Some(0));
        }
    };
    let height = move || {
        let side = crate::draw::map::map_height(width.get().round() as u32, (grid.cols, grid.rows));
        format!("min-height:{side}px")
    };

    view! {
        <section class="map-section" id="map" aria-labelledby="map-heading" data-testid="map">
            <h2 id="map-heading">{m.heading}</h2>
            <p class="map-lead">{m.lead}</p>
            <div node_ref=root inner_html=controls.finish() on:change=listener(on_change) on:click=listener(on_click) on:input=listener(move |ev: leptos::ev::Event| {
                if let Some(t) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    && t.id() == MapPart::Year.slug()
                    && let Some(y) = read_whole(&event_target_value(&ev)).and_then(|y| i32::try_from(y).ok())
                {
                    playing.set(false);
                    year.set(y);
                }
            })></div>
            <div
                class="map-drawing"
                id=MapPart::Drawing.slug()
                data-testid="map-drawing"
                node_ref=drawing
                tabindex="0"
                role="group"
                aria-label=m.keys
                aria-describedby=MapPart::Readout.slug()
                style=height
                inner_html=move || drawn.with(|(svg, _)| svg.clone())
                on:pointermove=listener(on_pointer.clone())
                on:pointerdown=listener(on_pointer)
                on:keydown=listener(on_key)
                on:focus=listener(on_focus)
            ></div>
            <div class="map-readout" id=MapPart::Readout.slug() data-testid="map-readout" aria-live="polite" inner_html=move || readout.get()></div>
            <div inner_html=caveats.finish()></div>
        </section>
    }
}
