//! Sorting, and ids mapped to positions: ids are found by binary search
//! over their hashes. The rows of imported files, which may be many, are
//! grouped by hash ([`first_occurrences`], [`Numbering`]).

use std::cmp::Ordering;

/// The positions `0..n` in ascending order by `cmp`, equal ones keeping
/// their order: a plain bottom-up merge sort. Every sort by a comparison
/// goes through here, so that the sorting code exists once in the
/// WebAssembly (the standard library's sorts are far larger, once per type
/// sorted); sorts by number go through [`order_by`].
pub fn sort_positions(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut from: Vec<usize> = (0..n).collect();
    let mut to = from.clone();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut left, mut right) = (start, mid);
            for slot in &mut to[start..end] {
                let take_left = left < mid
                    && (right >= end || cmp(from[left], from[right]) != Ordering::Greater);
                if take_left {
                    *slot = from[left];
                    left += 1;
                } else {
                    *slot = from[right];
                    right += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    from
}

/// The positions of `keys` in ascending order of key (equal keys keep
/// their order): a radix sort, a byte at a time from the lowest, skipping
/// the bytes no two keys differ in. It makes no comparison, so a hundred
/// thousand dates sort in a few passes over them.
pub fn order_by(keys: impl Iterator<Item = i64>) -> Vec<usize> {
    order_of(keys.collect())
}

/// [`order_by`] of keys gathered: one concrete function, compiled once
/// rather than once per caller's iterator.
fn order_of(keys: Vec<i64>) -> Vec<usize> {
    // A few keys are sorted sooner by comparison.
    if keys.len() < FEW {
        return sort_positions(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
    }
    let least = keys.iter().copied().min().unwrap_or(0);
    // Distances from the least key: unsigned, and as short as the range.
    let keys: Vec<u64> = keys
        .into_iter()
        .map(|k| k.wrapping_sub(least) as u64)
        .collect();
    let greatest = keys.iter().copied().max().unwrap_or(0);
    let bytes = (u64::BITS - greatest.leading_zeros()).div_ceil(8) as usize;
    // How many keys have each value of each byte, counted in one pass. The
    // passes go a chunk at a time: see `CHUNK`.
    let mut counts = vec![[0usize; 256]; bytes];
    for chunk in keys.chunks(CHUNK) {
        count_bytes(chunk, &mut counts);
    }
    let mut order: Vec<usize> = (0..keys.len()).collect();
    let mut next = vec![0; keys.len()];
    for (byte, mut starts) in counts.into_iter().enumerate() {
        if starts.contains(&keys.len()) {
            continue;
        }
        let mut start = 0;
        for slot in &mut starts {
            let count = *slot;
            *slot = start;
            start += count;
        }
        for chunk in order.chunks(CHUNK) {
            deal(chunk, &keys, 8 * byte, &mut starts, &mut next);
        }
        std::mem::swap(&mut order, &mut next);
    }
    order
}

/// How many items a long pass handles in one call (of [`count_bytes`] or
/// [`deal`] here, of `milestone_csv::make` in imports). A browser compiles
/// a WebAssembly function with its optimising compiler once it has been
/// called often enough, and a call already running stays in the baseline
/// code: a pass over a hundred thousand items in one call would run there
/// all along.
pub const CHUNK: usize = 2048;

/// Adds the bytes of `keys` to `counts` (of the lowest byte first).
#[inline(never)]
fn count_bytes(keys: &[u64], counts: &mut [[usize; 256]]) {
    for k in keys {
        for (byte, count) in counts.iter_mut().enumerate() {
            count[(k >> (8 * byte)) as usize & 0xff] += 1;
        }
    }
}

/// Deals the positions `order` out into `next` by the byte of their keys
/// at `shift`, `starts` giving the next place of each value of the byte.
#[inline(never)]
fn deal(
    order: &[usize],
    keys: &[u64],
    shift: usize,
    starts: &mut [usize; 256],
    next: &mut [usize],
) {
    for &i in order {
        let slot = &mut starts[keys.get(i).map_or(0, |k| (k >> shift) as usize & 0xff)];
        if let Some(to) = next.get_mut(*slot) {
            *to = i;
        }
        *slot += 1;
    }
}

/// Below this many keys, [`order_by`] sorts by comparison.
const FEW: usize = 256;

/// Puts `items` in `order` (the position of the item to come first, then
/// second...), such as [`order_by`] gives, in place: each cycle of the
/// order is followed, swapping, so no second list of items is made.
pub fn arrange<T>(items: &mut [T], order: &[usize]) {
    let mut placed = vec![false; items.len()];
    for start in 0..items.len() {
        let mut at = start;
        while let Some(slot) = placed.get_mut(at).filter(|placed| !**placed) {
            *slot = true;
            match order.get(at) {
                Some(&from) if from != start && from < items.len() => {
                    items.swap(at, from);
                    at = from;
                }
                _ => break,
            }
        }
    }
}

/// The distinct `values`, in ascending order.
pub fn distinct_sorted(values: impl Iterator<Item = i32>) -> Vec<i32> {
    distinct_of(values.collect())
}

/// [`distinct_sorted`] of values gathered, compiled once.
fn distinct_of(values: Vec<i32>) -> Vec<i32> {
    let mut sorted: Vec<i32> = order_of(values.iter().map(|v| i64::from(*v)).collect())
        .into_iter()
        .map(|i| values[i])
        .collect();
    sorted.dedup();
    sorted
}

/// An `i64` that sorts like `value` does in `f64::total_cmp` order.
pub fn float_key(value: f64) -> i64 {
    let bits = value.to_bits() as i64;
    if bits < 0 { bits ^ i64::MAX } else { bits }
}

/// The hash of a pair of texts, for [`first_occurrences`], [`Numbering`]
/// and [`IdIndex`]: small and fast. FxHash's step, eight bytes at a time,
/// each text's length first (so that texts padded with zeros, or split
/// differently between the two, hash apart), with the high bits folded
/// into the low ones at the end (they pick the place in a table). It is
/// not seeded: a file crafted to collide can make reading it slow, in the
/// reader's own tab only, as a very large file can.
fn pair_hash(first: &str, second: &str) -> u64 {
    let mut hash = 0;
    for text in [first, second] {
        hash = step(hash, (text.len() as u64).to_le_bytes());
        let mut words = text.as_bytes().chunks_exact(8);
        for word in &mut words {
            let mut whole = [0; 8];
            whole.copy_from_slice(word);
            hash = step(hash, whole);
        }
        let rest = words.remainder();
        if !rest.is_empty() {
            let mut padded = [0; 8];
            if let Some(start) = padded.get_mut(..rest.len()) {
                start.copy_from_slice(rest);
            }
            hash = step(hash, padded);
        }
    }
    let folded = (hash ^ (hash >> 32)).wrapping_mul(MIX);
    folded ^ (folded >> 32)
}

/// One step of [`pair_hash`]: eight more bytes.
fn step(hash: u64, word: [u8; 8]) -> u64 {
    (hash.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(MIX)
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
fn first_of_hashed(keys: &[(&str, &str)], hashes: &[u64]) -> Vec<usize> {
    debug_assert_eq!(keys.len(), hashes.len());
    // A table of a hundred thousand keys does not fit in the processor's
    // caches: nearly every key would wait on memory. So the keys are dealt
    // into parts of a few thousand by bits of their hashes, and each part
    // is looked through in a small table of hashes. Texts are compared
    // only when hashes are equal: for a repeated key, or, very rarely, two
    // keys of one hash.
    let parts = keys.len().div_ceil(PART).next_power_of_two().min(256) as u64;
    let part_of = |hash: u64| ((hash >> 40) % parts) as i64;
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
    // One call a part, not one for all keys: see `CHUNK`.
    #[inline(never)]
    fn part(&mut self, positions: &[usize]) {
        self.table.fill((0, EMPTY));
        for &i in positions {
            let hash = self.hashes[i];
            let keys = self.keys;
            self.first[i] = match probe(&self.table, hash, |f| keys[f] == keys[i]) {
                Ok(f) => f,
                Err(at) => {
                    self.table[at] = (hash, i);
                    i
                }
            };
        }
    }
}

/// An empty place of a table of hashes ([`first_occurrences`],
/// [`Numbering`]).
const EMPTY: usize = usize::MAX;

/// Looks for `hash` in `table` (a table of hashes and numbers, a power of
/// two long, never full), from the place its low bits pick onwards: `Ok`
/// with the number at the first place of that hash whose number `same`
/// accepts, or `Err` with the first empty place, where it belongs.
fn probe(table: &[(u64, usize)], hash: u64, same: impl Fn(usize) -> bool) -> Result<usize, usize> {
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

/// Distinct keys numbered in order of first appearance, one at a time:
/// for grouping rows while they are read. A key is a pair of texts, so that
/// two texts are one key without being joined into a new string; it is
/// lent to be looked up, and copied only when it is new, so that nothing
/// kept borrows the text read.
///
/// A table of hashes, as in [`first_occurrences`], in front of the keys:
/// finding a key hashes it once and compares its texts only with a key of
/// the same hash.
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
    fn number_hashed(&mut self, hash: u64, key: (&str, &str)) -> (usize, bool) {
        if 2 * (self.keys.len() + 1) > self.table.len() {
            self.grow();
        }
        let keys = &self.keys;
        let same = |n: usize| {
            keys.get(n)
                .is_some_and(|(a, b)| (a.as_str(), b.as_str()) == key)
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

/// The hash of an id, as a key of [`order_by`].
fn id_hash(id: &str) -> i64 {
    pair_hash("", id) as i64
}

/// An index from ids to positions in a list: the ids sorted by their
/// hashes, so that finding one compares numbers, and texts only once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IdIndex {
    sorted: Vec<(i64, String, usize)>,
}

impl IdIndex {
    /// Indexes `ids` by their position in the iteration. Where an id occurs
    /// more than once, the first occurrence is found.
    pub fn new<'a>(ids: impl Iterator<Item = &'a str>) -> Self {
        IdIndex::of(ids.collect())
    }

    /// [`IdIndex::new`] of ids gathered: compiled once rather than once per
    /// caller's iterator.
    fn of(ids: Vec<&str>) -> Self {
        let ids: Vec<(i64, &str)> = ids.into_iter().map(|id| (id_hash(id), id)).collect();
        let sorted = order_by(ids.iter().map(|(hash, _)| *hash))
            .into_iter()
            .filter_map(|i| ids.get(i).map(|(hash, id)| (*hash, id.to_string(), i)))
            .collect();
        IdIndex { sorted }
    }

    /// The position of `id`.
    pub fn get(&self, id: &str) -> Option<usize> {
        let hash = id_hash(id);
        let at = self.sorted.partition_point(|(h, ..)| *h < hash);
        self.sorted
            .get(at..)?
            .iter()
            .take_while(|(h, ..)| *h == hash)
            .find(|(_, k, _)| k == id)
            .map(|(.., i)| *i)
    }

    /// Whether `id` is indexed.
    pub fn contains(&self, id: &str) -> bool {
        self.get(id).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_by_key_keeping_ties_in_order() {
        assert_eq!(order_by([3, 1, 2, 1].into_iter()), [1, 3, 2, 0]);
        assert_eq!(
            first_occurrences(&[("", "b"), ("", "a"), ("x", "b"), ("", "b")]),
            [0, 1, 2, 0]
        );
        let keys: Vec<i64> = [2.5, -1.0, 0.0, -0.5, f64::INFINITY]
            .into_iter()
            .map(float_key)
            .collect();
        assert_eq!(order_by(keys.into_iter()), [1, 3, 2, 0, 4]);
        // Enough keys for the radix sort, at both ends of the range.
        let ends = [i64::MAX, i64::MIN, 0, -1, 1, i64::MAX - 1, i64::MIN + 1];
        let keys: Vec<i64> = (0..600).map(|i| ends[i % ends.len()]).collect();
        let mut expected: Vec<usize> = (0..keys.len()).collect();
        expected.sort_by_key(|&i| keys[i]);
        assert_eq!(order_by(keys.iter().copied()), expected);
    }

    #[test]
    fn sorts_like_the_standard_library() {
        // A small deterministic generator: many lengths, many ties.
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for n in 0..300 {
            let keys: Vec<i64> = (0..n)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    (seed % 17) as i64 - 8
                })
                .collect();
            let mut expected: Vec<usize> = (0..keys.len()).collect();
            expected.sort_by_key(|i| keys[*i]);
            assert_eq!(order_by(keys.iter().copied()), expected, "{keys:?}");
        }
        assert_eq!(
            distinct_sorted([2020, 2013, 2020, -5].into_iter()),
            [-5, 2013, 2020]
        );
    }

    #[test]
    fn finds_first_occurrences_among_many_keys() {
        // Enough keys to be dealt into several parts.
        let texts: Vec<String> = (0..20_000)
            .map(|i| format!("k{}", (i * 7919) % 6_000))
            .collect();
        let keys: Vec<(&str, &str)> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| (if i % 3 == 0 { "a" } else { "" }, t.as_str()))
            .collect();
        let mut seen = std::collections::HashMap::new();
        let expected: Vec<usize> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| *seen.entry(*k).or_insert(i))
            .collect();
        assert_eq!(first_occurrences(&keys), expected);
    }

    #[test]
    fn hashes_pairs_split_differently_apart() {
        let pairs = [
            ("ab", "c"),
            ("a", "bc"),
            ("", "abc"),
            ("abc", ""),
            ("abc\0", ""),
        ];
        let mut hashes: Vec<u64> = pairs.iter().map(|(a, b)| pair_hash(a, b)).collect();
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), pairs.len());
    }

    #[test]
    fn tells_apart_keys_of_one_hash() {
        let texts: Vec<String> = (0..300).map(|i| format!("k{}", i % 120)).collect();
        let keys: Vec<(&str, &str)> = texts.iter().map(|t| ("", t.as_str())).collect();
        let expected: Vec<usize> = (0..300).map(|i| i % 120).collect();
        // Every key of the same hash: only the texts tell them apart.
        assert_eq!(first_of_hashed(&keys, &[7; 300]), expected);
        let mut numbering = Numbering::default();
        let numbers: Vec<(usize, bool)> = keys
            .iter()
            .map(|&key| numbering.number_hashed(7, key))
            .collect();
        let expected: Vec<(usize, bool)> = (0..300).map(|i| (i % 120, i < 120)).collect();
        assert_eq!(numbers, expected);
        // Through the hash, over many doublings of the table: names and
        // pairs numbered in turn.
        let mut numbering = Numbering::default();
        for (i, &(a, b)) in keys.iter().enumerate() {
            assert_eq!(numbering.name(b), (2 * (i % 120), i < 120));
            assert_eq!(numbering.number((b, a)).1, i < 120);
        }
        let kept = numbering.into_keys();
        assert_eq!(kept.len(), 240);
        assert_eq!(kept[1], ("k0".to_string(), String::new()));
    }

    #[test]
    fn arranges_in_place_in_the_order_given() {
        let mut seed = 0x9e37_79b9_u64;
        for n in 0..60 {
            let keys: Vec<i64> = (0..n)
                .map(|_| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    (seed >> 59) as i64
                })
                .collect();
            let order = order_by(keys.iter().copied());
            let mut items: Vec<(i64, usize)> = keys.iter().copied().zip(0..).collect();
            arrange(&mut items, &order);
            let mut expected: Vec<(i64, usize)> = keys.iter().copied().zip(0..).collect();
            expected.sort();
            assert_eq!(items, expected);
        }
    }

    #[test]
    fn finds_ids() {
        let index = IdIndex::new(["b", "a", "c", "a", "a"].into_iter());
        assert_eq!(index.get("a"), Some(1));
        assert_eq!(index.get("c"), Some(2));
        assert_eq!(index.get("d"), None);
        assert!(index.contains("b"));
    }
}
