//! A thin layer over a plotters drawing area on our SVG backend:
//! primitives in floating point pixels, text anchored as asked, marker
//! shapes by style index.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::svg::SvgBackend;
use super::theme::PALETTE_LEN;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Why a chart could not be drawn.
pub type DrawError = String;

/// Where a text is anchored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// Left end, vertically centred.
    Start,
    /// Centre, vertically centred.
    Middle,
    /// Right end, vertically centred.
    End,
    /// Centre, hanging below the point.
    Below,
}

/// A drawing area on an SVG string.
pub struct Canvas<'a> {
    area: DrawingArea<SvgBackend<'a>, Shift>,
}

fn px(v: f64) -> i32 {
    v.round() as i32
}

/// plotters' errors on an SVG string come from writing text, which cannot
/// fail; the message is a plain one rather than a debug dump, which would
/// cost the app the code to format it.
fn err<E>(_: E) -> DrawError {
    "the drawing could not be written".to_string()
}

impl<'a> Canvas<'a> {
    /// A canvas writing SVG of `width` × `height` pixels into `out`.
    pub fn new(out: &'a mut String, width: u32, height: u32) -> Self {
        Canvas {
            area: SvgBackend::new(out, (width, height)).into_drawing_area(),
        }
    }

    /// Fills the whole canvas.
    pub fn fill(&self, color: RGBColor) -> Result<(), DrawError> {
        self.area.fill(&color).map_err(err)
    }

    /// A polyline.
    pub fn line(
        &self,
        points: &[(f64, f64)],
        color: RGBColor,
        width: u32,
    ) -> Result<(), DrawError> {
        if points.len() < 2 {
            return Ok(());
        }
        let points: Vec<(i32, i32)> = points.iter().map(|&(x, y)| (px(x), px(y))).collect();
        self.area
            .draw(&PathElement::new(points, color.stroke_width(width)))
            .map_err(err)
    }

    /// A dashed polyline (`on` pixels drawn, `off` skipped).
    pub fn dashed(
        &self,
        points: &[(f64, f64)],
        color: RGBColor,
        width: u32,
        on: f64,
        off: f64,
    ) -> Result<(), DrawError> {
        for dash in dashes(points, on, off) {
            self.line(&dash, color, width)?;
        }
        Ok(())
    }

    /// A filled rectangle between two corners.
    pub fn rect(&self, a: (f64, f64), b: (f64, f64), color: RGBColor) -> Result<(), DrawError> {
        self.area
            .draw(&Rectangle::new(
                [(px(a.0), px(a.1)), (px(b.0), px(b.1))],
                color.filled(),
            ))
            .map_err(err)
    }

    /// A filled polygon.
    pub fn polygon(&self, points: &[(f64, f64)], color: RGBAColor) -> Result<(), DrawError> {
        let points: Vec<(i32, i32)> = points.iter().map(|&(x, y)| (px(x), px(y))).collect();
        self.area
            .draw(&Polygon::new(points, color.filled()))
            .map_err(err)
    }

    /// A text of `size` pixels.
    pub fn text(
        &self,
        text: &str,
        at: (f64, f64),
        size: f64,
        color: RGBColor,
        anchor: Anchor,
    ) -> Result<(), DrawError> {
        let (h, v) = match anchor {
            Anchor::Start => (HPos::Left, VPos::Center),
            Anchor::Middle => (HPos::Center, VPos::Center),
            Anchor::End => (HPos::Right, VPos::Center),
            Anchor::Below => (HPos::Center, VPos::Top),
        };
        let style = TextStyle::from(FontDesc::new(
            FontFamily::SansSerif,
            size,
            FontStyle::Normal,
        ))
        .color(&color)
        .pos(Pos::new(h, v));
        self.area
            .draw(&Text::new(text.to_string(), (px(at.0), px(at.1)), style))
            .map_err(err)
    }

    /// A marker of shape `style` (eight shapes, then repeating) at `at`,
    /// so that series differ by more than colour.
    pub fn marker(
        &self,
        style: usize,
        at: (f64, f64),
        r: f64,
        color: RGBColor,
    ) -> Result<(), DrawError> {
        let (x, y) = at;
        let shape = |pts: &[(f64, f64)]| -> Vec<(f64, f64)> {
            pts.iter()
                .map(|&(dx, dy)| (x + dx * r, y + dy * r))
                .collect()
        };
        let solid = color.to_rgba();
        match style % PALETTE_LEN {
            0 => self
                .area
                .draw(&Circle::new((px(x), px(y)), px(r), color.filled()))
                .map_err(err),
            1 => self.rect(
                (x - r * 0.85, y - r * 0.85),
                (x + r * 0.85, y + r * 0.85),
                color,
            ),
            2 => self.polygon(&shape(&[(0.0, -1.2), (1.1, 0.8), (-1.1, 0.8)]), solid),
            3 => self.polygon(
                &shape(&[(0.0, -1.25), (1.1, 0.0), (0.0, 1.25), (-1.1, 0.0)]),
                solid,
            ),
            4 => self.polygon(&shape(&[(0.0, 1.2), (1.1, -0.8), (-1.1, -0.8)]), solid),
            5 => {
                self.line(&shape(&[(-1.0, -1.0), (1.0, 1.0)]), color, 2)?;
                self.line(&shape(&[(-1.0, 1.0), (1.0, -1.0)]), color, 2)
            }
            6 => {
                self.line(&shape(&[(-1.2, 0.0), (1.2, 0.0)]), color, 2)?;
                self.line(&shape(&[(0.0, -1.2), (0.0, 1.2)]), color, 2)
            }
            _ => self
                .area
                .draw(&Circle::new((px(x), px(y)), px(r), color.stroke_width(2)))
                .map_err(err),
        }
    }

    /// Finishes the drawing.
    pub fn present(self) -> Result<(), DrawError> {
        self.area.present().map_err(err)
    }
}

/// Cuts a polyline into dashes of `on` pixels separated by `off` pixels.
pub fn dashes(points: &[(f64, f64)], on: f64, off: f64) -> Vec<Vec<(f64, f64)>> {
    let mut out = Vec::new();
    if on <= 0.0 || off < 0.0 {
        return out;
    }
    let mut current: Vec<(f64, f64)> = Vec::new();
    let mut drawing = true;
    let mut left = on;
    for w in points.windows(2) {
        let (mut x, mut y) = w[0];
        let (x1, y1) = w[1];
        let mut length = ((x1 - x).powi(2) + (y1 - y).powi(2)).sqrt();
        if drawing && current.is_empty() {
            current.push((x, y));
        }
        while length > 0.0 {
            let step = left.min(length);
            let t = step / length;
            x += (x1 - x) * t;
            y += (y1 - y) * t;
            length -= step;
            left -= step;
            if drawing {
                current.push((x, y));
            }
            if left <= 1e-9 {
                if drawing {
                    out.push(std::mem::take(&mut current));
                } else {
                    current.push((x, y));
                }
                drawing = !drawing;
                left = if drawing { on } else { off };
            }
        }
    }
    if drawing && current.len() > 1 {
        out.push(current);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dashes_alternate_along_the_line() {
        let d = dashes(&[(0.0, 0.0), (20.0, 0.0)], 4.0, 2.0);
        assert_eq!(d.len(), 4);
        assert_eq!(d[0], [(0.0, 0.0), (4.0, 0.0)]);
        assert_eq!(d[1], [(6.0, 0.0), (10.0, 0.0)]);
        assert_eq!(d[3], [(18.0, 0.0), (20.0, 0.0)]);
        assert!(dashes(&[(0.0, 0.0)], 4.0, 2.0).is_empty());
    }
}
