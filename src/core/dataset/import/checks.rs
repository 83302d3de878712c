//! Checks that warn without blocking an import: repeated events, values
//! far out of range.

use crate::core::dataset::index::numbering::Numbering;
use crate::core::dataset::index::sort::{float_key, order_by};

/// Pairs (later, first) of events with the same date and title. `event`
/// gives an event's date (written one way for each date) and title
/// (trimmed) by its position. `same_slug` gives, for each event, the first
/// whose title has the same slug as its own (see [`super::ids::unique`]):
/// equal titles have equal slugs, so only events sharing a slug are
/// compared, and a file of distinct titles needs no search at all.
pub fn repeated_events<'a>(
    same_slug: &[usize],
    event: impl Fn(usize) -> Option<(String, &'a str)>,
) -> Vec<(usize, usize)> {
    let mut seen = Numbering::default();
    let mut firsts: Vec<usize> = Vec::new();
    let mut found = Vec::new();
    for (i, &first) in same_slug.iter().enumerate() {
        if first == i {
            continue;
        }
        // The first event of the slug (if not in yet), then this one.
        for at in [first, i] {
            let Some(event) = event(at) else {
                continue;
            };
            let (number, new) = seen.number((&event.0, event.1));
            if new {
                firsts.push(at);
            } else if at == i
                && let Some(&earlier) = firsts.get(number)
            {
                found.push((i, earlier));
            }
        }
    }
    found
}

/// How many times the median magnitude a value may be before it is
/// called far out of range.
pub const FAR: f64 = 1000.0;

/// The fewest non-zero values a series needs for its median to say what
/// is usual.
const FEWEST: usize = 5;

/// The positions of the `values` far out of range, and the median they
/// are measured against. The rule: a value whose magnitude is more than
/// [`FAR`] times the median magnitude of the series' non-zero values (the
/// lower median), in a series of at least five non-zero values. Zeros and
/// values of opposite signs are measured alike; a series of few values
/// has no warning.
pub fn far_out(values: impl Iterator<Item = f64>) -> (Vec<usize>, f64) {
    let values: Vec<f64> = values.map(f64::abs).collect();
    let sizes: Vec<f64> = values.iter().copied().filter(|&v| v != 0.0).collect();
    if sizes.len() < FEWEST {
        return (Vec::new(), 0.0);
    }
    // The app's radix sort, not the standard library's sort (2 KB more).
    let order = order_by(sizes.iter().map(|&v| float_key(v)));
    let median = order.get((sizes.len() - 1) / 2).map_or(0.0, |&i| sizes[i]);
    let far = values
        .iter()
        .enumerate()
        .filter(|&(_, &v)| v > FAR * median)
        .map(|(i, _)| i)
        .collect();
    (far, median)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_far_out_of_range() {
        let values = [0.0, 2.0, -3.0, 4.0, 5.0, 6.0, 3001.0, -6000.0, 2999.0];
        // The median magnitude of the non-zero values: 5.
        assert_eq!(far_out(values.into_iter()), (vec![7], 5.0));
        assert_eq!(far_out([1.0, 5e6, 0.0].into_iter()).0, Vec::<usize>::new());
    }

    #[test]
    fn pairs_events_of_the_same_date_and_title() {
        let events = [
            ("2014", "A"),
            ("2015", "A"),
            ("2014", "a"),
            ("2014", "A"),
            ("2014", "a"),
            ("2016", "B"),
        ];
        // The slugs: "a" for all but the last.
        let same_slug = [0, 0, 0, 0, 0, 5];
        let event = |i: usize| {
            let &(date, title) = events.get(i)?;
            Some((date.to_string(), title))
        };
        assert_eq!(repeated_events(&same_slug, event), [(3, 0), (4, 2)]);
    }
}
