//! Checks that warn without blocking an import: repeated events.

use crate::core::index::first_occurrences;

/// Pairs (later, first) of events with the same date and title.
pub fn repeated_events(dates_and_titles: &[(&str, &str)]) -> Vec<(usize, usize)> {
    let keys: Vec<(&str, &str)> = dates_and_titles
        .iter()
        .map(|(date, title)| (*date, title.trim()))
        .collect();
    first_occurrences(&keys)
        .into_iter()
        .enumerate()
        .filter(|(i, f)| i != f)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_events_of_the_same_date_and_title() {
        let events = [("2014", "A"), ("2015", "A"), ("2014", " A "), ("2014", "A")];
        assert_eq!(repeated_events(&events), [(2, 0), (3, 0)]);
    }
}
