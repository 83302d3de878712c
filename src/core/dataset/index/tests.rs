//! Sorting, arranging, first occurrences, numbering and ids: each against
//! the standard library or a plain reference.

use super::hash::{first_occurrences, first_of_hashed, pair_hash};
use super::ids::IdIndex;
use super::numbering::Numbering;
use super::sort::*;

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
    // Keys in order already, ties included: the positions as they are.
    let sorted: Vec<usize> = (0..1000).collect();
    assert_eq!(order_by(sorted.iter().map(|&i| i as i64 / 3)), sorted);
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
fn hashes_numbered_titles_apart() {
    // Texts differing only in their last bytes, as an imported file's
    // numbered titles and addresses: no two of one hash, and their low
    // bits (a table's places) spread.
    for (prefix, suffix) in [
        ("event-", ""),
        ("Row ", ", generated"),
        ("https://e.org/", ""),
    ] {
        let texts: Vec<String> = (0..100_000)
            .map(|i| format!("{prefix}{i}{suffix}"))
            .collect();
        let mut hashes: Vec<u64> = texts.iter().map(|t| pair_hash("", t)).collect();
        let mut places = vec![0u32; 1 << 17];
        for h in &hashes {
            places[(h & ((1 << 17) - 1)) as usize] += 1;
        }
        assert!(places.iter().all(|&n| n < 16), "{prefix}");
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), texts.len(), "{prefix}");
    }
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
