//! Lanes (one per cluster, one for national events), search, date order
//! and the overview's density.

use super::Window;
use crate::core::dataset::atlas::{Atlas, Milestone};
use crate::core::text::bilingual::Lang;

/// A lane of the timeline: a cluster, or national events.
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    /// The cluster's id; `None` for the national lane.
    pub cluster: Option<String>,
    /// Its name.
    pub label: String,
    /// Its palette index (the cluster's position).
    pub style: usize,
}

/// The lanes shown: one per cluster in `clusters` (in the dataset's order),
/// then one for national events if there are any.
pub fn lanes(atlas: &Atlas, clusters: &[String], national: &str, lang: Lang) -> Vec<Lane> {
    let mut out: Vec<Lane> = atlas
        .clusters()
        .iter()
        .enumerate()
        .filter(|(_, c)| clusters.contains(&c.id))
        .map(|(style, c)| Lane {
            cluster: Some(c.id.clone()),
            label: c.name.get(lang).to_string(),
            style,
        })
        .collect();
    if atlas.milestones().iter().any(|m| m.cluster.is_none()) {
        out.push(Lane {
            cluster: None,
            label: national.to_string(),
            style: atlas.clusters().len(),
        });
    }
    out
}

/// Whether a milestone matches a search: every word of `query` occurs in
/// its title, short title or description, in English or Chinese, ignoring
/// case. An empty query matches everything.
pub fn matches(m: &Milestone, query: &str) -> bool {
    // Each text on a line of its own, so that no word spans two.
    let mut haystack = String::new();
    for t in [&m.title, m.short(), &m.description] {
        for text in [t.en.as_str(), t.zh.as_deref().unwrap_or_default()] {
            haystack.push_str(text);
            haystack.push('\n');
        }
    }
    haystack.make_ascii_lowercase();
    // Chinese has no case; Latin letters are compared without it.
    query
        .split_whitespace()
        .all(|word| haystack.contains(&word.to_ascii_lowercase()))
}

/// Indices (in date order) of the milestones in the given clusters (national
/// ones always) that match `query`.
pub fn shown(atlas: &Atlas, clusters: &[String], query: &str) -> Vec<usize> {
    atlas
        .milestones()
        .iter()
        .enumerate()
        .filter(|(_, m)| {
            m.cluster
                .as_deref()
                .is_none_or(|c| clusters.iter().any(|k| k == c))
        })
        .filter(|(_, m)| matches(m, query))
        .map(|(i, _)| i)
        .collect()
}

/// The milestone before (`forward` false) or after `current` in `order`
/// (a date-ordered list of indices); the first or last if `current` is not
/// in it.
pub fn neighbour(order: &[usize], current: Option<usize>, forward: bool) -> Option<usize> {
    let at = current.and_then(|c| order.iter().position(|&i| i == c));
    match (at, forward) {
        (None, true) => order.first().copied(),
        (None, false) => order.last().copied(),
        (Some(p), true) => order.get(p + 1).copied(),
        (Some(p), false) => p.checked_sub(1).and_then(|p| order.get(p)).copied(),
    }
}

/// How many of the `shown` milestones of each lane fall in each of `bins`
/// equal parts of `bounds`: the overview strip's picture of the whole span.
pub fn density(
    atlas: &Atlas,
    shown: &[usize],
    lanes: &[Lane],
    bounds: &Window,
    bins: usize,
) -> Vec<Vec<u32>> {
    let mut out = vec![vec![0u32; bins]; lanes.len()];
    if bins == 0 {
        return out;
    }
    for &i in shown {
        let Some(m) = atlas.milestones().get(i) else {
            continue;
        };
        let Some(lane) = lanes
            .iter()
            .position(|l| l.cluster.as_deref() == m.cluster.as_deref())
        else {
            continue;
        };
        let (start, end) = m.date.span();
        let at = ((start + end) as f64 / 2.0 - bounds.start) / bounds.length() * bins as f64;
        if at >= 0.0 && at < bins as f64 {
            out[lane][at as usize] += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbours_follow_date_order() {
        let order = [4, 1, 7];
        assert_eq!(neighbour(&order, Some(1), true), Some(7));
        assert_eq!(neighbour(&order, Some(1), false), Some(4));
        assert_eq!(neighbour(&order, Some(7), true), None);
        assert_eq!(neighbour(&order, Some(4), false), None);
        assert_eq!(neighbour(&order, None, true), Some(4));
        assert_eq!(neighbour(&order, Some(99), false), Some(7));
    }
}
