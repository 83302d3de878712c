//! Drawing charts with plotters, as SVG. A drawing function takes a
//! [`ChartView`], the series the reader hid, a size and a theme, and returns
//! the SVG text with the [`Frame`] that tells where every value landed (for
//! read-outs). Nothing here touches the DOM, so every chart is tested
//! natively.

mod bars;
mod bump;
pub mod canvas;
mod lines;
mod stacked;
pub mod svg;
pub mod theme;

use crate::core::layout::clamp::clamp;
use canvas::{Anchor, Canvas, DrawError};
use theme::Theme;

use crate::core::chart::axis::{AxisFormat, axis_format};
use crate::core::chart::readout::{Frame, Mark};
use crate::core::chart::scale::{LinearScale, nice_ticks, tick_count, year_ticks};
use crate::core::chart::view::{ChartKind, ChartView, Role, SeriesView};
use crate::core::text::bilingual::Lang;

/// A chart's size in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Size {
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
}

/// A drawn chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Drawing {
    /// The SVG document.
    pub svg: String,
    /// Where its values are.
    pub frame: Frame,
    /// How the value axis is labelled: its unit ("trillion yuan") and
    /// scale, in which read-outs give values too.
    pub axis: AxisFormat,
}

/// What an exported file carries besides the chart: its title, a legend
/// and a source line, since it leaves the page that explained them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Decor<'a> {
    /// The chart's title.
    pub title: &'a str,
    /// The source line.
    pub footer: &'a str,
}

/// A vertical marker at a date on the x axis (a selected milestone).
#[derive(Clone, Debug, PartialEq)]
pub struct DateMarker {
    /// Position in years (2014.5 is mid-2014).
    pub at: f64,
    /// Its label.
    pub label: String,
}

/// Everything a drawing depends on besides the view.
#[derive(Clone, Debug, PartialEq)]
pub struct Options<'a> {
    /// Keys of the series the reader hid.
    pub hidden: &'a [String],
    /// Width and height.
    pub size: Size,
    /// Colours.
    pub theme: &'a Theme,
    /// Language of the labels.
    pub lang: Lang,
    /// Title, legend and source line, for exports.
    pub decor: Option<Decor<'a>>,
    /// A marker at a date.
    pub marker: Option<DateMarker>,
}

pub(crate) const TICK_SIZE: f64 = 12.0;
const TITLE_SIZE: f64 = 17.0;
const FOOTER_SIZE: f64 = 11.0;

pub use crate::core::layout::labels::text_width;

/// How years map to pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum XAxis {
    /// Years as points along the axis.
    Points(LinearScale),
    /// Years as equal bands (bars).
    Bands {
        /// The first year.
        first: i32,
        /// Left edge of the first band.
        left: f64,
        /// Width of a band.
        width: f64,
    },
}

/// The plotting area and its scales.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Plot {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
    pub y: LinearScale,
    pub x: XAxis,
}

impl Plot {
    /// The horizontal centre of a year.
    pub fn x(&self, year: f64) -> f64 {
        match self.x {
            XAxis::Points(scale) => scale.map(year),
            XAxis::Bands { first, left, width } => left + (year - f64::from(first) + 0.5) * width,
        }
    }
}

/// A series to draw, with its index in the view.
pub(crate) struct Visible<'v> {
    pub index: usize,
    pub series: &'v SeriesView,
}

/// Draws `view` as SVG.
pub fn draw(view: &ChartView, options: &Options) -> Result<Drawing, DrawError> {
    let Size { width, height } = options.size;
    let (w, h) = (f64::from(width.max(1)), f64::from(height.max(1)));
    let theme = options.theme;
    let visible: Vec<Visible> = view
        .series
        .iter()
        .enumerate()
        .filter(|(_, s)| !options.hidden.contains(&s.key))
        .map(|(index, series)| Visible { index, series })
        .collect();

    let mut svg = String::new();
    let mut marks = Vec::new();
    let plot;
    let axis;
    {
        let canvas = Canvas::new(&mut svg, width.max(1), height.max(1));
        canvas.fill(theme.background)?;
        let mut top = 24.0;
        let mut bottom = h - 26.0;
        if let Some(decor) = &options.decor {
            top += draw_header(&canvas, &visible, decor, w, theme)?;
            bottom -= draw_footer(&canvas, decor.footer, w, h, theme)?;
        }
        let (lo, hi) = value_extent(view.kind, &visible);
        let right_labels = if view.kind == ChartKind::Bump {
            bump::label_width(&visible, w)
        } else {
            0.0
        };
        plot = layout(
            view,
            (lo, hi),
            (top, bottom),
            w - 16.0 - right_labels,
            options.lang,
        );
        axis = draw_axes(&canvas, view, &plot, &visible, options.lang, theme)?;
        match view.kind {
            ChartKind::Lines => {
                lines::draw(&canvas, &plot, &visible, theme, view.decimated, &mut marks)?
            }
            ChartKind::StackedArea => stacked::draw(&canvas, &plot, &visible, theme, &mut marks)?,
            ChartKind::Bars => bars::draw(&canvas, &plot, &visible, theme, &mut marks)?,
            ChartKind::Bump => bump::draw(&canvas, &plot, &visible, theme, &mut marks, w)?,
        }
        if let Some(marker) = &options.marker {
            draw_marker(&canvas, &plot, view, marker, theme)?;
        }
        canvas.present()?;
    }
    Ok(Drawing {
        svg,
        frame: Frame {
            plot: (plot.left, plot.top, plot.right, plot.bottom),
            marks,
        },
        axis,
    })
}

/// The unit the value axis of `view` is labelled in with every series
/// shown ("trillion yuan"), as a drawing of it gives it.
pub fn axis_unit(view: &ChartView, lang: Lang) -> String {
    let visible: Vec<Visible> = (view.series.iter().enumerate())
        .map(|(index, series)| Visible { index, series })
        .collect();
    let ticks = y_ticks(view.kind, value_extent(view.kind, &visible), 300.0);
    axis_of(view, &ticks, lang).label
}

/// The range of values the y axis must show.
fn value_extent(kind: ChartKind, visible: &[Visible]) -> (f64, f64) {
    let values = || {
        visible
            .iter()
            .flat_map(|v| v.series.points.iter().filter_map(|p| p.value))
    };
    match kind {
        ChartKind::StackedArea => (0.0, stacked::max_total(visible)),
        _ => {
            let lo = values().fold(f64::INFINITY, f64::min);
            let hi = values().fold(f64::NEG_INFINITY, f64::max);
            if lo.is_finite() { (lo, hi) } else { (0.0, 1.0) }
        }
    }
}

/// The y axis ticks of a view.
fn y_ticks(kind: ChartKind, (lo, hi): (f64, f64), plot_height: f64) -> Vec<f64> {
    let count = tick_count(plot_height, 44.0);
    if kind == ChartKind::Bump {
        return bump::rank_ticks(hi, count);
    }
    nice_ticks(lo, hi, count, true).values
}

fn axis_of(view: &ChartView, ticks: &[f64], lang: Lang) -> AxisFormat {
    let max_abs = ticks.iter().fold(0.0f64, |m, t| m.max(t.abs()));
    axis_format(&view.unit, max_abs, lang)
}

/// Places the plotting area and its scales.
fn layout(
    view: &ChartView,
    extent: (f64, f64),
    (top, bottom): (f64, f64),
    right: f64,
    lang: Lang,
) -> Plot {
    let ticks = y_ticks(view.kind, extent, bottom - top);
    let axis = axis_of(view, &ticks, lang);
    let step = ticks.windows(2).map(|w| w[1] - w[0]).next().unwrap_or(1.0);
    let widest = ticks
        .iter()
        .map(|t| text_width(&axis.tick(*t, step), TICK_SIZE))
        .fold(0.0, f64::max);
    let left = (widest + 14.0)
        .max(text_width(&axis.label, TICK_SIZE) * 0.5)
        .max(36.0);
    let right = right.max(left + 40.0);
    let y = if view.kind == ChartKind::Bump {
        let worst = ticks.iter().copied().fold(1.0, f64::max);
        LinearScale::new((0.5, worst + 0.5), (top, bottom))
    } else {
        let lo = ticks.first().copied().unwrap_or(0.0);
        let hi = ticks.last().copied().unwrap_or(1.0);
        LinearScale::new((lo, hi), (bottom, top))
    };
    let (first, last) = view.years;
    let x = if view.kind == ChartKind::Bars {
        let bands = f64::from((last - first).max(0) + 1);
        XAxis::Bands {
            first,
            left,
            width: (right - left) / bands,
        }
    } else {
        let pad = 14.0;
        // A single year is a year wide, in the middle, so that its values
        // are marked.
        let half = if first == last { 0.5 } else { 0.0 };
        XAxis::Points(LinearScale::new(
            (f64::from(first) - half, f64::from(last) + half),
            (left + pad, right - pad),
        ))
    };
    Plot {
        left,
        top,
        right,
        bottom,
        y,
        x,
    }
}

/// Draws the grid, ticks and labels; returns the value axis' labelling.
/// With no value to show, the value axis has no numbers (a 0 to 1 scale
/// would be made up), and its unit is that of every series of the view.
fn draw_axes(
    canvas: &Canvas,
    view: &ChartView,
    plot: &Plot,
    visible: &[Visible],
    lang: Lang,
    theme: &Theme,
) -> Result<AxisFormat, DrawError> {
    let extent = value_extent(view.kind, visible);
    let valued = (visible.iter()).any(|v| v.series.points.iter().any(|p| p.value.is_some()));
    let ticks = if valued {
        y_ticks(view.kind, extent, plot.bottom - plot.top)
    } else {
        Vec::new()
    };
    let axis = axis_of(view, &ticks, lang);
    let step = ticks.windows(2).map(|w| w[1] - w[0]).next().unwrap_or(1.0);
    for t in &ticks {
        let y = plot.y.map(*t);
        canvas.line(&[(plot.left, y), (plot.right, y)], theme.grid, 1)?;
        canvas.text(
            &axis.tick(*t, step),
            (plot.left - 8.0, y),
            TICK_SIZE,
            theme.muted,
            Anchor::End,
        )?;
    }
    if valued {
        canvas.text(
            &axis.label,
            (plot.left - 8.0, plot.top - 14.0),
            TICK_SIZE,
            theme.muted,
            Anchor::Start,
        )?;
    }
    canvas.line(
        &[(plot.left, plot.bottom), (plot.right, plot.bottom)],
        theme.axis,
        1,
    )?;

    let (first, last) = view.years;
    let label_room = text_width("0000", TICK_SIZE) + 14.0;
    let years: Vec<i32> = if view.kind == ChartKind::Bump {
        bump::edition_years(visible, tick_count(plot.right - plot.left, label_room))
    } else {
        year_ticks(first, last, tick_count(plot.right - plot.left, label_room))
    };
    for year in years {
        let x = plot.x(f64::from(year));
        canvas.line(&[(x, plot.bottom), (x, plot.bottom + 4.0)], theme.axis, 1)?;
        canvas.text(
            &year.to_string(),
            (x, plot.bottom + 7.0),
            TICK_SIZE,
            theme.muted,
            Anchor::Below,
        )?;
    }
    Ok(if valued {
        axis
    } else {
        AxisFormat {
            divisor: 1.0,
            label: axis_unit(view, lang),
        }
    })
}

fn draw_marker(
    canvas: &Canvas,
    plot: &Plot,
    view: &ChartView,
    marker: &DateMarker,
    theme: &Theme,
) -> Result<(), DrawError> {
    let (first, last) = view.years;
    let lo = f64::from(first) - 0.5;
    let hi = f64::from(last) + 0.5;
    if marker.at < lo || marker.at > hi {
        return Ok(());
    }
    let x = clamp(plot.x(marker.at), plot.left, plot.right);
    canvas.dashed(&[(x, plot.top), (x, plot.bottom)], theme.text, 2, 6.0, 4.0)?;
    let anchor = if x > (plot.left + plot.right) / 2.0 {
        Anchor::End
    } else {
        Anchor::Start
    };
    let dx = if anchor == Anchor::End { -6.0 } else { 6.0 };
    canvas.text(
        &marker.label,
        (x + dx, plot.top + 8.0),
        TICK_SIZE,
        theme.text,
        anchor,
    )
}

/// Title and legend of an export; returns the height used.
fn draw_header(
    canvas: &Canvas,
    visible: &[Visible],
    decor: &Decor,
    w: f64,
    theme: &Theme,
) -> Result<f64, DrawError> {
    let mut y = 14.0;
    for line in wrap(decor.title, w - 32.0, TITLE_SIZE) {
        canvas.text(
            &line,
            (16.0, y + TITLE_SIZE / 2.0),
            TITLE_SIZE,
            theme.text,
            Anchor::Start,
        )?;
        y += TITLE_SIZE + 6.0;
    }
    y += 4.0;
    let mut x = 16.0;
    for v in visible {
        let label = &v.series.label;
        let entry = 22.0 + text_width(label, TICK_SIZE) + 18.0;
        if x + entry > w - 16.0 && x > 16.0 {
            x = 16.0;
            y += TICK_SIZE + 10.0;
        }
        let color = series_color(theme, v.series);
        canvas.marker(v.series.style, (x + 6.0, y + 6.0), 5.0, color)?;
        canvas.text(
            label,
            (x + 16.0, y + 6.0),
            TICK_SIZE,
            theme.text,
            Anchor::Start,
        )?;
        x += entry;
    }
    Ok(y + TICK_SIZE + 12.0)
}

/// The source line of an export, at the bottom; returns the height used.
fn draw_footer(
    canvas: &Canvas,
    footer: &str,
    w: f64,
    h: f64,
    theme: &Theme,
) -> Result<f64, DrawError> {
    let lines = wrap(footer, w - 32.0, FOOTER_SIZE);
    let line_height = FOOTER_SIZE + 4.0;
    let used = lines.len() as f64 * line_height + 10.0;
    for (i, line) in lines.iter().enumerate() {
        let y = h - used + 4.0 + i as f64 * line_height + FOOTER_SIZE / 2.0;
        canvas.text(line, (16.0, y), FOOTER_SIZE, theme.muted, Anchor::Start)?;
    }
    Ok(used)
}

/// Greedy word wrap by estimated width (CJK text breaks anywhere).
pub fn wrap(text: &str, width: f64, size: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_inclusive(|c: char| c == ' ' || u32::from(c) >= 0x2E80) {
        if !line.is_empty() && text_width(&(line.clone() + word.trim_end()), size) > width {
            lines.push(line.trim_end().to_string());
            line.clear();
        }
        line.push_str(word);
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// The colour of a series in its role.
pub(crate) fn series_color(theme: &Theme, series: &SeriesView) -> plotters::style::RGBColor {
    match series.role {
        Role::Context => theme.context,
        Role::Reference => theme.reference,
        Role::Background => theme.faded(theme.color(series.style), 0.55),
        Role::Main => theme.color(series.style),
    }
}

/// Records a mark for the read-out.
pub(crate) fn mark(marks: &mut Vec<Mark>, x: f64, y: f64, series: usize, point: usize) {
    marks.push(Mark {
        x,
        y,
        series,
        point,
    });
}
