//! Hashing pairs of texts, and the first occurrence of each key among
//! many, found through tables of hashes.

use super::sort::order_by;

/// The hash of a pair of texts, for [`first_occurrences`],
/// [`Numbering`](super::numbering::Numbering) and
/// [`IdIndex`](super::ids::IdIndex): small and fast. Eight bytes at a
/// time, each text's length first (so that texts padded with zeros, or
/// split differently between the two, hash apart), each step a multiply
/// whose high bits are folded into the low ones, and two more at the end
/// (the low bits pick the place in a table). It is not seeded: a file
/// crafted to collide can make reading it slow, in the reader's own tab
/// only, as a very large file can.
pub(super) fn pair_hash(first: &str, second: &str) -> u64 {
    // Text by text, not by a loop over the two (its iterator is a call
    // for each).
    let hash = add_text(add_text(0, first), second);
    let folded = (hash ^ (hash >> 32)).wrapping_mul(MIX);
    let folded = (folded ^ (folded >> 29)).wrapping_mul(MIX);
    folded ^ (folded >> 32)
}

/// The hash of one text: small and fast, eight bytes at a time, not
/// seeded (as the hash of a pair of texts the indexes use).
pub fn text_hash(text: &str) -> u64 {
    pair_hash(text, "")
}

/// `hash` with `text` added: its length, then its bytes eight at a time,
/// the last ones padded with zeros.
fn add_text(mut hash: u64, text: &str) -> u64 {
    hash = step(hash, text.len() as u64);
    let mut words = text.as_bytes().chunks_exact(8);
    for word in &mut words {
        hash = step(
            hash,
            u64::from_le_bytes(word.try_into().unwrap_or_default()),
        );
    }
    // Gathered a byte at a time: a copy into a padded array calls
    // `memcpy`.
    let rest = words.remainder();
    if rest.is_empty() {
        return hash;
    }
    let word = rest
        .iter()
        .rev()
        .fold(0, |word, &b| (word << 8) | u64::from(b));
    step(hash, word)
}

/// Whether two texts are equal. The standard comparison calls the C
/// library's `memcmp` even for empty texts, whose pointer an empty
/// `String` leaves dangling: some versions of it then take a slow path
/// (a masked load from an unmapped page), hundreds of cycles for every
/// empty group or first text of a pair looked up.
pub(super) fn equal(a: &str, b: &str) -> bool {
    a.len() == b.len() && (a.is_empty() || a == b)
}

/// One step of [`pair_hash`]: eight more bytes, as a little-endian word.
/// A multiply carries a bit only upwards: without the high bits folded
/// back, words differing only in their last bytes (the `0` and `8` of
/// `event-109` and `event-182`) left the sums of FxHash's step differing
/// in a few bits a later word could cancel, and one title in twenty of
/// such a file collided.
fn step(hash: u64, word: u64) -> u64 {
    let mixed = (hash ^ word).wrapping_mul(MIX);
    mixed ^ (mixed >> 32)
}

/// The multiplier of [`pair_hash`]: odd, its bits well spread.
const MIX: u64 = 0x9e37_79b9_7f4a_7c15;

/// For each key, the position of the first key equal to it (itself for
/// the first occurrence): the ids of an imported file's hundred thousand
/// rows are made unique this way, and a dataset's ids checked. Keys are
/// pairs, so that two texts can be one key without being joined into a
/// new string.
pub fn first_occurrences(keys: &[(&str, &str)]) -> Vec<usize> {
    // Hashed in order, reading the texts in the order they were made.
    let hashes: Vec<u64> = keys.iter().map(|(a, b)| pair_hash(a, b)).collect();
    first_of_hashed(keys, &hashes)
}

/// [`first_occurrences`] of `keys` hashed to `hashes`, one hash for each
/// key.
pub(super) fn first_of_hashed(keys: &[(&str, &str)], hashes: &[u64]) -> Vec<usize> {
    debug_assert_eq!(keys.len(), hashes.len());
    // A table of a hundred thousand keys does not fit in the processor's
    // caches: nearly every key would wait on memory. So the keys are dealt
    // into parts of a few thousand by bits of their hashes, and each part
    // is looked through in a small table of hashes. Texts are compared
    // only when hashes are equal: for a repeated key, or, very rarely, two
    // keys of one hash.
    let parts = keys.len().div_ceil(PART).next_power_of_two().min(256) as u64;
    // `parts` is a power of two: the mask is the remainder.
    let part_of = |hash: u64| ((hash >> 40) & (parts - 1)) as i64;
    let order = order_by(hashes.iter().map(|&h| part_of(h)));
    // Room for twice the largest part, so that probing is short and ends.
    let mut sizes = vec![0usize; parts as usize];
    for &h in hashes {
        if let Some(size) = sizes.get_mut(part_of(h) as usize) {
            *size += 1;
        }
    }
    let room = (2 * sizes.iter().max().copied().unwrap_or(0)).next_power_of_two();
    let mut found = Found {
        keys,
        hashes,
        table: vec![(0, EMPTY); room],
        first: vec![0; keys.len()],
    };
    // The positions in `order` are dealt part by part: one call for each.
    let mut start = 0;
    for size in sizes {
        if let Some(part) = order.get(start..start + size) {
            found.part(part);
        }
        start += size;
    }
    found.first
}

/// What [`first_occurrences`] has found so far.
struct Found<'k, 'a> {
    keys: &'k [(&'a str, &'a str)],
    hashes: &'k [u64],
    /// The table of hashes of a part, each with its first position.
    table: Vec<(u64, usize)>,
    first: Vec<usize>,
}

impl Found<'_, '_> {
    /// Finds the first occurrences of the keys at `positions` (in order),
    /// all of one part.
    // One call a part, not one for all keys: see `sort::CHUNK`.
    #[inline(never)]
    fn part(&mut self, positions: &[usize]) {
        self.table.fill((0, EMPTY));
        for &i in positions {
            let (Some(&hash), Some(key)) = (self.hashes.get(i), self.keys.get(i)) else {
                continue;
            };
            let keys = self.keys;
            let same = |f: usize| {
                keys.get(f)
                    .is_some_and(|k| equal(k.0, key.0) && equal(k.1, key.1))
            };
            let first = match probe(&self.table, hash, same) {
                Ok(f) => f,
                Err(at) => {
                    if let Some(place) = self.table.get_mut(at) {
                        *place = (hash, i);
                    }
                    i
                }
            };
            if let Some(slot) = self.first.get_mut(i) {
                *slot = first;
            }
        }
    }
}

/// An empty place of a table of hashes ([`first_occurrences`],
/// [`Numbering`](super::numbering::Numbering)).
pub(super) const EMPTY: usize = usize::MAX;

/// Looks for `hash` in `table` (a table of hashes and numbers, a power of
/// two long, never full), from the place its low bits pick onwards: `Ok`
/// with the number at the first place of that hash whose number `same`
/// accepts, or `Err` with the first empty place, where it belongs.
pub(super) fn probe(
    table: &[(u64, usize)],
    hash: u64,
    same: impl Fn(usize) -> bool,
) -> Result<usize, usize> {
    let mask = table.len().wrapping_sub(1);
    let mut at = hash as usize & mask;
    loop {
        match table.get(at) {
            None | Some(&(_, EMPTY)) => return Err(at),
            Some(&(h, number)) if h == hash && same(number) => return Ok(number),
            Some(_) => at = (at + 1) & mask,
        }
    }
}

/// About how many keys [`first_occurrences`] maps at a time.
const PART: usize = 4096;
