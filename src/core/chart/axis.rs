//! How a value axis is labelled: its unit, scaled so that tick labels stay
//! short ("0, 5, 10 trillion yuan" rather than "0, 50,000, 100,000").

use crate::core::text::bilingual::Lang;
use crate::core::text::format::{decimals_of, format_fixed};
use crate::core::text::unit::Unit;

/// The labelling of a value axis.
#[derive(Clone, Debug, PartialEq)]
pub struct AxisFormat {
    /// Tick values are divided by this before they are written.
    pub divisor: f64,
    /// The unit of the written ticks ("trillion yuan").
    pub label: String,
}

/// The axis labelling for values in `unit` up to `max_abs` in size.
pub fn axis_format(unit: &Unit, max_abs: f64, lang: Lang) -> AxisFormat {
    let (divisor, label) = match (unit, lang) {
        (Unit::Yuan100m, _) if max_abs >= 10_000.0 => (10_000.0, Unit::YuanTrillion.label(lang)),
        (Unit::Count, Lang::En) if max_abs >= 1_000_000.0 => (1_000_000.0, "million"),
        (Unit::Count, Lang::En) if max_abs >= 10_000.0 => (1_000.0, "thousand"),
        (Unit::Count, Lang::Zh) if max_abs >= 10_000.0 => (10_000.0, "万"),
        (Unit::Patents, Lang::En) if max_abs >= 1_000_000.0 => (1_000_000.0, "million patents"),
        (Unit::Patents, Lang::En) if max_abs >= 10_000.0 => (1_000.0, "thousand patents"),
        (Unit::Patents, Lang::Zh) if max_abs >= 10_000.0 => (10_000.0, "万件"),
        _ => (1.0, unit.label(lang)),
    };
    AxisFormat {
        divisor,
        label: label.to_string(),
    }
}

impl AxisFormat {
    /// The label of a tick at `value` on an axis whose ticks are `step`
    /// apart: as many decimals as the step needs, no more.
    pub fn tick(&self, value: f64, step: f64) -> String {
        let scaled_step = (step / self.divisor).abs();
        let decimals = if scaled_step > 0.0 && scaled_step < 1.0 {
            (-scaled_step.log10().floor()) as usize
        } else {
            0
        };
        format_fixed(value / self.divisor, decimals)
    }

    /// `value` (in the series' unit) in the axis' unit, for a read-out:
    /// with three significant digits, never more decimals than the value
    /// has ("11.5 trillion yuan" for 115,049.6 × 100 million yuan, "0.190
    /// trillion yuan" for 1,895, "34.5万件" for 345,136 patents). `None`
    /// when the axis writes values as they are.
    pub fn reading(&self, value: f64, lang: Lang) -> Option<String> {
        if self.divisor == 1.0 || !value.is_finite() {
            return None;
        }
        let scaled = (value / self.divisor).abs();
        let magnitude = if scaled > 0.0 {
            scaled.log10().floor() as i32
        } else {
            // Zero is written without decimals.
            2
        };
        let exact = decimals_of(value) + self.divisor.log10().round().max(0.0) as usize;
        let decimals = ((2 - magnitude).max(0) as usize).min(exact);
        // Shifted before dividing, so that halves round as written (0.1895
        // to 0.190, not 0.189).
        let scale = 10f64.powi(decimals as i32);
        let rounded = (value * scale / self.divisor).round() / scale;
        let number = format_fixed(rounded, decimals);
        Some(match lang {
            Lang::En => format!("{number} {}", self.label),
            Lang::Zh => format!("{number}{}", self.label),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_yuan_amounts_read_in_trillions() {
        let f = axis_format(&Unit::Yuan100m, 115_049.6, Lang::En);
        assert_eq!(f.label, "trillion yuan");
        assert_eq!(f.tick(100_000.0, 20_000.0), "10");
        assert_eq!(f.tick(50_000.0, 5_000.0), "5.0");
        assert_eq!(
            axis_format(&Unit::Yuan100m, 115_049.6, Lang::Zh).label,
            "万亿元"
        );
        let small = axis_format(&Unit::Yuan100m, 4_458.4, Lang::En);
        assert_eq!(small.label, "100 million yuan");
        assert_eq!(small.tick(4_000.0, 1_000.0), "4,000");
    }

    #[test]
    fn counts_read_in_thousands_or_wan() {
        let f = axis_format(&Unit::Count, 1_130_594.0, Lang::En);
        assert_eq!(f.label, "million");
        assert_eq!(f.tick(1_200_000.0, 200_000.0), "1.2");
        let f = axis_format(&Unit::Count, 345_136.0, Lang::En);
        assert_eq!(f.tick(300_000.0, 100_000.0), "300");
        let f = axis_format(&Unit::Count, 345_136.0, Lang::Zh);
        assert_eq!(
            (f.label.as_str(), f.tick(300_000.0, 100_000.0)),
            ("万", "30".into())
        );
    }

    #[test]
    fn read_outs_use_the_axis_unit_with_three_digits() {
        let f = axis_format(&Unit::Yuan100m, 115_049.6, Lang::En);
        assert_eq!(
            f.reading(115_049.6, Lang::En).unwrap(),
            "11.5 trillion yuan"
        );
        assert_eq!(f.reading(1_895.0, Lang::En).unwrap(), "0.190 trillion yuan");
        assert_eq!(f.reading(0.0, Lang::En).unwrap(), "0 trillion yuan");
        let zh = axis_format(&Unit::Yuan100m, 115_049.6, Lang::Zh);
        assert_eq!(zh.reading(115_049.6, Lang::Zh).unwrap(), "11.5万亿元");
        let f = axis_format(&Unit::Patents, 1_130_594.0, Lang::En);
        assert_eq!(
            f.reading(1_130_594.0, Lang::En).unwrap(),
            "1.13 million patents"
        );
        let f = axis_format(&Unit::Patents, 345_136.0, Lang::Zh);
        assert_eq!(f.reading(345_136.0, Lang::Zh).unwrap(), "34.5万件");
        let small = axis_format(&Unit::Yuan100m, 4_458.4, Lang::En);
        assert_eq!(
            small.reading(4_458.4, Lang::En),
            None,
            "already in the axis unit"
        );
    }

    #[test]
    fn other_units_keep_their_values() {
        let f = axis_format(&Unit::Percent, 6.8, Lang::En);
        assert_eq!((f.label.as_str(), f.tick(2.5, 0.5)), ("%", "2.5".into()));
        assert_eq!(axis_format(&Unit::Rank, 20.0, Lang::En).tick(5.0, 5.0), "5");
    }
}
