//! The tile map drawn as SVG: a square a division, coloured by its class,
//! labelled; each cluster's tiles outlined in its colour and named; a
//! legend of the classes and "no data" below.

use plotters::style::RGBColor;

use super::Decor;
use super::canvas::{Anchor, Canvas, DrawError};
use super::decor::{draw_footer, draw_title, footer_height, title_height};
use super::theme::Theme;
use crate::core::layout::labels::text_width;
use crate::core::map::view::{MapView, ViewOutline};

/// What to draw: the map, the legend's word for no data, the width, the
/// colours, and an export's title and source line.
#[derive(Clone, Debug, PartialEq)]
pub struct MapSpec<'a> {
    /// The map.
    pub view: &'a MapView,
    /// The legend's word for a tile without a value.
    pub no_data: &'a str,
    /// The drawing's width in pixels.
    pub width: u32,
    /// The colours.
    pub theme: &'a Theme,
    /// The title and source line of an export, above and below the map.
    pub decor: Option<Decor<'a>>,
}

/// Where the tiles landed: the grid's top-left corner and a tile's side,
/// in pixels, to find the tile under the pointer.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct MapFrame {
    /// The grid's left edge.
    pub left: f64,
    /// The grid's top edge.
    pub top: f64,
    /// A tile's side.
    pub side: f64,
    /// The drawing's height, with its title and source line.
    pub height: u32,
}

impl MapFrame {
    /// The grid's column and row at a point of the drawing, if it is on
    /// the grid.
    pub fn place_at(&self, x: f64, y: f64) -> Option<(i32, i32)> {
        if self.side <= 0.0 || x < self.left || y < self.top {
            return None;
        }
        Some((
            ((x - self.left) / self.side) as i32,
            ((y - self.top) / self.side) as i32,
        ))
    }
}

/// The side of a tile at `width` for a grid of `cols` columns: as wide as
/// the drawing allows beside the room for the clusters' names, at most 64
/// pixels.
pub fn tile_side(width: u32, cols: u8) -> f64 {
    ((f64::from(width) - 2.0 * MARGIN - name_room(width)) / f64::from(cols.max(1)))
        .floor()
        .clamp(1.0, 64.0)
}

/// The room east of the grid for the clusters' names.
fn name_room(width: u32) -> f64 {
    if width >= 480 { 132.0 } else { 80.0 }
}

/// The height of the drawing at `width`.
pub fn map_height(width: u32, grid: (u8, u8)) -> u32 {
    let side = tile_side(width, grid.0);
    (MARGIN + side * f64::from(grid.1) + LEGEND).ceil() as u32
}

/// Space round the grid.
const MARGIN: f64 = 8.0;
/// Space for the legend below the grid.
const LEGEND: f64 = 56.0;

/// Draws the map; its SVG text and where the tiles landed.
pub fn draw_map(spec: &MapSpec) -> Result<(String, MapFrame), DrawError> {
    let theme = spec.theme;
    let view = spec.view;
    let (cols, rows) = view.grid;
    let width = spec.width.max(1);
    let w = f64::from(width);
    let (head, foot) = spec.decor.as_ref().map_or((0.0, 0.0), |d| {
        (title_height(d.title, w), footer_height(d.footer, w))
    });
    let height = map_height(width, view.grid) + (head + foot).ceil() as u32;
    let side = tile_side(width, cols);
    let (left, top) = (MARGIN, MARGIN + head);
    let frame = MapFrame {
        left,
        top,
        side,
        height,
    };
    let corner = |(c, r): (u8, u8)| (left + side * f64::from(c), top + side * f64::from(r));
    let classes = view.breaks.len().saturating_sub(1);
    let mut svg = String::new();
    {
        let canvas = Canvas::new(&mut svg, width, height);
        canvas.fill(theme.background)?;
        if let Some(decor) = &spec.decor {
            draw_title(&canvas, decor.title, w, theme)?;
            draw_footer(&canvas, decor.footer, w, f64::from(height), theme)?;
        }
        let font = (side * 0.34).clamp(10.0, 15.0);
        let fill = |class| theme.class_color(class, classes);
        draw_tiles(&canvas, view, (&corner, side), &fill, theme)?;
        for t in &view.tiles {
            let (x, y) = corner((t.col, t.row));
            let ink = t
                .class
                .map_or(theme.muted, |class| theme.text_on(fill(class)));
            canvas.text(
                &t.label,
                (x + side / 2.0, y + side / 2.0),
                font,
                ink,
                Anchor::Middle,
            )?;
        }
        for outline in &view.outlines {
            let color = theme.color(outline.style);
            name_outline(&canvas, outline, color, &corner, width, font)?;
        }
        let legend_top = top + side * f64::from(rows) + 12.0;
        draw_legend(&canvas, spec, classes, legend_top, width)?;
        canvas.present()?;
    }
    Ok((svg, frame))
}

/// A tile's corner and side, in pixels.
type Geometry<'a> = (&'a dyn Fn((u8, u8)) -> (f64, f64), f64);

/// The tiles, filled by their class (`fill`) or as without data, and the
/// clusters' outlines in their colours.
fn draw_tiles(
    canvas: &Canvas,
    view: &MapView,
    (corner, side): Geometry,
    fill: &dyn Fn(usize) -> RGBColor,
    theme: &Theme,
) -> Result<(), DrawError> {
    for t in &view.tiles {
        let (x, y) = corner((t.col, t.row));
        let color = t.class.map_or(theme.no_data, fill);
        canvas.rect((x + 1.0, y + 1.0), (x + side - 1.0, y + side - 1.0), color)?;
    }
    for outline in &view.outlines {
        let color = theme.color(outline.style);
        for &(a, b) in &outline.sides {
            canvas.line(&[corner(a), corner(b)], color, 3)?;
        }
    }
    Ok(())
}

/// A cluster's locator (see [`crate::core::map::view::locator_view`]),
/// `width` pixels wide: its members filled in its colour and outlined,
/// the other tiles as without data; its SVG text.
pub fn draw_locator(view: &MapView, width: u32, theme: &Theme) -> Result<String, DrawError> {
    let (cols, rows) = view.grid;
    let side = (f64::from(width) - 4.0) / f64::from(cols.max(1));
    let height = (side * f64::from(rows) + 4.0).ceil() as u32;
    let corner = |(c, r): (u8, u8)| (2.0 + side * f64::from(c), 2.0 + side * f64::from(r));
    let color = view
        .outlines
        .first()
        .map_or(theme.no_data, |o| theme.color(o.style));
    let mut svg = String::new();
    {
        let canvas = Canvas::new(&mut svg, width, height);
        draw_tiles(&canvas, view, (&corner, side), &|_| color, theme)?;
        canvas.present()?;
    }
    Ok(svg)
}

/// Writes a cluster's name beside its tiles, east of them.
fn name_outline(
    canvas: &Canvas,
    outline: &ViewOutline,
    color: RGBColor,
    corner: &dyn Fn((u8, u8)) -> (f64, f64),
    width: u32,
    font: f64,
) -> Result<(), DrawError> {
    let points: Vec<(f64, f64)> = outline
        .sides
        .iter()
        .flat_map(|&(a, b)| [corner(a), corner(b)])
        .collect();
    let Some(&(x1, _)) = points.iter().max_by(|a, b| a.0.total_cmp(&b.0)) else {
        return Ok(());
    };
    let y0 = points.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
    let y1 = points.iter().map(|p| p.1).fold(y0, f64::max);
    // East of the tiles; on two lines where one does not fit.
    let room = (f64::from(width) - x1 - 10.0).max(40.0);
    let name = outline.name.as_str();
    let lines: Vec<&str> = match name.split_once(' ') {
        Some((first, rest)) if text_width(name, font) > room => vec![first, rest],
        _ => vec![name],
    };
    let leading = font * 1.2;
    let top = (y0 + y1) / 2.0 - leading * (lines.len() as f64 - 1.0) / 2.0;
    for (i, line) in lines.iter().enumerate() {
        let at = (x1 + 6.0, top + leading * i as f64);
        canvas.text(line, at, font, color, Anchor::Start)?;
    }
    Ok(())
}

/// The legend: a swatch a class with its breaks below, then "no data".
fn draw_legend(
    canvas: &Canvas,
    spec: &MapSpec,
    classes: usize,
    top: f64,
    width: u32,
) -> Result<(), DrawError> {
    let theme = spec.theme;
    let font = 11.0;
    let no_data_width = 16.0 + 6.0 + text_width(spec.no_data, font);
    let room = f64::from(width) - 2.0 * MARGIN - no_data_width - 16.0;
    let swatch = (room / classes.max(1) as f64).clamp(16.0, 72.0);
    let mut x = MARGIN;
    for class in 0..classes {
        let fill = theme.class_color(class, classes);
        canvas.rect((x, top), (x + swatch - 1.0, top + 12.0), fill)?;
        x += swatch;
    }
    // Every break when they fit, else every other one.
    let widest = spec
        .view
        .labels
        .iter()
        .map(|b| text_width(b, font))
        .fold(0.0, f64::max);
    let every = if widest + 4.0 > swatch { 2 } else { 1 };
    for (i, label) in spec.view.labels.iter().enumerate().step_by(every) {
        let at = MARGIN + swatch * i as f64;
        canvas.text(label, (at, top + 18.0), font, theme.muted, Anchor::Below)?;
    }
    let x = x + 16.0;
    canvas.rect((x, top), (x + 16.0, top + 12.0), theme.no_data)?;
    canvas.text(
        spec.no_data,
        (x + 22.0, top + 6.0),
        font,
        theme.muted,
        Anchor::Start,
    )
}
