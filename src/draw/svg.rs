//! A plotters drawing backend that writes SVG text.
//!
//! plotters' own SVG backend writes sizes and opacities with Rust's float
//! formatting, which adds its tables and algorithms (about 8 KB gzipped) to
//! the WebAssembly; this one writes whole pixels and decimals by integer
//! arithmetic, and estimates text widths without fonts.

use std::fmt::Write;

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};

use crate::core::layout::labels::text_width;
use crate::core::page::html::escape;
use crate::core::text::format::decimal;

/// An SVG document being written into a string.
pub struct SvgBackend<'a> {
    out: &'a mut String,
    size: (u32, u32),
    open: bool,
}

type Result<T> = std::result::Result<T, DrawingErrorKind<std::fmt::Error>>;

fn failed(e: std::fmt::Error) -> DrawingErrorKind<std::fmt::Error> {
    DrawingErrorKind::DrawingError(e)
}

/// `fill` or `stroke` colour attributes, with an opacity below 1.
/// The attributes that fill a shape with `style`'s colour, or (`fill`
/// false) draw its outline in that colour and width.
fn fill_or_stroke<S: BackendStyle>(style: &S, fill: bool) -> String {
    if fill {
        paint("fill", style.color())
    } else {
        format!(
            r#" fill="none"{} stroke-width="{}""#,
            paint("stroke", style.color()),
            style.stroke_width()
        )
    }
}

fn paint(kind: &str, color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    let mut attrs = format!(r##" {kind}="#{r:02x}{g:02x}{b:02x}""##);
    if color.alpha < 1.0 {
        attrs.push_str(&format!(r#" {kind}-opacity="{}""#, decimal(color.alpha, 2)));
    }
    attrs
}

fn points<I: IntoIterator<Item = BackendCoord>>(path: I) -> String {
    let mut out = String::new();
    for (x, y) in path {
        if !out.is_empty() {
            out.push(' ');
        }
        let _ = write!(out, "{x},{y}");
    }
    out
}

impl<'a> SvgBackend<'a> {
    /// A backend writing an SVG document of `size` pixels into `out`.
    pub fn new(out: &'a mut String, size: (u32, u32)) -> Self {
        SvgBackend {
            out,
            size,
            open: false,
        }
    }

    fn element(&mut self, markup: &str) -> Result<()> {
        self.ensure_prepared()?;
        self.out.push_str(markup);
        self.out.push('\n');
        Ok(())
    }
}

impl DrawingBackend for SvgBackend<'_> {
    type ErrorType = std::fmt::Error;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<()> {
        if !self.open {
            let (w, h) = self.size;
            write!(self.out, r#"<svg width="{w}" height="{h}" viewBox="0 0 {w} {h}" xmlns="http://www.w3.org/2000/svg">"#).map_err(failed)?;
            self.out.push('\n');
            self.open = true;
        }
        Ok(())
    }

    fn present(&mut self) -> Result<()> {
        self.ensure_prepared()?;
        self.out.push_str("</svg>\n");
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Result<()> {
        self.element(&format!(
            r#"<rect x="{x}" y="{y}" width="1" height="1"{}/>"#,
            paint("fill", color)
        ))
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<()> {
        self.draw_path([from, to], style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<()> {
        let (x, y, w, h) = (x0.min(x1), y0.min(y1), (x1 - x0).abs(), (y1 - y0).abs());
        let paint = fill_or_stroke(style, fill);
        self.element(&format!(
            r#"<rect x="{x}" y="{y}" width="{w}" height="{h}"{paint}/>"#
        ))
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<()> {
        let stroke = paint("stroke", style.color());
        let width = style.stroke_width();
        self.element(&format!(
            r#"<polyline fill="none"{stroke} stroke-width="{width}" points="{}"/>"#,
            points(path)
        ))
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<()> {
        let paint = fill_or_stroke(style, fill);
        self.element(&format!(
            r#"<circle cx="{x}" cy="{y}" r="{radius}"{paint}/>"#
        ))
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<()> {
        self.element(&format!(
            r#"<polygon points="{}"{}/>"#,
            points(vert),
            paint("fill", style.color())
        ))
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        (x, y): BackendCoord,
    ) -> Result<()> {
        let anchor = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "middle",
        };
        let dy = match style.anchor().v_pos {
            VPos::Top => "0.76em",
            VPos::Center => "0.35em",
            VPos::Bottom => "-0.3em",
        };
        let size = style.size().round() as i32;
        let family = style.family();
        self.element(&format!(
            r#"<text x="{x}" y="{y}" dy="{dy}" text-anchor="{anchor}" font-family="{}" font-size="{size}"{}>{}</text>"#,
            family.as_str(),
            paint("fill", style.color()),
            escape(text)
        ))
    }

    fn estimate_text_size<T: BackendTextStyle>(&self, text: &str, style: &T) -> Result<(u32, u32)> {
        let size = style.size();
        Ok((text_width(text, size).round() as u32, size.round() as u32))
    }
}
