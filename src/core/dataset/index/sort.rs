//! Sorting without the standard library's sorts: positions by a
//! comparison (a merge sort) or by a number (a radix sort), in place.

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
    // Keys in order already (a file sorted by date) are not sorted again.
    if keys.is_sorted() {
        return (0..keys.len()).collect();
    }
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

/// How many items a long pass handles in one call (of `count_bytes` or
/// `deal` here, of `milestone_csv::make` in imports). A browser compiles
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
