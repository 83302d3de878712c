//! Units of measure: what a value means, which values it allows, and how a
//! reader sees it.

use crate::core::text::bilingual::Lang;
use crate::core::text::format::{decimals_of, format_exact, format_fixed, round_to, shortest};

/// The unit of a series or a figure.
///
/// Known units have an identifier in the data format (`"100m-yuan"`) and
/// rules for the values they allow; any other text is a custom unit shown as
/// written, which allows any finite value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    /// 100 million yuan (亿元), the statistics bureau's unit for GDP and R&D.
    Yuan100m,
    /// Billion yuan.
    YuanBillion,
    /// Trillion yuan (万亿元).
    YuanTrillion,
    /// A percentage share of a whole, 0 to 100.
    Percent,
    /// A count of things (enterprises, cities): a whole number ≥ 0.
    Count,
    /// A count of patents: a whole number ≥ 0, read as "patents" ("件").
    Patents,
    /// A position in a ranking: a whole number ≥ 1, 1 being the top.
    Rank,
    /// An index score (such as Nature Index Share): a number ≥ 0.
    Score,
    /// Any other unit, shown as written.
    Custom(String),
}

impl From<String> for Unit {
    fn from(id: String) -> Self {
        match id.as_str() {
            "100m-yuan" => Unit::Yuan100m,
            "billion-yuan" => Unit::YuanBillion,
            "trillion-yuan" => Unit::YuanTrillion,
            "percent" => Unit::Percent,
            "count" => Unit::Count,
            "patents" => Unit::Patents,
            "rank" => Unit::Rank,
            "score" => Unit::Score,
            _ => Unit::Custom(id),
        }
    }
}

impl Unit {
    /// The identifier of the unit in the data format.
    pub fn id(&self) -> &str {
        match self {
            Unit::Yuan100m => "100m-yuan",
            Unit::YuanBillion => "billion-yuan",
            Unit::YuanTrillion => "trillion-yuan",
            Unit::Percent => "percent",
            Unit::Count => "count",
            Unit::Patents => "patents",
            Unit::Rank => "rank",
            Unit::Score => "score",
            Unit::Custom(text) => text,
        }
    }

    /// Checks that `value` is allowed in this unit; the error says what was
    /// expected.
    pub fn check(&self, value: f64) -> Result<(), String> {
        if !value.is_finite() {
            return Err(format!(
                "expected a finite number, found {}",
                shortest(value)
            ));
        }
        let whole = value.fract() == 0.0;
        match self {
            Unit::Yuan100m | Unit::YuanBillion | Unit::YuanTrillion | Unit::Score
                if value < 0.0 =>
            {
                Err(format!(
                    "expected a value of 0 or more in {}, found {}",
                    self.label(Lang::En),
                    format_exact(value)
                ))
            }
            Unit::Percent if !(0.0..=100.0).contains(&value) => Err(format!(
                "expected a percentage from 0 to 100, found {}",
                format_exact(value)
            )),
            Unit::Count | Unit::Patents if value < 0.0 || !whole => Err(format!(
                "expected a whole count of 0 or more, found {}",
                format_exact(value)
            )),
            Unit::Rank if value < 1.0 || !whole => Err(format!(
                "expected a rank as a whole number from 1, found {}",
                format_exact(value)
            )),
            _ => Ok(()),
        }
    }

    /// The unit's name for a reader ("100 million yuan", "亿元").
    pub fn label(&self, lang: Lang) -> &str {
        match (self, lang) {
            (Unit::Yuan100m, Lang::En) => "100 million yuan",
            (Unit::Yuan100m, Lang::Zh) => "亿元",
            (Unit::YuanBillion, Lang::En) => "billion yuan",
            (Unit::YuanBillion, Lang::Zh) => "十亿元",
            (Unit::YuanTrillion, Lang::En) => "trillion yuan",
            (Unit::YuanTrillion, Lang::Zh) => "万亿元",
            (Unit::Percent, _) => "%",
            (Unit::Count, _) => "",
            (Unit::Patents, Lang::En) => "patents",
            (Unit::Patents, Lang::Zh) => "件",
            (Unit::Rank, Lang::En) => "rank",
            (Unit::Rank, Lang::Zh) => "名次",
            (Unit::Score, Lang::En) => "score",
            (Unit::Score, Lang::Zh) => "分值",
            (Unit::Custom(text), _) => text,
        }
    }

    /// The value exactly as stored, with its unit: "115,049.6 (100 million
    /// yuan)", "24.4%", "No. 1"; in Chinese "115,049.6亿元", "第1位".
    pub fn format_exact(&self, value: f64, lang: Lang) -> String {
        match (self, lang) {
            // Chinese readers count billions in 亿: 74.87 billion is 748.7亿元.
            (Unit::YuanBillion, Lang::Zh) => {
                format!(
                    "{}亿元",
                    format_exact(round_to(value * 10.0, decimals_of(value)))
                )
            }
            _ => self.with_number(&format_exact(value), lang),
        }
    }

    /// An already formatted number with this unit: "24.4%", "No. 3",
    /// "115,049.6 (100 million yuan)".
    pub fn with_number(&self, number: &str, lang: Lang) -> String {
        match (self, lang) {
            (Unit::Percent, _) => format!("{number}%"),
            (Unit::Count, _) => number.to_string(),
            (Unit::Rank, Lang::En) => format!("No. {number}"),
            (Unit::Rank, Lang::Zh) => format!("第{number}位"),
            (Unit::Yuan100m, Lang::En) => format!("{number} (100 million yuan)"),
            (Unit::Custom(text), _) if text.is_empty() => number.to_string(),
            (_, Lang::Zh) => format!("{number}{}", self.label(lang)),
            (_, Lang::En) => format!("{number} {}", self.label(lang)),
        }
    }

    /// The value rounded for reading, in the largest fitting unit, with at
    /// least three significant digits: 115,049.6 (100 million yuan) is
    /// "11.5 trillion yuan" ("11.5万亿元"), 10,166.8 is "1.02 trillion
    /// yuan"; 748.7 is "74.9 billion yuan" ("748.7亿元"). Units without a
    /// larger form are shown exactly.
    pub fn format_readable(&self, value: f64, lang: Lang) -> String {
        // Express every yuan amount in units of 100 million yuan (亿元) first.
        let factor = match self {
            Unit::Yuan100m => 1.0,
            Unit::YuanBillion => 10.0,
            Unit::YuanTrillion => 10_000.0,
            _ => return self.format_exact(value, lang),
        };
        // Scaling up never adds decimals; rounding removes the binary noise.
        let in_100m = round_to(value * factor, decimals_of(value));
        // The unit is chosen after rounding: 9,999.6 is "1.00 trillion".
        let trillions = three_digits(in_100m / 10_000.0);
        let billions = three_digits(in_100m / 10.0);
        match lang {
            Lang::En if trillions.0.abs() >= 1.0 => {
                format!("{} trillion yuan", format_fixed(trillions.0, trillions.1))
            }
            Lang::En if billions.0.abs() >= 1.0 => {
                format!("{} billion yuan", format_fixed(billions.0, billions.1))
            }
            Lang::En => format!("{} million yuan", format_fixed(in_100m * 100.0, 0)),
            Lang::Zh if trillions.0.abs() >= 1.0 => {
                format!("{}万亿元", format_fixed(trillions.0, trillions.1))
            }
            Lang::Zh => format!("{}亿元", format_exact(in_100m)),
        }
    }
}

/// `value` rounded to one decimal from 10 up, to two below, so that a
/// number from 1 up keeps at least three significant digits (11.5, 1.02);
/// with the decimals to show.
fn three_digits(value: f64) -> (f64, usize) {
    let one = round_to(value, 1);
    if one.abs() >= 10.0 {
        (one, 1)
    } else {
        (round_to(value, 2), 2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_known_and_custom_ids() {
        assert_eq!(Unit::from("100m-yuan".to_string()), Unit::Yuan100m);
        assert_eq!(
            Unit::from("books per capita".to_string()),
            Unit::Custom("books per capita".into())
        );
        assert_eq!(Unit::Rank.id(), "rank");
    }

    #[test]
    fn enforces_the_values_each_unit_allows() {
        assert!(Unit::Yuan100m.check(115049.6).is_ok());
        assert_eq!(
            Unit::Yuan100m.check(-1.0).unwrap_err(),
            "expected a value of 0 or more in 100 million yuan, found -1"
        );
        assert!(Unit::Percent.check(100.5).is_err());
        assert!(Unit::Count.check(2.5).is_err());
        assert!(Unit::Rank.check(0.0).is_err());
        assert!(Unit::Rank.check(3.0).is_ok());
        assert!(Unit::Custom("index".into()).check(-3.0).is_ok());
        assert!(Unit::Custom("index".into()).check(f64::NAN).is_err());
        assert!(Unit::Count.check(f64::INFINITY).is_err());
    }

    #[test]
    fn formats_yuan_for_readers() {
        assert_eq!(
            Unit::Yuan100m.format_readable(115049.6, Lang::En),
            "11.5 trillion yuan"
        );
        assert_eq!(
            Unit::Yuan100m.format_readable(115049.6, Lang::Zh),
            "11.5万亿元"
        );
        assert_eq!(
            Unit::YuanBillion.format_readable(74.87, Lang::En),
            "74.9 billion yuan"
        );
        assert_eq!(
            Unit::YuanBillion.format_readable(74.87, Lang::Zh),
            "748.7亿元"
        );
        assert_eq!(Unit::YuanBillion.format_exact(74.87, Lang::Zh), "748.7亿元");
        assert_eq!(
            Unit::Yuan100m.format_readable(112_500.0, Lang::En),
            "11.3 trillion yuan"
        );
        assert_eq!(
            Unit::Yuan100m.format_readable(9_999.6, Lang::En),
            "1.00 trillion yuan"
        );
        assert_eq!(
            Unit::Yuan100m.format_readable(10_166.8, Lang::En),
            "1.02 trillion yuan"
        );
        assert_eq!(
            Unit::Yuan100m.format_exact(115049.6, Lang::En),
            "115,049.6 (100 million yuan)"
        );
        assert_eq!(
            Unit::Yuan100m.format_exact(115049.6, Lang::Zh),
            "115,049.6亿元"
        );
        assert_eq!(Unit::Rank.format_exact(1.0, Lang::En), "No. 1");
        assert_eq!(Unit::Percent.format_exact(24.4, Lang::En), "24.4%");
    }
}
