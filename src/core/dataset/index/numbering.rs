//! Distinct keys numbered in order of first appearance, one at a time.

use super::hash::{EMPTY, equal, pair_hash, probe};

/// Distinct keys numbered in order of first appearance, one at a time:
/// for grouping rows while they are read. A key is a pair of texts, so that
/// two texts are one key without being joined into a new string; it is
/// lent to be looked up, and copied only when it is new, so that nothing
/// kept borrows the text read.
///
/// A table of hashes, as in
/// [`first_occurrences`](super::hash::first_occurrences), in front of
/// the keys: finding a key hashes it once and compares its texts only
/// with a key of the same hash.
#[derive(Default)]
pub struct Numbering {
    /// The distinct keys, by number.
    keys: Vec<(String, String)>,
    /// For each place, a key's hash and number (`EMPTY` for none); at most
    /// half the places are taken, so that probing is short and ends.
    table: Vec<(u64, usize)>,
}

impl Numbering {
    /// The number of `key` (0 for the first distinct key, 1 for the
    /// next...), and whether this is its first appearance.
    pub fn number(&mut self, key: (&str, &str)) -> (usize, bool) {
        self.number_hashed(pair_hash(key.0, key.1), key)
    }

    /// The number of a `name` alone and whether this is its first
    /// appearance (see [`Numbering::number`]).
    pub fn name(&mut self, name: &str) -> (usize, bool) {
        self.number(("", name))
    }

    /// The distinct keys, in order of first appearance.
    pub fn into_keys(self) -> Vec<(String, String)> {
        self.keys
    }

    /// [`Numbering::number`] of `key`, hashed to `hash`.
    pub(super) fn number_hashed(&mut self, hash: u64, key: (&str, &str)) -> (usize, bool) {
        if 2 * (self.keys.len() + 1) > self.table.len() {
            self.grow();
        }
        let keys = &self.keys;
        let same = |n: usize| {
            keys.get(n)
                .is_some_and(|(a, b)| equal(a, key.0) && equal(b, key.1))
        };
        match probe(&self.table, hash, same) {
            Ok(number) => (number, false),
            Err(at) => {
                let number = self.keys.len();
                if let Some(place) = self.table.get_mut(at) {
                    *place = (hash, number);
                }
                self.keys.push((key.0.to_string(), key.1.to_string()));
                (number, true)
            }
        }
    }

    /// Doubles the table (16 places at first), placing each key again by
    /// its hash.
    #[cold]
    fn grow(&mut self) {
        let room = (2 * self.table.len()).max(16);
        let mut table = vec![(0, EMPTY); room];
        for &(hash, number) in self.table.iter().filter(|(_, n)| *n != EMPTY) {
            if let Err(at) = probe(&table, hash, |_| false)
                && let Some(place) = table.get_mut(at)
            {
                *place = (hash, number);
            }
        }
        self.table = table;
    }
}
