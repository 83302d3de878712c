//! A reader of comma-separated values (RFC 4180): quoted fields, doubled
//! quotes, line breaks inside quotes, CRLF or LF endings, a leading byte
//! order mark. Every row remembers the line it starts on, so problems can be
//! reported where they are.

use std::fmt;

/// One row of a CSV file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The line (1-based) the row starts on.
    pub line: usize,
    /// The fields, unquoted.
    pub fields: Vec<String>,
}

/// A CSV file read as a header and rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// The column names of the first row, trimmed.
    pub header: Vec<String>,
    /// The rows after the header; blank lines are skipped.
    pub rows: Vec<Row>,
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
pub fn parse_rows(text: &str) -> Result<Vec<Row>, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut row_line = 1;
    let mut quote_line = 0;
    let mut in_quotes = false;
    let mut after_quotes = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => {
                    in_quotes = false;
                    after_quotes = true;
                }
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() && !after_quotes => {
                in_quotes = true;
                quote_line = line;
            }
            ',' => {
                fields.push(std::mem::take(&mut field));
                after_quotes = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                fields.push(std::mem::take(&mut field));
                after_quotes = false;
                push_row(&mut rows, row_line, std::mem::take(&mut fields));
                line += 1;
                row_line = line;
            }
            _ if after_quotes => {
                return Err(CsvError {
                    line,
                    message: format!(
                        "unexpected character '{c}' after a closing quote (expected a comma or the end of the line)"
                    ),
                });
            }
            _ => field.push(c),
        }
    }
    if in_quotes {
        return Err(CsvError {
            line: quote_line,
            message: "a quoted field is never closed (missing \")".to_string(),
        });
    }
    if !field.is_empty() || !fields.is_empty() || after_quotes {
        fields.push(field);
        push_row(&mut rows, row_line, fields);
    }
    Ok(rows)
}

fn push_row(rows: &mut Vec<Row>, line: usize, fields: Vec<String>) {
    let blank = fields.iter().all(|f| f.trim().is_empty());
    if !blank {
        rows.push(Row { line, fields });
    }
}

impl Table {
    /// Reads CSV text whose first row names the columns.
    pub fn parse(text: &str) -> Result<Table, CsvError> {
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
    pub fn get<'a>(&self, row: &'a Row, name: &str) -> Option<&'a str> {
        self.column(name)
            .and_then(|i| row.fields.get(i))
            .map(String::as_str)
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
