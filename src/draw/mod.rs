//! Charts drawn as SVG with plotters: a chart's view in, the SVG text and
//! where every value landed out; nothing here touches the DOM.

mod axes;
mod bars;
mod bump;
pub mod canvas;
mod decor;
mod lines;
pub mod map;
mod plot;
mod stacked;
pub mod svg;
pub mod theme;

use canvas::{Canvas, DrawError};
use theme::Theme;

use crate::core::chart::axis::AxisFormat;
use crate::core::chart::readout::Frame;
use crate::core::chart::view::{ChartKind, ChartView};
use crate::core::text::bilingual::Lang;
use axes::{draw_axes, draw_marker};
use decor::{draw_footer, draw_header};
use plot::{Visible, axis_of, layout, value_extent, y_ticks};

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

pub use crate::core::layout::labels::text_width;

/// Draws `view` as SVG: the series the reader hid left out, at a size and
/// in a theme. The [`Frame`] of the drawing tells where every value landed
/// (for read-outs). Nothing here touches the DOM, so every chart is tested
/// natively.
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
            ChartKind::Lines => lines::draw(&canvas, &plot, &visible, theme, view, &mut marks)?,
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
