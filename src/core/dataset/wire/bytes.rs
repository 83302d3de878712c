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
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    /// The texts read whole so far, in order.
    texts: Vec<&'a str>,
}

impl<'a> Reader<'a> {
    /// Reads `bytes` from their start.
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader {
            bytes,
            at: 0,
            texts: Vec::new(),
        }
    }

    /// An error at the current offset.
    pub fn error(&self, expected: &'static str) -> WireError {
        WireError {
            at: self.at,
            expected,
        }
    }

    /// Whether every byte has been read.
    pub fn done(&self) -> bool {
        self.at == self.bytes.len()
    }

    /// The next `n` bytes.
    pub fn take(&mut self, n: usize, expected: &'static str) -> Result<&'a [u8], WireError> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&end| end <= self.bytes.len())
            .ok_or_else(|| self.error(expected))?;
        let taken = &self.bytes[self.at..end];
        self.at = end;
        Ok(taken)
    }

    /// One byte.
    pub fn byte(&mut self) -> Result<u8, WireError> {
        Ok(self.take(1, "a byte")?[0])
    }

    /// A whole number ≥ 0 of at most ten bytes.
    pub fn varint(&mut self) -> Result<u64, WireError> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            n |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return Ok(n);
            }
        }
        Err(self.error("a shorter number"))
    }

    /// A count of items, each at least one byte long: never more than the
    /// bytes left, so that no list is made larger than the input allows.
    pub fn count(&mut self) -> Result<usize, WireError> {
        let n = self.varint()?;
        usize::try_from(n)
            .ok()
            .filter(|&n| n <= self.bytes.len() - self.at)
            .ok_or_else(|| self.error("a length within the bytes left"))
    }

    /// A place in a list read before (checked by the list).
    pub fn place(&mut self) -> Result<usize, WireError> {
        let n = self.varint()?;
        usize::try_from(n).map_err(|_| self.error("a place in a list"))
    }

    /// A whole number written by [`Writer::int`].
    pub fn int(&mut self) -> Result<i64, WireError> {
        let n = self.varint()?;
        Ok(((n >> 1) as i64) ^ -((n & 1) as i64))
    }

    /// A float.
    pub fn float(&mut self) -> Result<f64, WireError> {
        let bytes = self.take(8, "eight bytes of a number")?;
        let mut eight = [0; 8];
        eight.copy_from_slice(bytes);
        Ok(f64::from_le_bytes(eight))
    }

    /// A text, whole or written before.
    pub fn str(&mut self) -> Result<&'a str, WireError> {
        if self.bytes.get(self.at) == Some(&AGAIN) {
            self.at += 1;
            let place = self.place()?;
            return self
                .texts
                .get(place)
                .copied()
                .ok_or_else(|| self.error("a text read before"));
        }
        let at = self.at;
        let n = self.bytes[at..]
            .iter()
            .position(|&b| b == END)
            .ok_or_else(|| self.error("a text and its end"))?;
        let bytes = self.take(n + 1, "a text")?;
        let text = std::str::from_utf8(&bytes[..n]).map_err(|_| WireError {
            at,
            expected: "UTF-8 text",
        })?;
        self.texts.push(text);
        Ok(text)
    }
}
