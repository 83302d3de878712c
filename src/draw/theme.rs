//! The colours charts are drawn in, matching the style sheet's themes.

use plotters::style::RGBColor;

pub use crate::core::chart::view::PALETTE_LEN;

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
    /// Series colours by style index, Okabe-Ito based: all eight stay apart
    /// with protanopia, deuteranopia and tritanopia (see the tests).
    pub series: [RGBColor; PALETTE_LEN],
    /// Series shown for context.
    pub context: RGBColor,
    /// Reference levels.
    pub reference: RGBColor,
    /// The map's classes, lowest first: viridis (perceptually uniform,
    /// readable with colour-vision deficiencies), light to dark on the
    /// light theme and dark to light on the dark one, so that more stands
    /// out from the background in both.
    pub sequence: [RGBColor; SEQUENCE_LEN],
    /// A map tile without a value.
    pub no_data: RGBColor,
}

/// How many classes the map's scale has colours for.
pub const SEQUENCE_LEN: usize = 7;

/// Viridis at eight even steps, darkest first.
const VIRIDIS: [RGBColor; 8] = [
    RGBColor(0x44, 0x01, 0x54),
    RGBColor(0x46, 0x32, 0x7e),
    RGBColor(0x36, 0x5c, 0x8d),
    RGBColor(0x27, 0x7f, 0x8e),
    RGBColor(0x1f, 0xa1, 0x87),
    RGBColor(0x4a, 0xc1, 0x6d),
    RGBColor(0xa0, 0xda, 0x39),
    RGBColor(0xfd, 0xe7, 0x25),
];

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
        RGBColor(104, 126, 25),
        RGBColor(147, 7, 143),
        RGBColor(85, 85, 85),
        RGBColor(87, 89, 195),
    ],
    context: RGBColor(125, 132, 139),
    reference: RGBColor(27, 31, 36),
    sequence: [
        VIRIDIS[7], VIRIDIS[6], VIRIDIS[5], VIRIDIS[4], VIRIDIS[3], VIRIDIS[2], VIRIDIS[1],
    ],
    no_data: RGBColor(226, 231, 236),
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
        RGBColor(101, 238, 193),
        RGBColor(143, 208, 255),
        RGBColor(137, 144, 103),
        RGBColor(240, 228, 66),
    ],
    context: RGBColor(110, 120, 130),
    reference: RGBColor(232, 236, 240),
    sequence: [
        VIRIDIS[1], VIRIDIS[2], VIRIDIS[3], VIRIDIS[4], VIRIDIS[5], VIRIDIS[6], VIRIDIS[7],
    ],
    no_data: RGBColor(58, 66, 76),
};

impl Theme {
    /// The colour of style index `style`.
    pub fn color(&self, style: usize) -> RGBColor {
        self.series[style % self.series.len()]
    }

    /// The colour of class `class` of `classes` on the map's scale: the
    /// scale's colours spread evenly over the classes.
    pub fn class_color(&self, class: usize, classes: usize) -> RGBColor {
        let last = SEQUENCE_LEN - 1;
        let at = match classes {
            0 | 1 => last / 2,
            n => (class.min(n - 1) * last + (n - 1) / 2) / (n - 1),
        };
        self.sequence[at]
    }

    /// Text that reads on `fill`: the theme's dark text on light colours,
    /// white on dark ones, by relative luminance (with a gamma of 2, which
    /// needs no `powf`: the tests check the contrast exactly).
    pub fn text_on(&self, fill: RGBColor) -> RGBColor {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            c * c
        };
        let luminance = 0.2126 * linear(fill.0) + 0.7152 * linear(fill.1) + 0.0722 * linear(fill.2);
        if luminance > 0.22 {
            RGBColor(27, 31, 36)
        } else {
            RGBColor(255, 255, 255)
        }
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

#[cfg(test)]
mod tests {
    //! The palettes meet WCAG 2.1 contrast and stay apart for the common
    //! colour-vision deficiencies.

    use super::*;

    /// A channel in linear light.
    fn linear(c: u8) -> f64 {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }

    fn luminance(rgb: [f64; 3]) -> f64 {
        0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
    }

    fn lin(c: RGBColor) -> [f64; 3] {
        [linear(c.0), linear(c.1), linear(c.2)]
    }

    /// WCAG 2.1 contrast ratio.
    fn contrast(a: RGBColor, b: RGBColor) -> f64 {
        let (la, lb) = (luminance(lin(a)), luminance(lin(b)));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    /// CIELAB (D65) of a colour in linear light.
    fn lab(rgb: [f64; 3]) -> [f64; 3] {
        let [r, g, b] = rgb;
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        let f = |t: f64| {
            if t > 0.008856 {
                t.cbrt()
            } else {
                7.787 * t + 16.0 / 116.0
            }
        };
        let (fx, fy, fz) = (f(x), f(y), f(z));
        [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
    }

    /// Machado, Oliveira and Fernandes (2009), full severity.
    const DEFICIENCIES: [(&str, [[f64; 3]; 3]); 3] = [
        (
            "protanopia",
            [
                [0.152286, 1.052583, -0.204868],
                [0.114503, 0.786281, 0.099216],
                [-0.003882, -0.048116, 1.051998],
            ],
        ),
        (
            "deuteranopia",
            [
                [0.367322, 0.860646, -0.227968],
                [0.280085, 0.672501, 0.047413],
                [-0.011820, 0.042940, 0.968881],
            ],
        ),
        (
            "tritanopia",
            [
                [1.255528, -0.076749, -0.178779],
                [-0.078411, 0.930809, 0.147602],
                [0.004733, 0.691367, 0.303900],
            ],
        ),
    ];

    fn seen(m: &[[f64; 3]; 3], c: RGBColor) -> [f64; 3] {
        let l = lin(c);
        m.map(|row| (row[0] * l[0] + row[1] * l[1] + row[2] * l[2]).clamp(0.0, 1.0))
    }

    #[test]
    fn text_and_series_meet_contrast_in_both_themes() {
        for theme in [&LIGHT, &DARK] {
            for text in [theme.text, theme.muted] {
                assert!(contrast(text, theme.background) >= 4.5, "{text:?}");
            }
            for series in theme.series {
                assert!(contrast(series, theme.background) >= 3.0, "{series:?}");
            }
            assert!(contrast(theme.reference, theme.background) >= 3.0);
            assert!(contrast(theme.context, theme.background) >= 3.0);
        }
    }

    /// All eight series stay apart (CIE76 ΔE of 9.5 or more), with normal
    /// vision and with each deficiency.
    #[test]
    fn every_series_stays_apart_with_each_deficiency() {
        const NORMAL: [[f64; 3]; 3] = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];
        for theme in [&LIGHT, &DARK] {
            for (name, m) in DEFICIENCIES.iter().chain([&("normal", NORMAL)]) {
                let colours: Vec<[f64; 3]> =
                    theme.series.iter().map(|&c| lab(seen(m, c))).collect();
                for (i, a) in colours.iter().enumerate() {
                    for b in &colours[i + 1..] {
                        let distance = (0..3).map(|k| (a[k] - b[k]).powi(2)).sum::<f64>().sqrt();
                        assert!(
                            distance >= 9.5,
                            "{name}: {a:?} and {b:?} are {distance:.1} apart"
                        );
                    }
                }
            }
        }
    }

    /// The map's scale reads in one direction with every deficiency: its
    /// lightness rises (dark theme) or falls (light theme) from class to
    /// class, by at least 5 L* each step, and neighbouring classes stay
    /// apart (ΔE 9.5 or more); its ends stand 3:1 apart from each other.
    #[test]
    fn the_map_scale_is_ordered_and_apart_with_each_deficiency() {
        const NORMAL: [[f64; 3]; 3] = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];
        for (theme, rising) in [(&LIGHT, false), (&DARK, true)] {
            for (name, m) in DEFICIENCIES.iter().chain([&("normal", NORMAL)]) {
                let colours: Vec<[f64; 3]> =
                    theme.sequence.iter().map(|&c| lab(seen(m, c))).collect();
                for pair in colours.windows(2) {
                    let step = if rising {
                        pair[1][0] - pair[0][0]
                    } else {
                        pair[0][0] - pair[1][0]
                    };
                    assert!(
                        step >= 5.0,
                        "{name}: lightness steps by {step:.1} from {:?} to {:?}",
                        pair[0],
                        pair[1]
                    );
                    let distance = (0..3)
                        .map(|k| (pair[0][k] - pair[1][k]).powi(2))
                        .sum::<f64>()
                        .sqrt();
                    assert!(distance >= 9.5, "{name}: {distance:.1} apart");
                }
            }
            let (low, high) = (theme.sequence[0], theme.sequence[SEQUENCE_LEN - 1]);
            assert!(contrast(low, high) >= 3.0);
        }
    }

    /// A tile's label reads on every class (4.5:1) and "no data" is set
    /// apart from the background.
    #[test]
    fn labels_read_on_every_class() {
        for theme in [&LIGHT, &DARK] {
            for &fill in &theme.sequence {
                let ink = theme.text_on(fill);
                assert!(contrast(ink, fill) >= 4.5, "{ink:?} on {fill:?}");
            }
            assert!(contrast(theme.muted, theme.no_data) >= 3.0);
        }
    }

    /// Classes spread over the scale: the lowest and the highest at its
    /// ends, whatever their number.
    #[test]
    fn classes_spread_over_the_scale() {
        for classes in 2..=SEQUENCE_LEN {
            assert_eq!(LIGHT.class_color(0, classes), LIGHT.sequence[0]);
            assert_eq!(
                LIGHT.class_color(classes - 1, classes),
                LIGHT.sequence[SEQUENCE_LEN - 1]
            );
        }
    }
}
