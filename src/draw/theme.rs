//! The colours charts are drawn in, matching the style sheet's themes.

use plotters::style::RGBColor;

/// The colours of a drawn chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    /// Behind everything.
    pub background: RGBColor,
    /// Tick labels, titles.
    pub text: RGBColor,
    /// Unit labels, notes.
    pub muted: RGBColor,
    /// Grid lines.
    pub grid: RGBColor,
    /// The axis line.
    pub axis: RGBColor,
    /// Series colours by style index (colour-vision-safe, Okabe-Ito based).
    pub series: [RGBColor; 8],
    /// Series shown for context.
    pub context: RGBColor,
    /// Reference levels.
    pub reference: RGBColor,
}

/// The light theme (also used for exports).
pub const LIGHT: Theme = Theme {
    background: RGBColor(255, 255, 255),
    text: RGBColor(27, 31, 36),
    muted: RGBColor(74, 85, 96),
    grid: RGBColor(226, 231, 236),
    axis: RGBColor(120, 130, 140),
    series: [
        RGBColor(0, 114, 178),
        RGBColor(0, 122, 90),
        RGBColor(194, 78, 0),
        RGBColor(168, 71, 127),
        RGBColor(138, 97, 0),
        RGBColor(42, 127, 184),
        RGBColor(85, 85, 85),
        RGBColor(107, 92, 0),
    ],
    context: RGBColor(150, 158, 166),
    reference: RGBColor(27, 31, 36),
};

/// The dark theme.
pub const DARK: Theme = Theme {
    background: RGBColor(24, 29, 35),
    text: RGBColor(232, 236, 240),
    muted: RGBColor(169, 180, 191),
    grid: RGBColor(48, 56, 66),
    axis: RGBColor(120, 130, 140),
    series: [
        RGBColor(86, 180, 233),
        RGBColor(47, 207, 156),
        RGBColor(255, 138, 61),
        RGBColor(227, 154, 197),
        RGBColor(240, 183, 58),
        RGBColor(143, 208, 255),
        RGBColor(187, 187, 187),
        RGBColor(240, 228, 66),
    ],
    context: RGBColor(110, 120, 130),
    reference: RGBColor(232, 236, 240),
};

impl Theme {
    /// The colour of style index `style`.
    pub fn color(&self, style: usize) -> RGBColor {
        self.series[style % self.series.len()]
    }

    /// `color` faded towards the background by `amount` (0 to 1), for
    /// background bars.
    pub fn faded(&self, color: RGBColor, amount: f64) -> RGBColor {
        let mix =
            |a: u8, b: u8| (f64::from(a) * (1.0 - amount) + f64::from(b) * amount).round() as u8;
        RGBColor(
            mix(color.0, self.background.0),
            mix(color.1, self.background.1),
            mix(color.2, self.background.2),
        )
    }
}
