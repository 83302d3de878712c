//! A reader of comma-separated values (RFC 4180): quoted fields, doubled
//! quotes, line breaks inside quotes, CRLF or LF endings, a leading byte
//! order mark. Every row remembers the line it starts on, so problems can be
//! reported where they are.

use std::borrow::Cow;
use std::fmt;

/// One row of a CSV file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row<'t, 'a> {
    /// The line (1-based) the row starts on.
    pub line: usize,
    /// The fields, unquoted: slices of the text, except quoted fields with
    /// doubled quotes, which are assembled.
    pub fields: &'t [Cow<'a, str>],
    /// Whether a blank line came right before it (as before the lines on
    /// how to cite that end a chart's export).
    pub after_blank: bool,
}

/// A CSV file read as a header and rows, all held: for small files, such
/// as the sourced facts the tests check the dataset against. Imports read
/// one row at a time ([`Rows`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table<'a> {
    /// The column names of the first row, trimmed.
    pub header: Vec<String>,
    /// The fields of all rows after the header, one row after the other:
    /// one list, not one per row, for files of many thousand rows.
    cells: Vec<Cow<'a, str>>,
    /// For each row (blank lines are skipped), its line, where its fields
    /// start in `cells`, and whether a blank line came right before it.
    starts: Vec<(usize, usize, bool)>,
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

/// Reads a text a row at a time.
struct Reader<'a> {
    text: &'a str,
    /// The byte where the next row starts.
    at: usize,
    /// The line (1-based) where the next row starts.
    line: usize,
}

impl<'a> Reader<'a> {
    /// Adds the fields of the next row to `fields` and returns the line
    /// it starts on, or `None` at the end of the text.
    // Not inlined, so that it is called once a row: a browser compiles a
    // WebAssembly function with its optimising compiler only once it has
    // been called often, and a long loop in one call stays in the baseline
    // code all along.
    #[inline(never)]
    fn row(&mut self, fields: &mut Vec<Cow<'a, str>>) -> Result<Option<usize>, CsvError> {
        let (text, bytes) = (self.text, self.text.as_bytes());
        if self.at >= bytes.len() {
            return Ok(None);
        }
        let line = self.line;
        loop {
            let field = if bytes.get(self.at) == Some(&b'"') {
                self.quoted()?
            } else {
                let end =
                    self.at + until::<b',', b'\n', b'\r'>(bytes.get(self.at..).unwrap_or_default());
                let field = Cow::Borrowed(text.get(self.at..end).unwrap_or_default());
                self.at = end;
                field
            };
            fields.push(field);
            match bytes.get(self.at) {
                Some(b',') => {
                    self.at += 1;
                    // A comma at the very end: a last, empty field.
                    if self.at == bytes.len() {
                        fields.push(Cow::Borrowed(""));
                        break;
                    }
                }
                Some(&end) => {
                    self.at += if end == b'\r' && bytes.get(self.at + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    };
                    self.line += 1;
                    break;
                }
                None => break,
            }
        }
        Ok(Some(line))
    }

    /// A quoted field starting at the current byte, unquoted.
    fn quoted(&mut self) -> Result<Cow<'a, str>, CsvError> {
        let (text, bytes) = (self.text, self.text.as_bytes());
        let quote_line = self.line;
        let mut field = Cow::Borrowed("");
        // Where the part of the field not yet taken starts, and where the
        // search for its closing quote goes on (after a line break).
        let mut from = self.at + 1;
        let mut scan = from;
        loop {
            // The closing quote, or a line break to count (the quote is
            // given twice: `until` looks for three bytes).
            let quote = scan + until::<b'"', b'\n', b'"'>(bytes.get(scan..).unwrap_or_default());
            match bytes.get(quote) {
                None => return Err(unclosed(quote_line)),
                Some(b'\n') => {
                    self.line += 1;
                    scan = quote + 1;
                    continue;
                }
                Some(_) => {}
            }
            let part = text.get(from..quote).unwrap_or_default();
            from = quote + 1;
            if bytes.get(from) == Some(&b'"') {
                // A doubled quote: the part and one quote of the two.
                let owned = field.to_mut();
                owned.push_str(part);
                owned.push('"');
                from += 1;
                scan = from;
            } else {
                match &mut field {
                    Cow::Borrowed(_) => field = Cow::Borrowed(part),
                    Cow::Owned(owned) => owned.push_str(part),
                }
                break;
            }
        }
        self.at = from;
        match bytes.get(from) {
            None | Some(b',' | b'\n' | b'\r') => Ok(field),
            Some(_) => Err(after_quote(self.line, text.get(from..).unwrap_or_default())),
        }
    }
}

/// How many bytes of `rest` come before the first of the bytes `A`, `B`
/// and `C` (all of them if none does). Read eight bytes at a time, as one
/// 64-bit word: an imported file has millions of bytes.
fn until<const A: u8, const B: u8, const C: u8>(rest: &[u8]) -> usize {
    // Each byte looked for, in every byte of a word: a byte of the word
    // equal to it is zero once they are XORed.
    let (a, b, c) = (
        ONES * u64::from(A),
        ONES * u64::from(B),
        ONES * u64::from(C),
    );
    let mut at = 0;
    while let Some(word) = rest.get(at..at + 8) {
        let word = u64::from_le_bytes(word.try_into().unwrap_or_default());
        let found = zero_bytes(word ^ a) | zero_bytes(word ^ b) | zero_bytes(word ^ c);
        if found != 0 {
            // The lowest bytes come first (little-endian).
            return at + (found.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while let Some(&byte) = rest.get(at) {
        if byte == A || byte == B || byte == C {
            break;
        }
        at += 1;
    }
    at
}

/// A one in every byte of a word.
const ONES: u64 = 0x0101_0101_0101_0101;

/// `word` with the high bit of its first zero byte (the lowest) set, and
/// no bit if no byte is zero. A borrow past that byte may set the high
/// bit of later ones too: only the first counts (see [`until`]).
fn zero_bytes(word: u64) -> u64 {
    word.wrapping_sub(ONES) & !word & (ONES << 7)
}

// The errors are made apart, so that the reading code stays small: it is
// compiled sooner by a browser's optimising compiler.

/// The error of a quoted field opened on `line` and never closed.
#[cold]
#[inline(never)]
fn unclosed(line: usize) -> CsvError {
    CsvError {
        line,
        message: "a quoted field is never closed (missing \")".to_string(),
    }
}

/// The error of a closing quote on `line` followed by `rest`, not by a
/// comma or the end of the line.
#[cold]
#[inline(never)]
fn after_quote(line: usize, rest: &str) -> CsvError {
    let c = rest.chars().next().unwrap_or_default();
    CsvError {
        line,
        message: format!(
            "unexpected character '{c}' after a closing quote (expected a comma or the end of the line)"
        ),
    }
}

/// `field` without white space around it. Most fields have none: their
/// first and last bytes are looked at before any character is decoded.
pub fn trim(field: &str) -> &str {
    match (field.as_bytes().first(), field.as_bytes().last()) {
        (Some(first), Some(last)) if first.is_ascii_graphic() && last.is_ascii_graphic() => field,
        _ => field.trim(),
    }
}

/// CSV text read a row at a time, after its header. A row's fields are
/// lent until the next row is read: a file of a hundred thousand rows is
/// never held as fields all at once.
pub struct Rows<'a> {
    reader: Reader<'a>,
    /// The column names of the first row, trimmed.
    pub header: Vec<String>,
    /// The line (1-based) the header starts on: blank lines may come first.
    pub header_line: usize,
    /// The fields of the row last read.
    fields: Vec<Cow<'a, str>>,
}

impl<'a> Rows<'a> {
    /// Reads the header of CSV text: its first row that is not blank.
    pub fn new(text: &'a str) -> Result<Rows<'a>, CsvError> {
        let mut reader = Reader {
            text: text.strip_prefix('\u{feff}').unwrap_or(text),
            at: 0,
            line: 1,
        };
        let mut fields = Vec::new();
        let (header_line, header) = loop {
            match reader.row(&mut fields)? {
                None => {
                    return Err(CsvError {
                        line: 1,
                        message: "the file is empty (expected a header row)".to_string(),
                    });
                }
                Some(_) if blank(&fields) => fields.clear(),
                Some(line) => {
                    break (
                        line,
                        fields.drain(..).map(|h| trim(&h).to_string()).collect(),
                    );
                }
            }
        };
        Ok(Rows {
            reader,
            header,
            header_line,
            fields,
        })
    }

    /// The next row that is not blank; `None` at the end of the text.
    // Not inlined: called once a row (see `Reader::row`).
    #[inline(never)]
    pub fn next_row(&mut self) -> Result<Option<Row<'_, 'a>>, CsvError> {
        let mut after_blank = false;
        loop {
            self.fields.clear();
            match self.reader.row(&mut self.fields)? {
                None => return Ok(None),
                Some(_) if blank(&self.fields) => after_blank = true,
                Some(line) => {
                    return Ok(Some(Row {
                        line,
                        fields: &self.fields,
                        after_blank,
                    }));
                }
            }
        }
    }

    /// The index of a column, compared without case.
    pub fn column(&self, name: &str) -> Option<usize> {
        column(&self.header, name)
    }

    /// How many bytes of the text are still to be read.
    pub fn unread(&self) -> usize {
        self.reader.text.len().saturating_sub(self.reader.at)
    }
}

impl<'a> Table<'a> {
    /// Reads CSV text whose first row (that is not blank) names the
    /// columns.
    pub fn parse(text: &'a str) -> Result<Table<'a>, CsvError> {
        let mut rows = Rows::new(text)?;
        let (mut cells, mut starts) = (Vec::new(), Vec::new());
        while let Some(row) = rows.next_row()? {
            starts.push((row.line, cells.len(), row.after_blank));
            cells.extend_from_slice(row.fields);
        }
        Ok(Table {
            header: rows.header,
            cells,
            starts,
        })
    }

    /// How many rows there are after the header.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// Whether there is no row after the header.
    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// The rows after the header, in order.
    pub fn rows(&self) -> impl Iterator<Item = Row<'_, 'a>> {
        self.starts
            .iter()
            .enumerate()
            .map(|(i, &(line, start, after_blank))| {
                let end = self
                    .starts
                    .get(i + 1)
                    .map_or(self.cells.len(), |next| next.1);
                Row {
                    line,
                    fields: self.cells.get(start..end).unwrap_or_default(),
                    after_blank,
                }
            })
    }

    /// The index of a column, compared without case.
    pub fn column(&self, name: &str) -> Option<usize> {
        column(&self.header, name)
    }

    /// The field of `row` in the column named `name`, if both exist.
    pub fn get<'r>(&self, row: Row<'r, 'a>, name: &str) -> Option<&'r str> {
        self.column(name)
            .and_then(|i| row.fields.get(i))
            .map(|f| f.as_ref())
    }
}

/// The index of the column `name` in `header`, compared without case.
fn column(header: &[String], name: &str) -> Option<usize> {
    header.iter().position(|h| h.eq_ignore_ascii_case(name))
}

/// Whether every field of a row is blank (a blank line).
fn blank(fields: &[Cow<'_, str>]) -> bool {
    fields.iter().all(|f| trim(f).is_empty())
}

#[cfg(test)]
mod tests;
