//! Number formatting: digit grouping, exact and rounded figures; whole
//! numbers read back.
//!
//! Figures are shown exactly as the source gives them (`115,049.6`), or
//! rounded for reading (`11.5 trillion yuan`) with the exact figure beside.

/// A whole number read as `str::parse::<i64>` reads it: an optional `+`
/// or `-`, then one or more ASCII digits, within the range of `i64`. Every
/// whole number the page reads goes through here (or [`read_natural`]),
/// so that one parser is compiled rather than one per integer type.
pub fn read_whole(text: &str) -> Option<i64> {
    let magnitude = magnitude(text)?;
    if text.starts_with('-') {
        0i64.checked_sub_unsigned(magnitude)
    } else {
        i64::try_from(magnitude).ok()
    }
}

/// A number of 0 or more read as `str::parse` reads an unsigned type `T`:
/// as [`read_whole`], without a `-` (even before 0), within `T`'s range.
pub fn read_natural<T: TryFrom<u64>>(text: &str) -> Option<T> {
    if text.starts_with('-') {
        return None;
    }
    T::try_from(magnitude(text)?).ok()
}

/// The digits of `text` after an optional sign, as a `u64`.
fn magnitude(text: &str) -> Option<u64> {
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    if digits.is_empty() {
        return None;
    }
    digits.bytes().try_fold(0u64, |value, b| {
        if b.is_ascii_digit() {
            value.checked_mul(10)?.checked_add(u64::from(b - b'0'))
        } else {
            None
        }
    })
}

/// Inserts thousands separators into a string of ASCII digits: `"1234567"` to
/// `"1,234,567"`. Anything that is not only digits is returned unchanged.
pub fn group_digits(digits: &str) -> String {
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return digits.to_string();
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// Groups the integer part of a plain decimal rendering such as `-1234.50`.
fn group_rendered(rendered: &str) -> String {
    let (sign, unsigned) = match rendered.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", rendered),
    };
    let (int, frac) = match unsigned.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (unsigned, None),
    };
    let mut out = format!("{sign}{}", group_digits(int));
    if let Some(frac) = frac {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// `value` in plain decimal notation with exactly `decimals` places,
/// rounded half away from zero, without grouping: `(11.25, 1)` to `"11.3"`,
/// `(-0.01, 1)` to `"0.0"`.
///
/// Written with integer arithmetic: Rust's own float formatting would add
/// its tables and algorithms to the WebAssembly (about 8 KB gzipped).
pub fn decimal(value: f64, decimals: usize) -> String {
    if value.is_nan() {
        return "NaN".to_string();
    }
    if value.is_infinite() {
        return if value < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    let decimals = decimals.min(9);
    let scale = 10f64.powi(decimals as i32);
    let scaled = (value.abs() * scale).round();
    if scaled >= 9.0e18 {
        return scientific(value);
    }
    let digits = (scaled as u64).to_string();
    let digits = if digits.len() <= decimals {
        format!("{}{digits}", "0".repeat(decimals + 1 - digits.len()))
    } else {
        digits
    };
    let (int, frac) = digits.split_at(digits.len() - decimals);
    let sign = if value < 0.0 && scaled > 0.0 { "-" } else { "" };
    if decimals == 0 {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    }
}

/// Very large or small magnitudes as `1.2345e21`.
fn scientific(value: f64) -> String {
    let exponent = value.abs().log10().floor() as i32;
    let mantissa = value / 10f64.powi(exponent);
    format!(
        "{}e{exponent}",
        decimal(mantissa, 4)
            .trim_end_matches('0')
            .trim_end_matches('.')
    )
}

/// The number of decimal places in the shortest decimal that reads back as
/// `value` (`115049.6` has 1, `3734.62` has 2, `21746.0` has 0), up to 9.
pub fn decimals_of(value: f64) -> usize {
    if !value.is_finite() {
        return 0;
    }
    (0..9)
        .find(|&d| {
            let scale = 10f64.powi(d as i32);
            (value * scale).round() / scale == value
        })
        .unwrap_or(9)
}

/// `value` as the shortest decimal that reads back as it: `115049.6` to
/// `"115049.6"`, `21746.0` to `"21746"`.
pub fn shortest(value: f64) -> String {
    decimal(value, decimals_of(value))
}

/// `value` exactly as stored, grouped: `115049.6` to `"115,049.6"`.
pub fn format_exact(value: f64) -> String {
    if value.is_finite() && value.abs() < 1e15 {
        group_rendered(&shortest(value))
    } else {
        shortest(value)
    }
}

/// `value` rounded half away from zero to `decimals` places, grouped:
/// `(11.50496, 1)` to `"11.5"`, `(11.25, 1)` to `"11.3"`.
pub fn format_fixed(value: f64, decimals: usize) -> String {
    group_rendered(&decimal(value, decimals))
}

/// Rounds `value` to `decimals` places, removing the binary noise of sums
/// (`115049.59999999999` to `115049.6` at one place).
pub fn round_to(value: f64, decimals: usize) -> f64 {
    let factor = 10f64.powi(decimals.min(15) as i32);
    let rounded = (value * factor).round() / factor;
    // Beyond f64's range the value is returned as it is.
    if rounded.is_finite() { rounded } else { value }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_whole_numbers_as_rusts_parser() {
        for text in [
            "0",
            "-0",
            "+0",
            "7",
            "+7",
            "-7",
            "007",
            "2014",
            "-500",
            "255",
            "256",
            "65535",
            "65536",
            "4294967295",
            "4294967296",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775808",
            "-9223372036854775809",
            "18446744073709551615",
            "18446744073709551616",
            "",
            "+",
            "-",
            "+-1",
            "--1",
            " 1",
            "1 ",
            "1.0",
            "1e3",
            "x",
            "١",
        ] {
            assert_eq!(read_whole(text), text.parse::<i64>().ok(), "{text}");
            assert_eq!(read_natural::<u8>(text), text.parse::<u8>().ok(), "{text}");
            assert_eq!(
                read_natural::<u16>(text),
                text.parse::<u16>().ok(),
                "{text}"
            );
            assert_eq!(
                read_natural::<u32>(text),
                text.parse::<u32>().ok(),
                "{text}"
            );
            assert_eq!(
                read_natural::<usize>(text),
                text.parse::<usize>().ok(),
                "{text}"
            );
            assert_eq!(
                read_natural::<u64>(text),
                text.parse::<u64>().ok(),
                "{text}"
            );
        }
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(group_digits("1"), "1");
        assert_eq!(group_digits("123"), "123");
        assert_eq!(group_digits("1234"), "1,234");
        assert_eq!(group_digits("1294271"), "1,294,271");
        assert_eq!(group_digits("12a4"), "12a4");
    }

    #[test]
    fn formats_exact_values_as_stored() {
        assert_eq!(format_exact(115049.6), "115,049.6");
        assert_eq!(format_exact(21746.0), "21,746");
        assert_eq!(format_exact(3734.62), "3,734.62");
        assert_eq!(format_exact(-1234.5), "-1,234.5");
        assert_eq!(format_exact(0.6), "0.6");
        assert_eq!(format_exact(1e22), "1e22");
        assert_eq!(format_exact(f64::NAN), "NaN");
    }

    #[test]
    fn formats_rounded_values() {
        assert_eq!(format_fixed(11.50496, 1), "11.5");
        assert_eq!(format_fixed(1294271.7, 0), "1,294,272");
        assert_eq!(format_fixed(-0.01, 1), "0.0");
        assert_eq!(format_fixed(24.4290, 1), "24.4");
        assert_eq!(format_fixed(11.25, 1), "11.3", "half away from zero");
        assert_eq!(format_fixed(-2.5, 0), "-3");
    }

    #[test]
    fn writes_decimals_without_float_formatting() {
        assert_eq!(decimal(11.25, 1), "11.3");
        assert_eq!(decimal(0.05, 2), "0.05");
        assert_eq!(decimal(-1.23456, 3), "-1.235");
        assert_eq!(decimal(7.0, 0), "7");
        assert_eq!(decimal(-0.001, 1), "0.0");
        assert_eq!(decimal(f64::NEG_INFINITY, 1), "-inf");
        assert_eq!(shortest(115049.6), "115049.6");
        assert_eq!(shortest(0.1 + 0.2), "0.300000000");
        assert_eq!(shortest(-1234.5), "-1234.5");
        assert_eq!(shortest(1.38e19), "1.38e19");
    }

    #[test]
    fn counts_decimals_and_rounds_sums() {
        assert_eq!(decimals_of(115049.6), 1);
        assert_eq!(decimals_of(3734.62), 2);
        assert_eq!(decimals_of(21746.0), 0);
        let sum = 0.1 + 0.2;
        assert_ne!(sum, 0.3);
        assert_eq!(round_to(sum, 1), 0.3);
        assert_eq!(round_to(1e300, 15), 1e300);
    }
}
