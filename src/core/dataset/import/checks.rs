//! Checks that warn without blocking an import: repeated events.

use crate::core::dataset::index::numbering::Numbering;

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

#[cfg(test)]
mod tests {
    use super::*;

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
