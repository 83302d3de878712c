//! The tile map drawn as SVG: a square a division, coloured by its class,
//! labelled; each cluster's tiles outlined in its colour and named; a
//! legend of the classes and "no data" below.

use plotters::style::RGBColor;

use super::canvas::{Anchor, Canvas, DrawError};
use super::theme::Theme;
use crate::core::layout::labels::text_width;
use crate::core::map::view::{MapView, ViewOutline};

/// What to draw: the map, the tile the read-out shows, the legend's word
/// for no data, the width and the colours.
#[derive(Clone, Debug, PartialEq)]
pub struct MapSpec<'a> {
    /// The map.
    pub view: &'a MapView,
    /// The tile the read-out shows (drawn with a ring), by its place.
    pub current: Option<usize>,
    /// The legend's word for a tile without a value.
    pub no_data: &'a str,
    /// The drawing's width in pixels.
    pub width: u32,
    /// The colours.
    pub theme: &'a Theme,
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
    let height = map_height(width, view.grid);
    let side = tile_side(width, cols);
    let left = MARGIN;
    let frame = MapFrame {
        left,
        top: MARGIN,
        side,
    };
    let corner = |(c, r): (u8, u8)| (left + side * f64::from(c), MARGIN + side * f64::from(r));
    let classes = view.breaks.len().saturating_sub(1);
    let mut svg = String::new();
    {
        let canvas = Canvas::new(&mut svg, width, height);
        canvas.fill(theme.background)?;
        let font = (side * 0.34).clamp(10.0, 15.0);
        for t in &view.tiles {
            let fill = t
                .class
                .map_or(theme.no_data, |c| theme.class_color(c, classes));
            let (x, y) = corner((t.col, t.row));
            canvas.rect((x + 1.0, y + 1.0), (x + side - 1.0, y + side - 1.0), fill)?;
            let ink = if t.class.is_some() {
                theme.text_on(fill)
            } else {
                theme.muted
            };
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
            for &(a, b) in &outline.sides {
                canvas.line(&[corner(a), corner(b)], color, 3)?;
            }
            name_outline(&canvas, outline, color, &corner, width, font)?;
        }
        if let Some(t) = spec.current.and_then(|i| view.tiles.get(i)) {
            let (x, y) = corner((t.col, t.row));
            let ring = [
                (x + 2.0, y + 2.0),
                (x + side - 2.0, y + 2.0),
                (x + side - 2.0, y + side - 2.0),
                (x + 2.0, y + side - 2.0),
                (x + 2.0, y + 2.0),
            ];
            canvas.line(&ring, theme.text, 2)?;
        }
        let legend_top = MARGIN + side * f64::from(rows) + 12.0;
        draw_legend(&canvas, spec, classes, legend_top, width)?;
        canvas.present()?;
    }
    Ok((svg, frame))
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
