//! The legend's sample of a series: its colour and marker shape, as drawn.

use crate::core::chart::view::PALETTE_LEN;
use crate::core::chart::view::Role;
use crate::core::page::html::Html;

/// The marker shapes of the drawing (see `draw::canvas::Canvas::marker`).
const SHAPES: [&str; PALETTE_LEN] = [
    r#"<circle cx="7" cy="7" r="5" fill="currentColor"/>"#,
    r#"<rect x="2.5" y="2.5" width="9" height="9" fill="currentColor"/>"#,
    r#"<polygon points="7,1 13,12 1,12" fill="currentColor"/>"#,
    r#"<polygon points="7,0.5 13,7 7,13.5 1,7" fill="currentColor"/>"#,
    r#"<polygon points="7,13 13,2 1,2" fill="currentColor"/>"#,
    r#"<path d="M2 2L12 12M2 12L12 2" stroke="currentColor" stroke-width="2.5"/>"#,
    r#"<path d="M1 7H13M7 1V13" stroke="currentColor" stroke-width="2.5"/>"#,
    r#"<circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" stroke-width="2"/>"#,
];
const BAR: &str = r#"<rect x="1" y="1" width="12" height="12" fill="currentColor"/>"#;
const DASH: &str = r#"<line x1="0" y1="7" x2="14" y2="7" stroke="currentColor" stroke-width="2" stroke-dasharray="4 2"/>"#;

/// Writes a 14-pixel sample of a series' marker shape in its colour.
pub fn swatch_html(h: &mut Html, style: usize, role: Role) {
    let (class, shape) = match role {
        Role::Main => (
            format!("swatch series-{}", style % PALETTE_LEN),
            SHAPES[style % PALETTE_LEN],
        ),
        Role::Background => (
            format!("swatch series-{} swatch-background", style % PALETTE_LEN),
            BAR,
        ),
        Role::Reference => ("swatch swatch-reference".to_string(), DASH),
        Role::Context => (
            "swatch swatch-context".to_string(),
            SHAPES[style % PALETTE_LEN],
        ),
    };
    h.open(
        "svg",
        &[
            ("class", &class),
            ("width", "14"),
            ("height", "14"),
            ("viewBox", "0 0 14 14"),
            ("aria-hidden", "true"),
        ],
    );
    h.raw(shape);
    h.close("svg");
}
