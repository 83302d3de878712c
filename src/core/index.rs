//! Ids mapped to positions, found by binary search: a sorted list is all a
//! dataset needs, and much less code than a hash map.

/// The positions of `keys` in ascending order of key (equal keys keep
/// their order). Every sort of the app goes through here, so that the
/// sorting code exists once in the WebAssembly.
pub fn order_by(keys: impl Iterator<Item = i64>) -> Vec<usize> {
    let mut pairs: Vec<(i64, usize)> = keys.enumerate().map(|(i, k)| (k, i)).collect();
    pairs.sort_unstable();
    pairs.into_iter().map(|(_, i)| i).collect()
}

/// An `i64` that sorts like `value` does in `f64::total_cmp` order.
pub fn float_key(value: f64) -> i64 {
    let bits = value.to_bits() as i64;
    if bits < 0 { bits ^ i64::MAX } else { bits }
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
        let mut sorted: Vec<(String, usize)> =
            ids.enumerate().map(|(i, id)| (id.to_string(), i)).collect();
        sorted.sort_unstable();
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

    /// Positions of the second and later occurrences of any id, with the id.
    pub fn repeats(&self) -> Vec<(usize, &str)> {
        let found: Vec<(usize, &str)> = self
            .sorted
            .windows(2)
            .filter(|w| w[0].0 == w[1].0)
            .map(|w| (w[1].1, w[1].0.as_str()))
            .collect();
        order_by(found.iter().map(|(i, _)| *i as i64))
            .into_iter()
            .map(|k| found[k])
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_by_key_keeping_ties_in_order() {
        assert_eq!(order_by([3, 1, 2, 1].into_iter()), [1, 3, 2, 0]);
        let keys: Vec<i64> = [2.5, -1.0, 0.0, -0.5, f64::INFINITY]
            .into_iter()
            .map(float_key)
            .collect();
        assert_eq!(order_by(keys.into_iter()), [1, 3, 2, 0, 4]);
    }

    #[test]
    fn finds_ids_and_repeats() {
        let index = IdIndex::new(["b", "a", "c", "a", "a"].into_iter());
        assert_eq!(index.get("a"), Some(1));
        assert_eq!(index.get("c"), Some(2));
        assert_eq!(index.get("d"), None);
        assert!(index.contains("b"));
        assert_eq!(index.repeats(), [(3, "a"), (4, "a")]);
    }
}
