//! An index from ids to positions in a list, by the ids' hashes.

use super::hash::pair_hash;
use super::sort::order_by;

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
