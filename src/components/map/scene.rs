//! What the map's drawing, table and controls show, and how they are
//! drawn: again only when it changes, not when the read-out moves to
//! another tile.

use std::cell::Cell;

use wasm_bindgen::JsCast;

use crate::components::delegate::{each_under, part_of};
use crate::core::chart::options::Filters;
use crate::core::dataset::atlas::Atlas;
use crate::core::map::export::{Shown, map_rows};
use crate::core::map::grid::TileGrid;
use crate::core::map::measure::{MapMeasure, MapValues};
use crate::core::map::view::map_shown;
use crate::core::page::chart::frame::ChartPart;
use crate::core::page::contract::Data;
use crate::core::page::map::{MapPart, table_html};
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::map::MapStrings;
use crate::draw::map::{MapFrame, MapSpec, draw_map, map_height};
use crate::draw::theme::{DARK, LIGHT};

/// What the drawing, the table and the controls show.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    /// The measure and years.
    pub shown: Shown,
    /// The clusters outlined.
    pub clusters: Filters,
    /// The drawing's width, in pixels.
    pub width: u32,
    /// Whether the theme is dark.
    pub dark: bool,
    /// Whether the table is open.
    pub table: bool,
}

/// What [`draw_scene`] draws with.
pub struct Stage<'a> {
    /// The dataset.
    pub atlas: &'a Atlas,
    /// Its tiles.
    pub grid: &'a TileGrid,
    /// Where the tiles landed, set by the drawing.
    pub frame: &'a Cell<MapFrame>,
    /// The language.
    pub lang: Lang,
    /// The map's words.
    pub m: &'static MapStrings,
}

/// Draws `scene` under the section `root`: the drawing, the clusters'
/// toggles, the table and the controls; returns the values shown.
pub fn draw_scene(root: &web_sys::Element, scene: &Scene, stage: &Stage) -> MapValues {
    let Stage {
        atlas,
        grid,
        frame,
        lang,
        m,
    } = *stage;
    let st = scene.shown;
    // Only the clusters shown are outlined, and their toggles are
    // pressed, as the charts' are.
    let (values, view) = map_shown(atlas, grid, st, &scene.clusters, lang);
    each_under(root, Data::Cluster, &mut |button, id| {
        let pressed = scene.clusters.shows_cluster(id);
        let _ = button.set_attribute("aria-pressed", &pressed.to_string());
    });
    if let Some(drawing) = part_of(root, MapPart::Drawing) {
        let spec = MapSpec {
            view: &view,
            no_data: m.no_data,
            width: scene.width,
            theme: if scene.dark { &DARK } else { &LIGHT },
            decor: None,
        };
        let (svg, drawn) = draw_map(&spec).unwrap_or_default();
        frame.set(drawn);
        drawing.set_inner_html(&svg);
        let height = map_height(scene.width, view.grid);
        let _ = drawing.set_attribute("style", &format!("min-height:{height}px"));
    }
    // The table, while it is open, and its toggle pressed.
    if let Some(toggle) = part_of(root, ChartPart::TableToggle) {
        let _ = toggle.set_attribute("aria-pressed", &scene.table.to_string());
    }
    if let Some(part) = part_of(root, ChartPart::TableScroll) {
        let html = if scene.table {
            table_html(&map_rows(atlas, grid, &values, st.year), st, lang, m)
        } else {
            String::new()
        };
        part.set_inner_html(&html);
    }
    let year = st.year.to_string();
    if let Some(input) =
        part_of(root, MapPart::Year).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.set_value(&year);
    }
    if let Some(shown) = part_of(root, MapPart::YearShown) {
        shown.set_text_content(Some(&year));
    }
    if let Some(label) = part_of(root, MapPart::Base).and_then(|b| b.parent_element()) {
        let growth = st.measure == MapMeasure::Growth;
        let _ = label.class_list().toggle_with_force("hidden", !growth);
    }
    values
}
