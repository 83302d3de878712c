//! One chart: its drawing (a chain of memos from the reader's choices to
//! the SVG), legend, read-out, table, notes, sources and exports.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use leptos::html::Div;
use leptos::prelude::*;

use super::legend::Legend;
use super::table::{notes_html, table_html};
use crate::components::delegate::target_data;
use crate::components::download::{save_png, save_text};
use crate::components::hooks::use_dark::use_prefers_dark;
use crate::components::hooks::use_width::use_width;
use crate::components::locale::{use_lang, use_strings};
use crate::core::atlas::Atlas;
use crate::core::chart::{ChartId, ChartOptions, ChartView, Filters, chart_view};
use crate::core::export::{csv, file_name, source_line};
use crate::core::html::Html;
use crate::core::readout::{Mark, Reading, Step};
use crate::core::strings::Strings;
use crate::core::text::Lang;
use crate::draw::theme::{DARK, LIGHT};
use crate::draw::{Decor, Drawing, Options, Size, draw};

/// The height of a chart `width` pixels wide.
fn chart_height(width: u32) -> u32 {
    (f64::from(width) * 0.55).clamp(260.0, 440.0).round() as u32
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

/// A chart with everything around it.
#[component]
pub fn ChartPanel(
    atlas: Arc<Atlas>,
    chart: ChartId,
    filters: RwSignal<Filters>,
    options: RwSignal<ChartOptions>,
    hidden: RwSignal<Vec<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let s = use_strings();
    let dark = use_prefers_dark();
    let frame_ref = NodeRef::<Div>::new();
    let svg_ref = NodeRef::<Div>::new();
    let width = use_width(frame_ref);

    let a = atlas.clone();
    let view = Memo::new(move |_| chart_view(&a, chart, &options.read(), &filters.read(), lang));
    let size = Memo::new(move |_| {
        let w = width.get().floor().max(0.0) as u32;
        Size {
            width: w,
            height: chart_height(w),
        }
    });
    let drawing = Memo::new(move |_| -> Option<Result<Drawing, String>> {
        let size = size.get();
        if size.width < 40 {
            return None;
        }
        let hidden = hidden.read();
        let theme = if dark.get() { &DARK } else { &LIGHT };
        Some(draw(
            &view.read(),
            &Options {
                hidden: &hidden,
                size,
                theme,
                lang,
                decor: None,
                marker: None,
            },
        ))
    });

    // The SVG goes in by hand so that the mark follows the insertion.
    Effect::new(move |_| {
        let svg = drawing.with(|d| match d {
            Some(Ok(d)) => d.svg.clone(),
            _ => String::new(),
        });
        if let Some(element) = svg_ref.get() {
            element.set_inner_html(&svg);
            if !svg.is_empty() {
                mark_charts_drawn();
            }
        }
    });

    // The read-out: which value the pointer or the keyboard is on.
    let cursor = RwSignal::new(None::<usize>);
    // A new selection of data starts the read-out afresh; a resize keeps it.
    Effect::new(move |_| {
        view.track();
        hidden.track();
        cursor.set(None);
    });
    let reading = Memo::new(move |_| {
        let index = cursor.get()?;
        drawing.with(|d| {
            let d = d.as_ref()?.as_ref().ok()?;
            Reading::of(&view.read(), &d.frame, index, lang, s)
        })
    });
    let a = atlas.clone();
    let overlay = move || {
        let Some(index) = cursor.get() else {
            return String::new();
        };
        drawing.with(|d| {
            let Some(Ok(d)) = d else { return String::new() };
            let (Some(mark), Some(reading)) = (d.frame.marks.get(index), reading.get()) else {
                return String::new();
            };
            overlay_html(&a, mark, d.frame.plot, size.get().width, &reading, lang, s)
        })
    };
    let point_at = move |client_x: i32, client_y: i32| {
        let Some(element) = frame_ref.get_untracked() else {
            return;
        };
        let rect = element.get_bounding_client_rect();
        let (x, y) = (
            f64::from(client_x) - rect.left(),
            f64::from(client_y) - rect.top(),
        );
        let found = drawing.with_untracked(|d| {
            d.as_ref()
                .and_then(|d| d.as_ref().ok())
                .and_then(|d| d.frame.nearest(x, y))
        });
        cursor.set(found);
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
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
            d.as_ref()
                .and_then(|d| d.as_ref().ok())
                .and_then(|d| d.frame.step(cursor.get_untracked(), step))
        });
        cursor.set(next);
    };

    let table = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    let a = atlas.clone();
    let export = Callback::new(move |format: Format| {
        let view = view.get_untracked();
        let lang = lang;
        let s = s;
        let hidden = hidden.get_untracked();
        let result = match format {
            Format::Csv => save_text(
                &csv(&a, &view, &hidden, lang),
                "text/csv;charset=utf-8",
                &file_name(&view, "csv"),
            ),
            Format::Svg | Format::Png => {
                let footer = source_line(&a, &view, s.source, lang);
                let size = Size {
                    width: size.get_untracked().width.max(640),
                    height: chart_height(size.get_untracked().width.max(640)) + 120,
                };
                match draw(
                    &view,
                    &Options {
                        hidden: &hidden,
                        size,
                        theme: &LIGHT,
                        lang,
                        decor: Some(Decor {
                            title: &view.title,
                            footer: &footer,
                        }),
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
        status.set(if result.is_ok() {
            String::new()
        } else {
            s.download_failed.to_string()
        });
    });

    let mut h = Html::new();
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
    let actions = h.finish();
    let on_action =
        move |ev: leptos::ev::MouseEvent| match target_data(&ev, "data-action").as_deref() {
            Some("table") => table.update(|t| *t = !*t),
            Some("svg") => export.run(Format::Svg),
            Some("png") => export.run(Format::Png),
            Some("csv") => export.run(Format::Csv),
            _ => {}
        };
    let title_id = format!("chart-title-{}", chart.slug());
    view! {
        <div class="chart-panel" data-testid=format!("chart-{}", chart.slug())>
            <h3 id=title_id.clone() class="chart-title" data-testid="chart-title">
                {move || view.read().title.clone()}
                " "
                <span class="chart-unit">{move || {
                    let unit = drawing.with(|d| match d {
                        Some(Ok(d)) => d.axis_unit.clone(),
                        _ => view.read().unit.label(lang).to_string(),
                    });
                    if unit.is_empty() { String::new() } else { format!("({unit})") }
                }}</span>
            </h3>
            <Legend view=view hidden=hidden/>
            <div
                class="chart-frame"
                node_ref=frame_ref
                tabindex="0"
                role="img"
                aria-labelledby=title_id
                aria-describedby=format!("chart-help-{}", chart.slug())
                data-testid="chart-frame"
                on:pointermove=move |ev| point_at(ev.client_x(), ev.client_y())
                on:pointerdown=move |ev| point_at(ev.client_x(), ev.client_y())
                on:pointerleave=move |ev| {
                    if ev.pointer_type() == "mouse" {
                        cursor.set(None);
                    }
                }
                on:keydown=on_key
                on:blur=move |_| cursor.set(None)
            >
                <div class="chart-svg" node_ref=svg_ref data-testid="chart-svg"></div>
                <div class="chart-overlay" inner_html=overlay></div>
                {move || drawing.with(|d| match d {
                    Some(Err(e)) => Some(view! { <p class="chart-error" role="alert">{format!("{}: {e}", s.chart_failed)}</p> }),
                    _ => None,
                })}
                {move || view.with(ChartView::is_empty).then(|| view! { <p class="chart-empty">{s.no_data}</p> })}
            </div>
            <p id=format!("chart-help-{}", chart.slug()) class="visually-hidden">{s.chart_label}</p>
            <p class="visually-hidden" aria-live="polite" data-testid="readout-live">
                {move || reading.get().map(|r| r.sentence()).unwrap_or_default()}
            </p>
            <div class="chart-actions" on:click=on_action>
                <button type="button" class="toggle" aria-pressed=move || table.get().to_string() data-testid="table-toggle" data-action="table">
                    {s.table_toggle}
                </button>
                <span class="control-label">{s.download_label} ":"</span>
                <span inner_html=actions></span>
                <span role="status" class="chart-status">{move || status.get()}</span>
            </div>
            <div class="table-scroll" inner_html=move || {
                if table.get() { table_html(&view.read(), &hidden.read(), lang, s) } else { String::new() }
            }></div>
            <div inner_html=move || notes_html(&atlas, &view.read(), lang, s)></div>
        </div>
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
    let box_left = (mark.x - box_width / 2.0).clamp(8.0, (chart_width - box_width - 8.0).max(8.0));
    let below = mark.y < (top + bottom) / 2.0;
    let mut h = Html::new();
    let line = format!("left:{}px;top:{top}px;height:{}px", mark.x, bottom - top);
    h.element("div", &[("class", "crosshair"), ("style", &line)], "");
    let at = format!("left:{}px;top:{}px", mark.x, mark.y);
    h.element("div", &[("class", "focus-dot"), ("style", &at)], "");
    let class = if below { "readout" } else { "readout above" };
    let place = format!(
        "left:{box_left}px;top:{}px;width:{box_width}px",
        mark.y + if below { 14.0 } else { -14.0 }
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
    if let Some(note) = &r.note {
        h.element("span", &[("class", "readout-note")], note);
    }
    let titles: Vec<&str> = r
        .sources
        .iter()
        .filter_map(|id| atlas.source(id))
        .map(|src| src.title.get(lang))
        .collect();
    h.element(
        "span",
        &[("class", "readout-source")],
        &format!("{}: {}", s.source, titles.join("; ")),
    );
    h.close("div");
    h.finish()
}
