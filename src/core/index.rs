//! Sorting, and ids mapped to positions, found by binary search: a sorted
//! list is all a dataset's ids need. The one hash map groups the rows of
//! imported files ([`first_occurrences`]), which may be long.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The positions `0..n` in ascending order by `cmp`, equal ones keeping
/// their order: a plain bottom-up merge sort. Every sort of the app goes
/// through here, so that the sorting code exists once in the WebAssembly
/// (the standard library's sorts are far larger, once per type sorted).
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
/// their order).
pub fn order_by(keys: impl Iterator<Item = i64>) -> Vec<usize> {
    let keys: Vec<i64> = keys.collect();
    sort_positions(keys.len(), &|a, b| keys[a].cmp(&keys[b]))
}

/// The distinct `values`, in ascending order.
pub fn distinct_sorted(values: impl Iterator<Item = i32>) -> Vec<i32> {
    let values: Vec<i32> = values.collect();
    let mut sorted: Vec<i32> = order_by(values.iter().map(|v| i64::from(*v)))
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

/// FNV-1a: a small, fast hash for the map of [`first_occurrences`]. It is
/// not seeded: a file crafted to collide can make reading it slow, in the
/// reader's own tab only, as a very large file can.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

/// For each key, the position of the first key equal to it (itself for
/// the first occurrence), in one pass over a hash map: imported files of a
/// hundred thousand rows are grouped this way several times. Keys are
/// pairs, so that two texts can be one key without being joined into a
/// new string.
pub fn first_occurrences(keys: &[(&str, &str)]) -> Vec<usize> {
    let mut first: HashMap<(&str, &str), usize, BuildHasherDefault<Fnv>> =
        HashMap::with_capacity_and_hasher(keys.len(), BuildHasherDefault::default());
    keys.iter()
        .enumerate()
        .map(|(i, key)| *first.entry(*key).or_insert(i))
        .collect()
}

/// An index from ids to positions in a list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IdIndex {
    sorted: Vec<(String, usize)>,
}

impl IdIndex {
    /// Indexes `ids` by their position in the iteration. Where an id occurs
    /// more than once, the first occurrence is found.
    pub fn new<'a>(ids: impl Iterator<Item = &'a str>) -> Self {
        let ids: Vec<&str> = ids.collect();
        let sorted = sort_positions(ids.len(), &|a, b| ids[a].cmp(ids[b]))
            .into_iter()
            .map(|i| (ids[i].to_string(), i))
            .collect();
        IdIndex { sorted }
    }

    /// The position of `id`.
    pub fn get(&self, id: &str) -> Option<usize> {
        let at = self.sorted.partition_point(|(k, _)| k.as_str() < id);
        self.sorted
            .get(at)
            .filter(|(k, _)| k == id)
            .map(|(_, i)| *i)
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
    fn finds_ids() {
        let index = IdIndex::new(["b", "a", "c", "a", "a"].into_iter());
        assert_eq!(index.get("a"), Some(1));
        assert_eq!(index.get("c"), Some(2));
        assert_eq!(index.get("d"), None);
        assert!(index.contains("b"));
    }
}
