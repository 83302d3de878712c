//! One chart: its drawing (a chain of memos from the reader's choices to
//! the SVG), legend, read-out, table, notes, sources and exports.
//!
//! The panel is written as HTML text once; effects keep its parts up to
//! date, and one listener per kind of event serves all its controls. That
//! keeps the WebAssembly small (see README, "Size").

use crate::components::effect::effect;
use crate::core::layout::clamp::clamp;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use leptos::html::Div;
use leptos::prelude::*;

use crate::core::page::contract::Data;
use wasm_bindgen::JsCast;

use super::legend::{legend_html, sync_legend};
use super::table::{notes_html, table_html};
use crate::components::delegate::{Parts, target_data};
use crate::components::download::{save_png, save_text};
use crate::components::history::{address_with, current_query};
use crate::components::hooks::use_width::use_width;
use crate::components::locale::{use_lang, use_strings};
use crate::components::settings::{use_dark, use_settings};
use crate::components::state::Shared;
use crate::core::chart::build::chart_view;
use crate::core::chart::decimate::decimate_view;
use crate::core::chart::export::{csv, file_name, source_line};
use crate::core::chart::options::{ChartId, ChartOptions, Filters};
use crate::core::chart::readout::{Mark, Reading, Step};
use crate::core::chart::summary::summary;
use crate::core::chart::view::ChartView;
use crate::core::dataset::atlas::Atlas;
use crate::core::link::cite::citing_lines;
use crate::core::link::permalink::Permalink;
use crate::core::page::html::Html;
use crate::core::text::bilingual::Lang;
use crate::core::text::format::decimal;
use crate::core::text::strings::Strings;
use crate::draw::theme::{DARK, LIGHT};
use crate::draw::{DateMarker, Decor, Drawing, Options, Size, axis_unit, draw};

/// The height of a chart `width` pixels wide.
fn chart_height(width: u32) -> u32 {
    clamp(f64::from(width) * 0.55, 260.0, 440.0).round() as u32
}

/// Records `performance.mark("charts-drawn")` the first time a chart is on
/// screen, so benchmarks can tell when the page became useful.
fn mark_charts_drawn() {
    static DONE: AtomicBool = AtomicBool::new(false);
    if !DONE.swap(true, Ordering::Relaxed)
        && let Some(performance) = web_sys::window().and_then(|w| w.performance())
    {
        let _ = performance.mark("charts-drawn");
    }
}

/// The export formats.
#[derive(Clone, Copy)]
enum Format {
    Svg,
    Png,
    Csv,
}

/// The widest a chart is drawn for printing, in CSS pixels (an A4 or
/// Letter page's width inside its margins).
const PRINT_WIDTH: f64 = 680.0;

/// The fixed parts of a chart panel.
fn skeleton(chart: ChartId, s: &Strings) -> String {
    let slug = chart.slug();
    let mut h = Html::new();
    h.open(
        "h3",
        &[
            ("id", &format!("chart-title-{slug}")),
            ("class", "chart-title"),
            ("data-testid", "chart-title"),
        ],
    );
    h.element("span", &[("class", "chart-name")], "")
        .text(" ")
        .element("span", &[("class", "chart-unit")], "")
        .close("h3");
    h.element(
        "ul",
        &[("class", "legend"), ("aria-label", s.legend_label)],
        "",
    );
    h.open(
        "div",
        &[
            ("class", "chart-frame"),
            ("tabindex", "0"),
            ("role", "img"),
            ("aria-labelledby", &format!("chart-title-{slug}")),
            (
                "aria-describedby",
                &format!("chart-summary-{slug} chart-help-{slug}"),
            ),
            ("data-testid", "chart-frame"),
        ],
    );
    h.element(
        "div",
        &[("class", "chart-svg"), ("data-testid", "chart-svg")],
        "",
    );
    h.element("div", &[("class", "chart-overlay")], "");
    h.element("p", &[("class", "chart-message")], "");
    h.close("div");
    // The summary sits over an invisible copy of the longest it can be
    // (every series shown), so that hiding a series never moves what
    // follows the chart.
    h.open("div", &[("class", "chart-summary-box")]);
    h.element(
        "p",
        &[
            ("id", &format!("chart-summary-{slug}")),
            ("class", "chart-summary"),
            ("data-testid", "chart-summary"),
        ],
        "",
    );
    h.element(
        "p",
        &[("class", "chart-summary-room"), ("aria-hidden", "true")],
        "",
    );
    h.close("div");
    h.element(
        "p",
        &[
            ("id", &format!("chart-help-{slug}")),
            ("class", "visually-hidden"),
        ],
        s.chart_label,
    );
    h.element(
        "p",
        &[
            ("class", "visually-hidden readout-live"),
            ("aria-live", "polite"),
            ("data-testid", "readout-live"),
        ],
        "",
    );
    h.open("div", &[("class", "chart-actions")]);
    h.element(
        "button",
        &[
            ("type", "button"),
            ("class", "toggle table-toggle"),
            ("data-action", "table"),
            ("data-testid", "table-toggle"),
            ("aria-pressed", "false"),
        ],
        s.table_toggle,
    );
    h.element(
        "span",
        &[("class", "control-label")],
        &format!("{}:", s.download_label),
    );
    // Exports are light, for paper and most pages, unless asked.
    h.open("label", &[("class", "export-dark")]);
    h.open(
        "input",
        &[("type", "checkbox"), ("data-testid", "export-dark")],
    )
    .text(s.dark_image)
    .close("label");
    for (action, label) in [
        ("svg", s.download_svg),
        ("png", s.download_png),
        ("csv", s.download_csv),
    ] {
        h.element(
            "button",
            &[
                ("type", "button"),
                ("class", "button"),
                ("data-testid", &format!("download-{action}")),
                ("data-action", action),
            ],
            label,
        );
    }
    h.element("span", &[("class", "chart-status"), ("role", "status")], "");
    h.close("div");
    h.element("div", &[("class", "table-scroll")], "");
    h.element("div", &[("class", "chart-about")], "");
    h.finish()
}

/// A chart with everything around it.
#[component]
pub fn ChartPanel(
    /// The dataset.
    atlas: Arc<Atlas>,
    /// Which chart.
    chart: ChartId,
    /// State shared with the timeline.
    shared: Shared,
    /// The charts' own options.
    options: RwSignal<ChartOptions>,
    /// Keys of the series the legend hid.
    hidden: RwSignal<Vec<String>>,
    /// Whether the chart is shown alone (embedded), without the tabs that
    /// name it: its modes, the element before the panel, then go under its
    /// title, and its notes start closed.
    embedded: bool,
) -> impl IntoView {
    let lang = use_lang();
    let s = use_strings();
    let dark = use_dark();
    let root = NodeRef::<Div>::new();
    let parts = Parts::new(root);
    let width = use_width(root);
    if embedded {
        effect(move || {
            let Some(panel) = root.get() else {
                return;
            };
            if let (Some(modes), Some(title)) = (
                panel
                    .previous_element_sibling()
                    .filter(|e| e.class_name() == "chart-modes"),
                panel.first_element_child(),
            ) {
                let _ = title.after_with_node_1(&modes);
            }
        });
    }
    let filters = shared.filters;

    let a = atlas.clone();
    let view = Memo::new(move |_| chart_view(&a, chart, &options.read(), &filters.read(), lang));
    let printing = use_settings().map(|s| s.printing);
    let size = Memo::new(move |_| {
        // On paper, at most a page's width, so that the text stays legible.
        let page = if printing.is_some_and(|p| p.get()) {
            PRINT_WIDTH
        } else {
            f64::MAX
        };
        let w = width.get().min(page).floor().max(0.0) as u32;
        Size {
            width: w,
            height: chart_height(w),
        }
    });
    // What is drawn: long lines thinned to the width once, not on every
    // redraw (a legend toggle, a theme, a selected milestone).
    let drawn = Memo::new(move |_| decimate_view(&view.read(), size.get().width as usize));
    let m = atlas.clone();
    let drawing = Memo::new(move |_| -> Option<Result<Drawing, String>> {
        let size = size.get();
        if size.width < 40 {
            return None;
        }
        let hidden = hidden.read();
        let theme = if dark.get() { &DARK } else { &LIGHT };
        // The selected milestone, at its date: a year's value is drawn at
        // the middle of its year, so a date mid-year sits on it.
        let marker = shared
            .selected
            .get()
            .and_then(|i| m.milestones().get(i))
            .map(|m| DateMarker {
                at: m.date.mid_year() - 0.5,
                label: m.short().get(lang).to_string(),
            });
        Some(draw(
            &drawn.read(),
            &Options {
                hidden: &hidden,
                size,
                theme,
                lang,
                decor: None,
                marker,
            },
        ))
    });

    // The read-out: which value the pointer or the keyboard is on.
    let cursor = RwSignal::new(None::<usize>);
    // A new selection of data starts the read-out afresh; a resize keeps it.
    effect(move || {
        view.track();
        hidden.track();
        cursor.set(None);
    });
    let reading = Memo::new(move |_| {
        let index = cursor.get()?;
        drawing.with(|d| {
            let d = d.as_ref()?.as_ref().ok()?;
            Reading::of(&drawn.read(), &d.frame, index, &d.axis, lang, s)
        })
    });
    // The year read on a chart is highlighted on the timeline.
    effect(move || shared.hover_year.set(reading.get().map(|r| r.year)));

    // Title, legend, notes and sources follow the view.
    let a = atlas.clone();
    // Markup that comes out the same (as the legend does when only the
    // years change) is not written again.
    Effect::new(move |previous: Option<(String, String)>| {
        let v = view.read();
        parts.text_at(".chart-name", &v.title);
        let legend = legend_html(&v, &hidden.get_untracked());
        let notes = notes_html(&a, &v, !embedded, lang, s);
        let (old_legend, old_notes) = previous.unwrap_or_default();
        if legend != old_legend {
            parts.html_at(".legend", &legend);
        }
        if notes != old_notes {
            parts.html_at(".chart-about", &notes);
        }
        // Without data, say why, and offer no empty table or downloads.
        let message = match (v.is_empty(), v.series.is_empty()) {
            (false, _) => "",
            (true, true) => s.no_data,
            (true, false) => s.no_data_years,
        };
        parts.text_at(".chart-message", message);
        parts.show_at(".chart-actions", !v.is_empty());
        parts.show_at(".table-scroll", !v.is_empty());
        parts.text_at(".chart-summary-room", &summary(&v, &[], lang));
        (legend, notes)
    });
    effect(move || {
        let hidden = hidden.read();
        sync_legend(&parts, &hidden);
        parts.text_at(".chart-summary", &summary(&view.read(), &hidden, lang));
    });
    // The drawing, and what depends on it.
    let a = atlas.clone();
    effect(move || {
        drawing.with(|d| match d {
            Some(Ok(d)) => {
                parts.html_at(".chart-svg", &d.svg);
                // Without data, the unit of the chart's data in every year.
                let unit = if view.with(ChartView::is_empty) {
                    let all = Filters::all(&a);
                    axis_unit(&chart_view(&a, chart, &options.read(), &all, lang), lang)
                } else {
                    d.axis.label.clone()
                };
                let unit = if unit.is_empty() {
                    String::new()
                } else {
                    format!("({unit})")
                };
                parts.text_at(".chart-unit", &unit);
                mark_charts_drawn();
            }
            Some(Err(e)) => parts.text_at(".chart-message", &format!("{}: {e}", s.chart_failed)),
            None => {}
        });
    });
    let a = atlas.clone();
    effect(move || {
        let r = reading.get();
        parts.text_at(
            ".readout-live",
            &r.as_ref().map(Reading::sentence).unwrap_or_default(),
        );
        let html = drawing.with(|d| {
            let d = d.as_ref()?.as_ref().ok()?;
            let mark = d.frame.marks.get(cursor.get()?)?;
            Some(overlay_html(
                &a,
                mark,
                d.frame.plot,
                size.get_untracked().width,
                r.as_ref()?,
                lang,
                s,
            ))
        });
        parts.html_at(".chart-overlay", &html.unwrap_or_default());
    });
    let table = RwSignal::new(false);
    effect(move || {
        let on = table.get();
        parts.attr_at(
            ".table-toggle",
            "aria-pressed",
            if on { "true" } else { "false" },
        );
        let html = if on {
            table_html(&view.read(), &hidden.read(), lang, s)
        } else {
            String::new()
        };
        parts.html_at(".table-scroll", &html);
    });

    let status = move |message: &str| parts.text_at(".chart-status", message);
    let a = atlas.clone();
    let export = move |format: Format| {
        let view = view.get_untracked();
        let hidden = hidden.get_untracked();
        // The address of the view, as the full atlas shows it.
        let mut link = Permalink::decode(&current_query());
        link.embed = false;
        let address = address_with(&link.encode()).unwrap_or_default();
        let citing = citing_lines(&a, &address, lang, s);
        let result = match format {
            Format::Csv => save_text(
                &csv(&a, &view, &hidden, lang, &citing),
                "text/csv;charset=utf-8",
                &file_name(&view, "csv"),
            ),
            Format::Svg | Format::Png => {
                let footer = source_line(&a, &view, s.source, lang, &citing);
                let width = size.get_untracked().width.max(640);
                let size = Size {
                    width,
                    height: chart_height(width) + 120,
                };
                let dark = parts
                    .find_at("[data-testid=export-dark]")
                    .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                    .is_some_and(|input| input.checked());
                let decor = Some(Decor {
                    title: &view.title,
                    footer: &footer,
                });
                match draw(
                    &decimate_view(&view, width as usize),
                    &Options {
                        hidden: &hidden,
                        size,
                        theme: if dark { &DARK } else { &LIGHT },
                        lang,
                        decor,
                        marker: None,
                    },
                ) {
                    Ok(d) if matches!(format, Format::Svg) => {
                        save_text(&d.svg, "image/svg+xml", &file_name(&view, "svg"))
                    }
                    Ok(d) => save_png(&d.svg, size.width, size.height, 2, &file_name(&view, "png")),
                    Err(e) => Err(e.into()),
                }
            }
        };
        status(if result.is_ok() {
            ""
        } else {
            s.download_failed
        });
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(key) = target_data(&ev, Data::Key) {
            hidden.update(|h| match h.iter().position(|k| *k == key) {
                Some(i) => {
                    h.remove(i);
                }
                None => h.push(key),
            });
            return;
        }
        match target_data(&ev, Data::Action).as_deref() {
            Some("table") => table.update(|t| *t = !*t),
            Some("svg") => export(Format::Svg),
            Some("png") => export(Format::Png),
            Some("csv") => export(Format::Csv),
            _ => {}
        }
    };
    // Pointer and keyboard read-outs, on the drawing only.
    let point_at = move |ev: &web_sys::MouseEvent| {
        let Some(frame) = parts.find_at(".chart-frame") else {
            return;
        };
        let rect = frame.get_bounding_client_rect();
        let (x, y) = (
            f64::from(ev.client_x()) - rect.left(),
            f64::from(ev.client_y()) - rect.top(),
        );
        let found = drawing.with_untracked(|d| d.as_ref()?.as_ref().ok()?.frame.nearest(x, y));
        cursor.set(found);
    };
    let on_frame = |ev: &web_sys::Event| {
        ev.target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest(".chart-frame").ok().flatten())
            .is_some()
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if !on_frame(&ev) {
            return;
        }
        let step = match ev.key().as_str() {
            "ArrowLeft" => Step::Left,
            "ArrowRight" => Step::Right,
            "ArrowUp" => Step::Up,
            "ArrowDown" => Step::Down,
            "Home" => Step::First,
            "End" => Step::Last,
            "Escape" => {
                cursor.set(None);
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        let next = drawing.with_untracked(|d| {
            d.as_ref()?
                .as_ref()
                .ok()?
                .frame
                .step(cursor.get_untracked(), step)
        });
        cursor.set(next);
    };
    let on_pointer = move |ev: leptos::ev::PointerEvent| {
        if ev.type_() == "pointerleave" {
            if ev.pointer_type() == "mouse" {
                cursor.set(None);
            }
            return;
        }
        if !on_frame(&ev) {
            if ev.type_() == "pointermove"
                && ev.pointer_type() == "mouse"
                && cursor.get_untracked().is_some()
            {
                cursor.set(None);
            }
            return;
        }
        point_at(&ev);
    };
    view! {
        <div
            class="chart-panel"
            data-testid=format!("chart-{}", chart.slug())
            node_ref=root
            inner_html=skeleton(chart, s)
            on:click=on_click
            on:keydown=on_key
            on:pointermove=on_pointer
            on:pointerdown=on_pointer
            on:pointerleave=on_pointer
            on:focusout=move |_| cursor.set(None)
        ></div>
    }
}

/// The crosshair, the focus ring and the read-out of the value at `mark`
/// in a chart `width` pixels wide: the read-out box stays inside the chart,
/// below the point in the upper half, above it in the lower half.
fn overlay_html(
    atlas: &Atlas,
    mark: &Mark,
    plot: (f64, f64, f64, f64),
    width: u32,
    r: &Reading,
    lang: Lang,
    s: &Strings,
) -> String {
    let (_, top, _, bottom) = plot;
    let chart_width = f64::from(width);
    let box_width = 260f64.min(chart_width - 16.0).max(120.0);
    let box_left = clamp(
        mark.x - box_width / 2.0,
        8.0,
        (chart_width - box_width - 8.0).max(8.0),
    );
    let below = mark.y < (top + bottom) / 2.0;
    let mut h = Html::new();
    let px = |v: f64| format!("{}px", decimal(v, 1));
    let line = format!(
        "left:{};top:{};height:{}",
        px(mark.x),
        px(top),
        px(bottom - top)
    );
    h.element("div", &[("class", "crosshair"), ("style", &line)], "");
    let at = format!("left:{};top:{}", px(mark.x), px(mark.y));
    h.element("div", &[("class", "focus-dot"), ("style", &at)], "");
    let class = if below { "readout" } else { "readout above" };
    let place = format!(
        "left:{};top:{};width:{}",
        px(box_left),
        px(mark.y + if below { 14.0 } else { -14.0 }),
        px(box_width)
    );
    h.open(
        "div",
        &[
            ("class", class),
            ("data-testid", "readout"),
            ("style", &place),
        ],
    );
    h.element("span", &[("class", "readout-year")], &r.year.to_string());
    h.element("span", &[("class", "readout-series")], &r.series);
    h.element("strong", &[("class", "readout-value")], &r.value);
    for (class, text) in [("readout-exact", &r.exact), ("readout-total", &r.total)] {
        if let Some(text) = text {
            h.element("span", &[("class", class)], text);
        }
    }
    if let Some(note) = &r.note {
        h.element("span", &[("class", "readout-note")], note);
    }
    h.open("span", &[("class", "readout-source")])
        .text(s.source)
        .text(": ");
    for (i, src) in r
        .sources
        .iter()
        .filter_map(|id| atlas.source(id))
        .enumerate()
    {
        if i > 0 {
            h.text("; ");
        }
        h.text(src.title.get(lang));
    }
    h.close("span");
    h.close("div");
    h.finish()
}
