//! A reader of comma-separated values (RFC 4180): quoted fields, doubled
//! quotes, line breaks inside quotes, CRLF or LF endings, a leading byte
//! order mark. Every row remembers the line it starts on, so problems can be
//! reported where they are.

use std::borrow::Cow;
use std::fmt;

/// One row of a CSV file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row<'a> {
    /// The line (1-based) the row starts on.
    pub line: usize,
    /// The fields, unquoted: slices of the text, except quoted fields with
    /// doubled quotes, which are assembled.
    pub fields: Vec<Cow<'a, str>>,
}

/// A CSV file read as a header and rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table<'a> {
    /// The column names of the first row, trimmed.
    pub header: Vec<String>,
    /// The rows after the header; blank lines are skipped.
    pub rows: Vec<Row<'a>>,
}

/// Why a text could not be read as CSV.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvError {
    /// The line (1-based) where the problem is.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for CsvError {}

/// Splits CSV text into rows of fields.
///
/// Works on bytes: every delimiter is ASCII, so a field is a slice of the
/// text, not a copy (a quoted field with doubled quotes is assembled).
pub fn parse_rows(text: &str) -> Result<Vec<Row<'_>>, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bytes = text.as_bytes();
    let mut rows = Vec::new();
    let mut fields = Vec::new();
    let mut line = 1;
    let mut row_line = 1;
    let mut at = 0;
    // Whether the text ends right after a comma (a last, empty field).
    let mut open_field = false;
    while at < bytes.len() {
        let field = if bytes[at] == b'"' {
            let quote_line = line;
            let mut field = Cow::Borrowed("");
            let mut from = at + 1;
            loop {
                let Some(quote) = bytes[from..].iter().position(|&b| b == b'"') else {
                    return Err(CsvError {
                        line: quote_line,
                        message: "a quoted field is never closed (missing \")".to_string(),
                    });
                };
                let part = &text[from..from + quote];
                line += part.bytes().filter(|&b| b == b'\n').count();
                from += quote + 1;
                let doubled = bytes.get(from) == Some(&b'"');
                if doubled {
                    // The part and one quote of the two.
                    let owned = field.to_mut();
                    owned.push_str(part);
                    owned.push('"');
                    from += 1;
                } else {
                    match &mut field {
                        Cow::Borrowed(_) => field = Cow::Borrowed(part),
                        Cow::Owned(owned) => owned.push_str(part),
                    }
                    break;
                }
            }
            at = from;
            if let Some(c) = text[at..].chars().next()
                && !matches!(c, ',' | '\n' | '\r')
            {
                return Err(CsvError {
                    line,
                    message: format!(
                        "unexpected character '{c}' after a closing quote (expected a comma or the end of the line)"
                    ),
                });
            }
            field
        } else {
            let end = bytes[at..]
                .iter()
                .position(|&b| matches!(b, b',' | b'\n' | b'\r'))
                .map_or(bytes.len(), |n| at + n);
            let field = Cow::Borrowed(&text[at..end]);
            at = end;
            field
        };
        fields.push(field);
        open_field = false;
        match bytes.get(at) {
            Some(b',') => {
                at += 1;
                open_field = true;
            }
            Some(&end) => {
                at += if end == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                push_row(&mut rows, row_line, std::mem::take(&mut fields));
                line += 1;
                row_line = line;
            }
            None => {}
        }
    }
    if open_field {
        fields.push(Cow::Borrowed(""));
    }
    if !fields.is_empty() {
        push_row(&mut rows, row_line, fields);
    }
    Ok(rows)
}

fn push_row<'a>(rows: &mut Vec<Row<'a>>, line: usize, fields: Vec<Cow<'a, str>>) {
    let blank = fields.iter().all(|f| f.trim().is_empty());
    if !blank {
        rows.push(Row { line, fields });
    }
}

impl<'a> Table<'a> {
    /// Reads CSV text whose first row names the columns.
    pub fn parse(text: &'a str) -> Result<Table<'a>, CsvError> {
        let mut rows = parse_rows(text)?.into_iter();
        let header = rows.next().ok_or(CsvError {
            line: 1,
            message: "the file is empty (expected a header row)".to_string(),
        })?;
        Ok(Table {
            header: header.fields.iter().map(|h| h.trim().to_string()).collect(),
            rows: rows.collect(),
        })
    }

    /// The index of a column, compared without case.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header
            .iter()
            .position(|h| h.eq_ignore_ascii_case(name))
    }

    /// The field of `row` in the column named `name`, if both exist.
    pub fn get<'r>(&self, row: &'r Row<'a>, name: &str) -> Option<&'r str> {
        self.column(name)
            .and_then(|i| row.fields.get(i))
            .map(|f| f.as_ref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quotes_escapes_and_line_breaks() {
        let text = "\u{feff}a,b,c\r\n1,\"x, \"\"y\"\"\",3\r\n2,\"multi\nline\",4\n\n5,,\n";
        let table = Table::parse(text).unwrap();
        assert_eq!(table.header, ["a", "b", "c"]);
        assert_eq!(table.rows.len(), 3);
        assert_eq!(table.rows[0].fields, ["1", "x, \"y\"", "3"]);
        assert_eq!(table.rows[0].line, 2);
        assert_eq!(table.rows[1].fields, ["2", "multi\nline", "4"]);
        assert_eq!(table.rows[1].line, 3);
        assert_eq!(table.rows[2].line, 6);
        assert_eq!(table.get(&table.rows[2], "B"), Some(""));
    }

    #[test]
    fn reads_a_last_row_without_newline() {
        let table = Table::parse("a,b\n1,\"2\"").unwrap();
        assert_eq!(table.rows[0].fields, ["1", "2"]);
    }

    #[test]
    fn reports_broken_quotes_with_their_line() {
        let err = parse_rows("a\n\"open\nstill").unwrap_err();
        assert_eq!(err.line, 2);
        let err = parse_rows("a,b\n\"x\"y,2").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.message.contains("after a closing quote"));
        assert!(Table::parse("").is_err());
    }
}
