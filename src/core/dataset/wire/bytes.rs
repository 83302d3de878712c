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
//!
//! The texts are written apart from everything else, in their own stream,
//! before it: [`MAGIC`], the length of the texts' stream, the texts, then
//! the numbers, counts and kinds, each stream read in the order it was
//! written. Texts next to texts compress better than texts between
//! numbers (0.5 KB of the default dataset gzipped).

use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};

use crate::core::dataset::index::hash::text_hash;

/// A hasher for keys that are hashes already: it keeps the last number
/// written.
#[derive(Default)]
struct Hashed(u64);

impl Hasher for Hashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

use super::MAGIC;

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
    /// The numbers, counts and kinds written so far.
    bytes: Vec<u8>,
    /// The texts written so far.
    texts: Vec<u8>,
    /// Each distinct text longer than [`SHORT`] written so far, by its
    /// hash: where it begins among the texts, and its place. Nothing is
    /// copied: a text found is compared with the bytes written.
    places: HashMap<u64, (usize, usize), BuildHasherDefault<Hashed>>,
    /// How many texts have been written whole.
    whole: usize,
}

/// Writes a whole number ≥ 0 to `out`, seven bits a byte, lowest first.
fn put_varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

impl Writer {
    /// The bytes written: [`MAGIC`], the texts' length, the texts, the
    /// rest.
    pub fn finish(self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        put_varint(&mut out, self.texts.len() as u64);
        out.extend_from_slice(&self.texts);
        out.extend_from_slice(&self.bytes);
        out
    }

    /// One byte.
    pub fn byte(&mut self, byte: u8) {
        self.bytes.push(byte);
    }

    /// A whole number ≥ 0, seven bits a byte, lowest first.
    pub fn varint(&mut self, n: u64) {
        put_varint(&mut self.bytes, n);
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

    /// A text, among the texts: whole the first time, then by its place.
    /// (A text whose hash another text had first is written whole.)
    pub fn str(&mut self, text: &str) {
        if text.len() > SHORT {
            let hash = text_hash(text);
            match self.places.get(&hash) {
                Some(&(at, place))
                    if self.texts.get(at..at + text.len()) == Some(text.as_bytes()) =>
                {
                    self.texts.push(AGAIN);
                    put_varint(&mut self.texts, place as u64);
                    return;
                }
                Some(_) => {}
                None => {
                    self.places.insert(hash, (self.texts.len(), self.whole));
                }
            }
        }
        self.texts.extend_from_slice(text.as_bytes());
        self.texts.push(END);
        self.whole += 1;
    }
}

/// Bytes being read, each read checked: nothing read past the end of its
/// stream, no text that is not UTF-8, no length longer than what is left.
///
/// A read that fails keeps its error (the first only) and gives an empty
/// or zero value, as does every read after it, which reads nothing: a
/// reader of a dataset reads on without a branch to leave at each field,
/// and asks [`Reader::end`] once at the end. (Leaving at each field took
/// the module several kilobytes: each way out drops what was read so far.)
pub struct Reader<'a> {
    bytes: &'a [u8],
    /// Where the stream being read is, and where it ends.
    at: usize,
    end: usize,
    /// Where the other stream is, and where it ends: the texts' while the
    /// rest is read, and the reverse.
    other_at: usize,
    other_end: usize,
    /// The texts read whole so far, in order.
    texts: Vec<&'a str>,
    /// The first read that failed.
    failed: Option<WireError>,
}

impl<'a> Reader<'a> {
    /// Reads `bytes` written by [`Writer::finish`], from their start.
    pub fn new(bytes: &'a [u8]) -> Self {
        let ours = bytes.starts_with(MAGIC);
        let mut r = Reader {
            bytes,
            at: if ours { MAGIC.len() } else { 0 },
            end: bytes.len(),
            other_at: 0,
            other_end: 0,
            texts: Vec::new(),
            failed: None,
        };
        if !ours {
            r.fail("the wire format of this build");
        }
        let length = r.count();
        (r.other_at, r.other_end) = (r.at, r.at + length);
        r.at = r.other_end;
        r
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

    /// Whether every byte of both streams has been read.
    pub fn done(&self) -> bool {
        self.at == self.end && self.other_at == self.other_end
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

    /// The next `n` bytes of the stream (none once a read failed).
    fn take(&mut self, n: usize, expected: &'static str) -> &'a [u8] {
        if self.failed.is_some() {
            return &[];
        }
        match self.at.checked_add(n).filter(|&end| end <= self.end) {
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

    /// A count of items, each at least one byte long in one stream or the
    /// other: never more than the bytes left, so that no list is made
    /// larger than the input allows.
    pub fn count(&mut self) -> usize {
        let n = self.varint();
        let left = (self.end - self.at) + (self.other_end - self.other_at);
        match usize::try_from(n) {
            Ok(n) if n <= left => n,
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

    /// Reads the other stream from here on (the texts', or the rest).
    fn switch(&mut self) {
        std::mem::swap(&mut self.at, &mut self.other_at);
        std::mem::swap(&mut self.end, &mut self.other_end);
    }

    /// The next text, whole or written before.
    pub fn str(&mut self) -> &'a str {
        self.switch();
        let text = self.text();
        self.switch();
        text
    }

    /// The next text of the texts' stream, being read.
    fn text(&mut self) -> &'a str {
        if self.failed.is_some() {
            return "";
        }
        let at = self.at;
        let rest = &self.bytes[at..self.end];
        if rest.first() == Some(&AGAIN) {
            self.at += 1;
            let place = self.place();
            return self.texts.get(place).copied().unwrap_or_else(|| {
                self.fail("a text read before");
                ""
            });
        }
        let Some(n) = rest.iter().position(|&b| b == END) else {
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
