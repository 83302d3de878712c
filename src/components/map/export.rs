//! The map's downloads, as a chart's: the drawing as SVG or PNG (twice
//! the size) with its title and sources, and its data as CSV, each citing
//! the view.

use std::rc::Rc;
use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::delegate::part_of;
use crate::components::download::{save_drawing, save_text};
use crate::components::history::citing_here;
use crate::core::chart::export::source_line;
use crate::core::chart::options::Filters;
use crate::core::dataset::atlas::Atlas;
use crate::core::map::export::{map_csv, map_file_name, map_rows, map_title};
use crate::core::map::grid::TileGrid;
use crate::core::map::state::MapState;
use crate::core::map::view::map_shown;
use crate::core::page::chart::frame::{ChartAction, ChartPart};
use crate::core::page::contract::Name;
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::Strings;
use crate::core::text::strings::map::MapStrings;
use crate::draw::Decor;
use crate::draw::map::{MapSpec, draw_map};
use crate::draw::theme::{DARK, LIGHT};

/// The narrowest an exported map is drawn, in pixels.
const EXPORT_WIDTH: u32 = 640;

/// What the downloads read.
#[derive(Clone)]
pub struct MapData {
    /// The dataset.
    pub atlas: Arc<Atlas>,
    /// Its tiles.
    pub grid: Rc<TileGrid>,
    /// The map's state.
    pub state: RwSignal<MapState>,
    /// The clusters shown.
    pub filters: RwSignal<Filters>,
    /// The section.
    pub root: NodeRef<Div>,
    /// The language and its words.
    pub lang: Lang,
    /// The page's words.
    pub s: &'static Strings,
    /// The map's words.
    pub m: &'static MapStrings,
}

/// Downloads the map in `format` (SVG, PNG or CSV), light unless the
/// section's checkbox asks for dark, and says in its status whether the
/// download failed.
pub fn save(data: &MapData, format: ChartAction) {
    let Some(root) = data.root.get_untracked() else {
        return;
    };
    let (lang, s, m) = (data.lang, data.s, data.m);
    let st = data.state.get_untracked();
    let shown = st.shown();
    let citing = citing_here(&data.atlas, lang, s);
    let (values, view) = map_shown(
        &data.atlas,
        &data.grid,
        shown,
        &data.filters.read_untracked(),
        lang,
    );
    let rows = map_rows(&data.atlas, &data.grid, &values, st.year);
    let saved = if format == ChartAction::Csv {
        save_text(
            &map_csv(&rows, &data.atlas, shown, lang, m, &citing),
            "text/csv;charset=utf-8",
            &map_file_name(shown, "csv"),
        )
    } else {
        let dark = part_of(&root, ChartPart::ExportDark)
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|input| input.checked());
        let cited: Vec<String> = rows.iter().flat_map(|r| r.sources.clone()).collect();
        let footer = source_line(&data.atlas, &cited, s.source, lang, &citing);
        let title = map_title(shown, m);
        let width = (root.client_width().max(0) as u32).max(EXPORT_WIDTH);
        let spec = MapSpec {
            view: &view,
            no_data: m.no_data,
            width,
            theme: if dark { &DARK } else { &LIGHT },
            decor: Some(Decor {
                title: &title,
                footer: &footer,
            }),
        };
        draw_map(&spec)
            .map_err(wasm_bindgen::JsValue::from)
            .and_then(|(svg, frame)| {
                let name = map_file_name(shown, format.slug());
                let png = format == ChartAction::Png;
                save_drawing(&svg, png, (width, frame.height), &name)
            })
    };
    if let Some(status) = part_of(&root, ChartPart::Status) {
        status.set_text_content(Some(if saved.is_ok() { "" } else { s.download_failed }));
    }
}
