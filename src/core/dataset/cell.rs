//! A CSV cell written safely and read back as it was.
//!
//! A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and
//! some read a tab or a carriage return first the same way) as a formula,
//! so an export that copies a title like `=HYPERLINK(...)` could run it.
//! [`write()`] neutralises such a text cell by putting an apostrophe (`'`)
//! before it, as spreadsheets themselves do, while a cell that is a number
//! (`-3.5`, `1e3`) stays a number. [`read()`] undoes exactly that: a cell
//! whose apostrophes are followed by one of those characters loses one
//! apostrophe, so that an exported file imports again as the same data. A
//! cell that already started with apostrophes before such a character gets
//! one more when written, and loses it when read.

use std::borrow::Cow;

use crate::core::dataset::csv::trim;

/// Whether a spreadsheet may read a cell starting with `c` as a formula.
fn risky(c: u8) -> bool {
    matches!(c, b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
}

/// Whether `text` is a plain number (`-3.5`, `+2`, `1e3`, `.5`): digits,
/// an optional sign, point and exponent, and nothing else (not `inf` or
/// `NaN`).
///
/// Read by its shape, not parsed: Rust's float parser would add its
/// tables to the WebAssembly.
pub fn is_number(text: &str) -> bool {
    let bytes = text.as_bytes();
    let sign = |i: usize| usize::from(matches!(bytes.get(i), Some(b'+' | b'-')));
    let digits = |from: usize| {
        from + bytes.get(from..).map_or(0, |rest| {
            rest.iter().take_while(|b| b.is_ascii_digit()).count()
        })
    };
    let mut at = sign(0);
    let whole = digits(at);
    let mut mantissa = whole - at;
    at = whole;
    if bytes.get(at) == Some(&b'.') {
        let fraction = digits(at + 1);
        mantissa += fraction - at - 1;
        at = fraction;
    }
    if mantissa == 0 {
        return false;
    }
    if matches!(bytes.get(at), Some(b'e' | b'E')) {
        let start = at + 1 + sign(at + 1);
        let end = digits(start);
        if end == start {
            return false;
        }
        at = end;
    }
    at == bytes.len()
}

/// Whether `text`, after any apostrophes, starts with a character a
/// spreadsheet may read as the start of a formula.
fn needs_apostrophe(text: &str) -> bool {
    text.bytes().find(|&b| b != b'\'').is_some_and(risky)
}

/// One CSV field of the text `text`: neutralised with a leading `'` if a
/// spreadsheet could run it (see the module's description; a number is
/// left as it is), then quoted where needed (RFC 4180).
pub fn write(text: &str) -> Cow<'_, str> {
    let text: Cow<str> = if needs_apostrophe(text) && !is_number(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    };
    if text.contains([',', '"', '\n', '\r']) {
        Cow::Owned(format!("\"{}\"", text.replace('"', "\"\"")))
    } else {
        text
    }
}

/// Adds a row of `cells` (each written by [`write()`]) to `out`, ended by a
/// CRLF as RFC 4180 has it.
pub fn push_row(out: &mut String, cells: &[&str]) {
    for (k, text) in cells.iter().enumerate() {
        if k > 0 {
            out.push(',');
        }
        out.push_str(&write(text));
    }
    out.push_str("\r\n");
}

/// A field as read: trimmed, and with the apostrophe [`write()`] adds taken
/// off (a `'` followed, after any more apostrophes, by `=`, `+`, `-`, `@`,
/// a tab or a carriage return).
pub fn read(field: &str) -> &str {
    let field = trim(field);
    // By its first byte: `strip_prefix('\'')` compares through `memcmp`,
    // a call for every cell of a file.
    if field.as_bytes().first() != Some(&b'\'') {
        return field;
    }
    match field.get(1..) {
        Some(rest) if needs_apostrophe(rest) => rest,
        _ => field,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_told_by_their_shape() {
        for number in [
            "0",
            "-3.5",
            "+2",
            "1e3",
            "-1.5E-7",
            ".5",
            "5.",
            "12345678901234567890",
        ] {
            assert!(is_number(number), "{number}");
        }
        for text in [
            "", "-", "+", ".", "e3", "1e", "1e+", "--1", "1-2", "1.2.3", "NaN", "inf", "-x", "1,5",
            " 1",
        ] {
            assert!(!is_number(text), "{text}");
        }
    }

    #[test]
    fn neutralises_formulas_and_keeps_numbers() {
        assert_eq!(write("plain"), "plain");
        assert_eq!(write("a, b"), "\"a, b\"");
        assert_eq!(write("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(write("=1+1"), "'=1+1");
        assert_eq!(write("+33 1"), "'+33 1");
        assert_eq!(write("-x"), "'-x");
        assert_eq!(write("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(write("\tx"), "'\tx");
        assert_eq!(write("\rx"), "\"'\rx\"");
        assert_eq!(write("=HYPERLINK(\"a\",b)"), "\"'=HYPERLINK(\"\"a\"\",b)\"");
        for number in ["-3.5", "1e3", "+2", "-1E-7", "0", "-0500"] {
            assert_eq!(write(number), number);
        }
        for not_number in ["-inf", "-NaN", "-", "-e", "-1-2-3"] {
            assert_eq!(write(not_number), format!("'{not_number}"));
        }
        // Apostrophes already there before a risky character: one more.
        assert_eq!(write("'=x"), "''=x");
        assert_eq!(write("'quoted'"), "'quoted'");
        assert_eq!(write("'"), "'");
    }

    #[test]
    fn reads_back_what_was_written() {
        for text in [
            "plain", "=1+1", "-x", "'=x", "''-y", "'quoted'", "'", "''", "-3.5", "@", "-",
        ] {
            let written = write(text);
            let unquoted = written
                .strip_prefix('"')
                .and_then(|w| w.strip_suffix('"'))
                .map_or(written.to_string(), |w| w.replace("\"\"", "\""));
            assert_eq!(read(&unquoted), text, "{written}");
        }
        assert_eq!(read("  '=x "), "=x");
        assert_eq!(read("'x"), "'x");
    }
}
