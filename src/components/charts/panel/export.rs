//! A chart's exports: the drawing as SVG or PNG, with its title and
//! sources, and its data as CSV, each citing the view; the panel's status
//! says when a download failed.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Panel;
use super::chart::{ChartMemos, chart_height};
use crate::components::download::{save_drawing, save_text};
use crate::components::history::citing_here;
use crate::core::chart::decimate::decimate_view;
use crate::core::chart::export::{csv, file_name, source_line};
use crate::core::chart::view::ChartView;
use crate::core::page::chart::frame::ChartPart;
use crate::core::text::bilingual::Lang;
use crate::draw::theme::{DARK, LIGHT};
use crate::draw::{Decor, Options, Size, draw};

/// The export formats.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The drawing, as SVG.
    Svg,
    /// The drawing, as PNG.
    Png,
    /// The data, as CSV.
    Csv,
}

/// Exports the chart in a format, as the reader sees it (light unless the
/// panel's checkbox asks for dark), and says in the panel's status whether
/// the download failed.
pub fn use_export(panel: &Panel, memos: ChartMemos) -> impl Fn(Format) + use<> {
    let atlas = panel.atlas.clone();
    let parts = panel.parts;
    let hidden = panel.hidden;
    let lang = panel.lang;
    let s = panel.s;
    let ChartMemos { view, size, .. } = memos;
    move |format| {
        let view = view.get_untracked();
        let hidden = hidden.get_untracked();
        let citing = citing_here(&atlas, lang, s);
        let saved = match format {
            Format::Csv => save_text(
                &csv(&atlas, &view, &hidden, lang, &citing),
                "text/csv;charset=utf-8",
                &file_name(&view, "csv"),
            ),
            Format::Svg | Format::Png => {
                let footer = source_line(&atlas, &view.sources(), s.source, lang, &citing);
                let dark = parts
                    .get(ChartPart::ExportDark)
                    .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                    .is_some_and(|input| input.checked());
                let image = Image {
                    view: &view,
                    hidden: &hidden,
                    footer: &footer,
                    width: size.get_untracked().width.max(640),
                    dark,
                    lang,
                };
                save_image(&image, format)
            }
        };
        let status = if saved.is_ok() { "" } else { s.download_failed };
        parts.text(ChartPart::Status, status);
    }
}

/// A chart as an exported image draws it.
struct Image<'a> {
    /// The chart's data.
    view: &'a ChartView,
    /// The series hidden.
    hidden: &'a [String],
    /// The sources and citation under the chart.
    footer: &'a str,
    /// The image's width, in CSS pixels.
    width: u32,
    /// Whether it is drawn in the dark theme.
    dark: bool,
    /// The language of its text.
    lang: Lang,
}

/// Draws `image` with its title and footer, and saves it as SVG or PNG.
fn save_image(image: &Image, format: Format) -> Result<(), wasm_bindgen::JsValue> {
    let size = Size {
        width: image.width,
        height: chart_height(image.width) + 120,
    };
    let drawn = draw(
        &decimate_view(image.view, image.width as usize),
        &Options {
            hidden: image.hidden,
            size,
            theme: if image.dark { &DARK } else { &LIGHT },
            lang: image.lang,
            decor: Some(Decor {
                title: &image.view.title,
                footer: image.footer,
            }),
            marker: None,
        },
    )?;
    let png = format == Format::Png;
    let name = file_name(image.view, if png { "png" } else { "svg" });
    save_drawing(&drawn.svg, png, (size.width, size.height), &name)
}
