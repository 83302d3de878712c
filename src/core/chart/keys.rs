//! Which key does what in the charts, as pure maps from a key's name (as
//! `KeyboardEvent.key` gives it) to a move: components only apply it. The
//! year range's handles are native range inputs, which the browser moves.

use crate::core::chart::readout::Step;

/// What a key does to a chart's read-out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadoutMove {
    /// Moves the read-out by one step from the value it is on.
    Step(Step),
    /// Closes the read-out.
    Close,
}

/// What `key` does on a chart's drawing: the arrows move the read-out
/// (left and right by year, up and down by series), Home and End to the
/// first and last value, Escape closes it; any other key, nothing.
pub fn readout_move(key: &str) -> Option<ReadoutMove> {
    let step = match key {
        "ArrowLeft" => Step::Left,
        "ArrowRight" => Step::Right,
        "ArrowUp" => Step::Up,
        "ArrowDown" => Step::Down,
        "Home" => Step::First,
        "End" => Step::Last,
        "Escape" => return Some(ReadoutMove::Close),
        _ => return None,
    };
    Some(ReadoutMove::Step(step))
}

/// What a key does in the chart tabs' list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TabMove {
    /// To the previous tab, from the first to the last.
    Previous,
    /// To the next tab, from the last to the first.
    Next,
    /// To the first tab.
    First,
    /// To the last tab.
    Last,
}

/// What `key` does in the tab list: ArrowLeft and ArrowRight move to the
/// previous and next tab, Home and End to the first and last; any other
/// key, nothing.
pub fn tab_move(key: &str) -> Option<TabMove> {
    match key {
        "ArrowLeft" => Some(TabMove::Previous),
        "ArrowRight" => Some(TabMove::Next),
        "Home" => Some(TabMove::First),
        "End" => Some(TabMove::Last),
        _ => None,
    }
}

impl TabMove {
    /// The index of the tab moved to from tab `current` of `count`.
    pub fn to(self, current: usize, count: usize) -> usize {
        let count = count.max(1);
        match self {
            TabMove::Previous => (current % count + count - 1) % count,
            TabMove::Next => (current + 1) % count,
            TabMove::First => 0,
            TabMove::Last => count - 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_home_and_end_step_the_read_out_and_escape_closes_it() {
        let steps = [
            ("ArrowLeft", Step::Left),
            ("ArrowRight", Step::Right),
            ("ArrowUp", Step::Up),
            ("ArrowDown", Step::Down),
            ("Home", Step::First),
            ("End", Step::Last),
        ];
        for (key, step) in steps {
            assert_eq!(readout_move(key), Some(ReadoutMove::Step(step)), "{key}");
        }
        assert_eq!(readout_move("Escape"), Some(ReadoutMove::Close));
        for key in ["Enter", " ", "Tab", "a", "PageDown", ""] {
            assert_eq!(readout_move(key), None, "{key}");
        }
    }

    #[test]
    fn the_tab_keys_wrap_around_and_reach_either_end() {
        assert_eq!(tab_move("ArrowRight"), Some(TabMove::Next));
        assert_eq!(tab_move("ArrowLeft"), Some(TabMove::Previous));
        assert_eq!(tab_move("Home"), Some(TabMove::First));
        assert_eq!(tab_move("End"), Some(TabMove::Last));
        assert_eq!(tab_move("ArrowDown"), None);
        assert_eq!(tab_move("Enter"), None);
        assert_eq!(TabMove::Next.to(0, 5), 1);
        assert_eq!(TabMove::Next.to(4, 5), 0);
        assert_eq!(TabMove::Previous.to(0, 5), 4);
        assert_eq!(TabMove::Previous.to(3, 5), 2);
        assert_eq!(TabMove::First.to(3, 5), 0);
        assert_eq!(TabMove::Last.to(0, 5), 4);
        // One tab, or none: every move stays at the first.
        for m in [
            TabMove::Previous,
            TabMove::Next,
            TabMove::First,
            TabMove::Last,
        ] {
            assert_eq!(m.to(0, 1), 0);
            assert_eq!(m.to(0, 0), 0);
        }
    }
}
