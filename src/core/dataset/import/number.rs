//! A number in a CSV cell read as the nearest `f64`, without Rust's float
//! parser: `str::parse::<f64>` brings its tables of powers (about 12 KB of
//! the worker's gzipped WebAssembly). The result is the same: exact when
//! the digits and the power of ten are small (most cells), otherwise an
//! estimate corrected against the exact value with big integers, rounded
//! to nearest, ties to even.

use crate::core::dataset::cell::is_number;

/// The significant digits kept exactly; any digit after them only counts
/// as "more" (a midpoint between two `f64` has at most 767 significant
/// digits, so comparisons with it are decided within these).
const KEPT_DIGITS: usize = 800;

/// The value of `text`, a number of the shape [`is_number`] accepts
/// (`-3.5`, `+2`, `1e3`, `.5`, `5.`), rounded to the nearest `f64` as
/// `str::parse::<f64>` rounds it (infinite beyond the largest); `None`
/// for any other text.
pub fn parse(text: &str) -> Option<f64> {
    if !is_number(text) {
        return None;
    }
    let bytes = text.as_bytes();
    let negative = bytes[0] == b'-';
    let (digits, exponent) = decimal(bytes);
    let magnitude = magnitude(&digits, exponent);
    Some(if negative { -magnitude } else { magnitude })
}

/// The significant digits of a number of [`is_number`]'s shape (values
/// 0 to 9, without leading or trailing zeros, at most [`KEPT_DIGITS`] and
/// a last 1 if any digit after them was not 0) and the power of ten they
/// are multiplied by.
fn decimal(bytes: &[u8]) -> (Vec<u8>, i64) {
    let mut digits = Vec::new();
    let mut exponent: i64 = 0;
    let mut point = false;
    let mut more = false;
    let mut rest = bytes.iter();
    for &b in rest.by_ref() {
        match b {
            b'.' => point = true,
            b'e' | b'E' => break,
            b'0'..=b'9' => {
                exponent -= i64::from(point);
                if digits.len() < KEPT_DIGITS {
                    if !digits.is_empty() || b != b'0' {
                        digits.push(b - b'0');
                    }
                } else {
                    exponent += 1;
                    more |= b != b'0';
                }
            }
            _ => {}
        }
    }
    let mut power: i64 = 0;
    let mut sign = 1;
    for &b in rest {
        match b {
            b'-' => sign = -1,
            b'0'..=b'9' => power = power.saturating_mul(10).saturating_add(i64::from(b - b'0')),
            _ => {}
        }
    }
    exponent = exponent.saturating_add(sign * power);
    if more {
        digits.push(1);
        exponent -= 1;
    }
    while digits.last() == Some(&0) {
        digits.pop();
        exponent += 1;
    }
    (digits, exponent)
}

/// The `f64` nearest `digits × 10^exponent` (ties to even).
fn magnitude(digits: &[u8], exponent: i64) -> f64 {
    let count = digits.len() as i64;
    let top = count.saturating_add(exponent);
    if digits.is_empty() || top < -324 {
        // Below 10^-324, under half the smallest f64.
        return 0.0;
    }
    if top > 310 {
        return f64::INFINITY;
    }
    // Within those bounds the exponent is small: |exponent| <= 1125.
    let exponent = exponent as i32;
    let whole = |digits: &[u8]| digits.iter().fold(0u64, |n, &d| n * 10 + u64::from(d));
    if count <= 15 && exponent.abs() <= 22 {
        // Both exact in an f64, so one operation rounds correctly.
        let n = whole(digits) as f64;
        let power = (0..exponent.abs()).fold(1.0, |p, _| p * 10.0);
        return if exponent < 0 { n / power } else { n * power };
    }
    let first = &digits[..digits.len().min(19)];
    let scale = exponent + (digits.len() - first.len()) as i32;
    let estimate = whole(first) as f64 * 10f64.powi(scale / 2) * 10f64.powi(scale - scale / 2);
    nearest(&Big::from_digits(digits), exponent, estimate.min(f64::MAX))
}

/// The `f64` nearest `digits × 10^exponent`, found from `estimate` (a
/// finite number a few units in the last place off) by comparing the value
/// with the midpoints between `f64`s.
fn nearest(digits: &Big, exponent: i32, mut estimate: f64) -> f64 {
    use std::cmp::Ordering::{Equal, Greater, Less};
    loop {
        let bits = estimate.to_bits();
        let biased = (bits >> 52) as i32;
        let fraction = bits & ((1 << 52) - 1);
        let (m, k) = if biased == 0 {
            (fraction, -1074)
        } else {
            (fraction | 1 << 52, biased - 1075)
        };
        let odd = m & 1 == 1;
        match compare(digits, exponent, 2 * m + 1, k - 1) {
            Greater => {
                estimate = estimate.next_up();
                if estimate.is_infinite() {
                    return estimate;
                }
                continue;
            }
            Equal => return if odd { estimate.next_up() } else { estimate },
            Less => {}
        }
        if m == 0 {
            return estimate;
        }
        // Below the lowest f64 of a binade, the step is half as long.
        let below = if m == 1 << 52 && biased > 1 {
            compare(digits, exponent, 4 * m - 1, k - 2)
        } else {
            compare(digits, exponent, 2 * m - 1, k - 1)
        };
        match below {
            Less => estimate = estimate.next_down(),
            Equal => return if odd { estimate.next_down() } else { estimate },
            Greater => return estimate,
        }
    }
}

/// How `digits × 10^exponent` compares with `m × 2^k`.
fn compare(digits: &Big, exponent: i32, m: u64, k: i32) -> std::cmp::Ordering {
    let mut left = digits.clone();
    let mut right = Big(vec![m as u32, (m >> 32) as u32]);
    if exponent >= 0 {
        left.times_ten_to(exponent);
    } else {
        right.times_ten_to(-exponent);
    }
    if k >= 0 {
        right.shift(k);
    } else {
        left.shift(-k);
    }
    left.trim();
    right.trim();
    left.0
        .len()
        .cmp(&right.0.len())
        .then_with(|| left.0.iter().rev().cmp(right.0.iter().rev()))
}

/// A natural number, its 32-bit limbs from the lowest.
#[derive(Clone)]
struct Big(Vec<u32>);

impl Big {
    /// The number written by `digits` (values 0 to 9), nine at a time.
    fn from_digits(digits: &[u8]) -> Big {
        let mut n = Big(Vec::new());
        for chunk in digits.chunks(9) {
            let value = chunk.iter().fold(0, |v, &d| v * 10 + u32::from(d));
            n.times_add(10u32.pow(chunk.len() as u32), value);
        }
        n
    }

    /// `self × factor + add`.
    fn times_add(&mut self, factor: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.0 {
            let product = u64::from(*limb) * u64::from(factor) + carry;
            *limb = product as u32;
            carry = product >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    /// `self × 10^power`.
    fn times_ten_to(&mut self, mut power: i32) {
        while power > 0 {
            let step = power.min(9);
            self.times_add(10u32.pow(step as u32), 0);
            power -= step;
        }
    }

    /// `self × 2^bits`.
    fn shift(&mut self, bits: i32) {
        let (limbs, bits) = ((bits / 32) as usize, bits % 32);
        if bits > 0 {
            let mut carry = 0;
            for limb in &mut self.0 {
                let wide = u64::from(*limb) << bits | carry;
                *limb = wide as u32;
                carry = wide >> 32;
            }
            if carry > 0 {
                self.0.push(carry as u32);
            }
        }
        self.0.splice(0..0, std::iter::repeat_n(0, limbs));
    }

    /// Without limbs of 0 at the top.
    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same as Rust's parser, bit for bit, on `text`.
    fn same(text: &str) {
        let want = text.parse::<f64>().expect(text);
        let got = parse(text).expect(text);
        assert_eq!(got.to_bits(), want.to_bits(), "{text}: {got:e} != {want:e}");
    }

    #[test]
    fn reads_what_rusts_parser_reads() {
        for text in [
            "-3.5",
            "+2",
            "1e3",
            ".5",
            "5.",
            "0",
            "-0",
            "0.0e5",
            "0.1",
            "0.30000000000000004",
            "123456789012345678901234567890",
            "2.2250738585072014e-308",
            "2.2250738585072011e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "1e-400",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "1e309",
            "-1e999",
            "1e99999999999999999999999",
            "1e-99999999999999999999999",
            "9007199254740993",
            "9007199254740995",
            "00000.000001234e+00010",
            "1E-7",
            "123.456e-2",
        ] {
            same(text);
        }
        // A tie decided by the digits after the 800th.
        let tie = format!("9007199254740993{}", "0".repeat(900));
        same(&tie);
        same(&format!("{tie}1"));
        same(&format!("0.{}1", "0".repeat(2000)));
    }

    #[test]
    fn refuses_what_is_not_a_plain_number() {
        for text in ["inf", "NaN", "infinity", "1,5", "", "-", "1e", " 1", "0x10"] {
            assert_eq!(parse(text), None, "{text}");
        }
    }

    #[test]
    fn reads_every_f64_written_back() {
        // A fixed stream of bit patterns, each written shortest and with
        // 17 and 25 significant digits, and of digits and powers.
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let x = f64::from_bits(state >> 1);
            if !x.is_finite() {
                continue;
            }
            for text in [
                format!("{x}"),
                format!("{x:e}"),
                format!("{x:.16e}"),
                format!("{x:.24e}"),
            ] {
                same(&text);
            }
            // Digits of any length with any power of ten.
            let digits: String = (0..state % 40 + 1)
                .map(|i| char::from(b'0' + ((state >> (i % 60)) % 10) as u8))
                .collect();
            let power = (state >> 40) as i64 % 700 - 350;
            same(&format!("{digits}e{power}"));
            same(&format!("-.{digits}E{power}"));
        }
    }
}
