//! How a value axis is labelled: its unit, scaled so that tick labels stay
//! short ("0, 5, 10 trillion yuan" rather than "0, 50,000, 100,000").

use super::format::format_fixed;
use super::text::Lang;
use super::unit::Unit;

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
    fn other_units_keep_their_values() {
        let f = axis_format(&Unit::Percent, 6.8, Lang::En);
        assert_eq!((f.label.as_str(), f.tick(2.5, 0.5)), ("%", "2.5".into()));
        assert_eq!(axis_format(&Unit::Rank, 20.0, Lang::En).tick(5.0, 5.0), "5");
    }
}
