//! The primitives of the wire format: whole numbers as LEB128 varints
//! (signed ones zigzagged), floats as their eight little-endian bytes,
//! texts as their UTF-8 bytes ended by the byte 255, which UTF-8 never
//! holds (an end the same everywhere compresses better than a length
//! before each text).
//!
//! A text written before is written again as the byte 254 (which UTF-8
//! never holds either) and its place among the distinct texts written so
//! far: sources' names and notes repeat across a dataset, too far apart
//! for gzip's window to find.

use std::collections::HashMap;
use std::fmt;

/// The byte that ends a text.
const END: u8 = 0xff;

/// The byte that begins a text written before.
const AGAIN: u8 = 0xfe;

/// Texts this long or shorter are written again rather than referred to:
/// a reference would be no shorter.
const SHORT: usize = 2;

/// Why bytes could not be read as the wire format, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WireError {
    /// The offset of the byte that could not be read.
    pub at: usize,
    /// What was expected there.
    pub expected: &'static str,
}

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "byte {}: expected {}", self.at, self.expected)
    }
}

/// Bytes being written.
#[derive(Default)]
pub struct Writer {
    /// What is written so far.
    pub bytes: Vec<u8>,
    /// The place of each distinct text written so far.
    texts: HashMap<String, usize>,
    /// How many texts have been written whole.
    whole: usize,
}

impl Writer {
    /// One byte.
    pub fn byte(&mut self, byte: u8) {
        self.bytes.push(byte);
    }

    /// A whole number ≥ 0, seven bits a byte, lowest first.
    pub fn varint(&mut self, mut n: u64) {
        while n >= 0x80 {
            self.bytes.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.bytes.push(n as u8);
    }

    /// A length or a position.
    pub fn count(&mut self, n: usize) {
        self.varint(n as u64);
    }

    /// A whole number, zigzagged so that small negative ones stay short.
    pub fn int(&mut self, n: i64) {
        self.varint(((n << 1) ^ (n >> 63)) as u64);
    }

    /// A float, exactly.
    pub fn float(&mut self, x: f64) {
        self.bytes.extend_from_slice(&x.to_le_bytes());
    }

    /// A text: whole the first time, then by its place.
    pub fn str(&mut self, text: &str) {
        if text.len() > SHORT
            && let Some(&place) = self.texts.get(text)
        {
            self.bytes.push(AGAIN);
            self.count(place);
            return;
        }
        self.bytes.extend_from_slice(text.as_bytes());
        self.bytes.push(END);
        if !self.texts.contains_key(text) {
            self.texts.insert(text.to_owned(), self.whole);
        }
        self.whole += 1;
    }
}

/// Bytes being read, each read checked: nothing read past the end, no
/// text that is not UTF-8, no length longer than what is left.
///
/// A read that fails keeps its error (the first only) and gives an empty
/// or zero value, as does every read after it, which reads nothing: a
/// reader of a dataset reads on without a branch to leave at each field,
/// and asks [`Reader::end`] once at the end. (Leaving at each field took
/// the module several kilobytes: each way out drops what was read so far.)
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    /// The texts read whole so far, in order.
    texts: Vec<&'a str>,
    /// The first read that failed.
    failed: Option<WireError>,
}

impl<'a> Reader<'a> {
    /// Reads `bytes` from their start.
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader {
            bytes,
            at: 0,
            texts: Vec::new(),
            failed: None,
        }
    }

    /// Notes that what was expected at `at` is not there, unless a read
    /// failed before.
    pub fn fail_at(&mut self, at: usize, expected: &'static str) {
        if self.failed.is_none() {
            self.failed = Some(WireError { at, expected });
        }
    }

    /// Notes that what was expected at the current offset is not there,
    /// unless a read failed before.
    pub fn fail(&mut self, expected: &'static str) {
        self.fail_at(self.at, expected);
    }

    /// Whether every byte has been read.
    pub fn done(&self) -> bool {
        self.at == self.bytes.len()
    }

    /// The first read that failed, else whether every byte was read.
    pub fn end(&self) -> Result<(), WireError> {
        match &self.failed {
            Some(e) => Err(e.clone()),
            None if self.done() => Ok(()),
            None => Err(WireError {
                at: self.at,
                expected: "the end of the bytes",
            }),
        }
    }

    /// The next `n` bytes (none once a read failed).
    pub fn take(&mut self, n: usize, expected: &'static str) -> &'a [u8] {
        if self.failed.is_some() {
            return &[];
        }
        match self
            .at
            .checked_add(n)
            .filter(|&end| end <= self.bytes.len())
        {
            Some(end) => {
                let taken = &self.bytes[self.at..end];
                self.at = end;
                taken
            }
            None => {
                self.fail(expected);
                &[]
            }
        }
    }

    /// One byte.
    pub fn byte(&mut self) -> u8 {
        self.take(1, "a byte").first().copied().unwrap_or(0)
    }

    /// A whole number ≥ 0 of at most ten bytes.
    pub fn varint(&mut self) -> u64 {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte();
            n |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return n;
            }
        }
        self.fail("a shorter number");
        0
    }

    /// A count of items, each at least one byte long: never more than the
    /// bytes left, so that no list is made larger than the input allows.
    pub fn count(&mut self) -> usize {
        let n = self.varint();
        match usize::try_from(n) {
            Ok(n) if n <= self.bytes.len() - self.at => n,
            _ => {
                self.fail("a length within the bytes left");
                0
            }
        }
    }

    /// A place in a list read before (checked by the list).
    pub fn place(&mut self) -> usize {
        let n = self.varint();
        usize::try_from(n).unwrap_or_else(|_| {
            self.fail("a place in a list");
            0
        })
    }

    /// A whole number written by [`Writer::int`].
    pub fn int(&mut self) -> i64 {
        let n = self.varint();
        ((n >> 1) as i64) ^ -((n & 1) as i64)
    }

    /// A float.
    pub fn float(&mut self) -> f64 {
        let mut eight = [0; 8];
        if let Ok(bytes) = <[u8; 8]>::try_from(self.take(8, "eight bytes of a number")) {
            eight = bytes;
        }
        f64::from_le_bytes(eight)
    }

    /// A text, whole or written before.
    pub fn str(&mut self) -> &'a str {
        if self.failed.is_some() {
            return "";
        }
        if self.bytes.get(self.at) == Some(&AGAIN) {
            self.at += 1;
            let place = self.place();
            return self.texts.get(place).copied().unwrap_or_else(|| {
                self.fail("a text read before");
                ""
            });
        }
        let at = self.at;
        let Some(n) = self.bytes[at..].iter().position(|&b| b == END) else {
            self.fail("a text and its end");
            return "";
        };
        let bytes = self.take(n + 1, "a text");
        match std::str::from_utf8(&bytes[..n]) {
            Ok(text) => {
                self.texts.push(text);
                text
            }
            Err(_) => {
                self.fail_at(at, "UTF-8 text");
                ""
            }
        }
    }
}
