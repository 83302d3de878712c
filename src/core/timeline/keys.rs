//! Which key does what in the timeline. The lanes are one Tab stop (their
//! labels are out of the Tab order): from the lanes' frame, ↓ goes to the
//! first label; from a label, ← and → go to the one before or after it in
//! its lane (panning at either end), ↓ and ↑ to the first label of the
//! next or previous lane that has one (↑ from the first back to the
//! frame). With a milestone open, ← and → open the one before or after
//! it; elsewhere they pan. + and − zoom, 0 shows the whole span, Escape
//! closes the details. In a field, keys are the field's.

/// How far ← and → pan: a fraction of the window's length.
pub const PAN_STEP: f64 = 0.2;

/// How much + zooms in, and − out.
pub const ZOOM_STEP: f64 = 1.5;

/// Where the focus is when a key is pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyPlace {
    /// In a field (the search box, a select): its keys are its own.
    Field,
    /// In the section, outside the lanes.
    Section,
    /// On the lanes' frame, or in it but not on a label.
    Frame,
    /// On a label: the `index`th in view of lane `lane`.
    Label {
        /// The lane, from the top.
        lane: usize,
        /// The label, from the left.
        index: usize,
    },
}

/// What a key (or a button) does to the timeline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Command {
    /// The focus goes to the lanes' frame.
    FocusFrame,
    /// The focus goes to the `index`th label in view of lane `lane`.
    FocusLabel {
        /// The lane, from the top.
        lane: usize,
        /// The label, from the left.
        index: usize,
    },
    /// The window pans by this fraction of its length.
    Pan(f64),
    /// The window zooms by this factor about its centre.
    Zoom(f64),
    /// The window shows the whole span.
    Fit,
    /// The milestone before the open one opens.
    Previous,
    /// The milestone after the open one opens.
    Next,
    /// The details close.
    Close,
}

/// What `key` (a `KeyboardEvent.key`) does with the focus at `place`,
/// `open` if a milestone's details are open, `labels` the number of
/// labels in view in each lane; `None` if nothing.
pub fn key_command(key: &str, place: KeyPlace, open: bool, labels: &[usize]) -> Option<Command> {
    if place == KeyPlace::Field {
        return None;
    }
    let arrow = matches!(key, "ArrowLeft" | "ArrowRight");
    if !(open && arrow)
        && let Some(command) = lane_command(key, place, labels)
    {
        return Some(command);
    }
    match key {
        "ArrowLeft" if open => Some(Command::Previous),
        "ArrowRight" if open => Some(Command::Next),
        "ArrowLeft" => Some(Command::Pan(-PAN_STEP)),
        "ArrowRight" => Some(Command::Pan(PAN_STEP)),
        "+" | "=" => Some(Command::Zoom(ZOOM_STEP)),
        "-" | "_" => Some(Command::Zoom(1.0 / ZOOM_STEP)),
        "0" => Some(Command::Fit),
        "Escape" if open => Some(Command::Close),
        _ => None,
    }
}

/// Where an arrow key moves the focus in the lanes, from `place`.
fn lane_command(key: &str, place: KeyPlace, labels: &[usize]) -> Option<Command> {
    let first_below = |from: usize| {
        (from..labels.len())
            .find(|&k| labels[k] > 0)
            .map(|lane| Command::FocusLabel { lane, index: 0 })
    };
    match (place, key) {
        (KeyPlace::Frame, "ArrowDown") => first_below(0),
        (KeyPlace::Label { lane, .. }, "ArrowDown") => first_below(lane + 1),
        (KeyPlace::Label { lane, .. }, "ArrowUp") => Some(
            (0..lane.min(labels.len()))
                .rev()
                .find(|&k| labels[k] > 0)
                .map_or(Command::FocusFrame, |lane| Command::FocusLabel {
                    lane,
                    index: 0,
                }),
        ),
        (KeyPlace::Label { lane, index }, "ArrowLeft") => Some(match index.checked_sub(1) {
            Some(index) => Command::FocusLabel { lane, index },
            None => Command::Pan(-PAN_STEP),
        }),
        (KeyPlace::Label { lane, index }, "ArrowRight") => {
            Some(if index + 1 < labels.get(lane).copied().unwrap_or(0) {
                Command::FocusLabel {
                    lane,
                    index: index + 1,
                }
            } else {
                Command::Pan(PAN_STEP)
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(lane: usize, index: usize) -> KeyPlace {
        KeyPlace::Label { lane, index }
    }

    fn to(lane: usize, index: usize) -> Option<Command> {
        Some(Command::FocusLabel { lane, index })
    }

    /// Lanes with 2, none, 3 and none labels in view.
    const LABELS: [usize; 4] = [2, 0, 3, 0];

    #[test]
    fn down_goes_from_the_frame_to_the_first_label_and_from_lane_to_lane() {
        assert_eq!(
            key_command("ArrowDown", KeyPlace::Frame, false, &LABELS),
            to(0, 0)
        );
        assert_eq!(
            key_command("ArrowDown", KeyPlace::Frame, false, &[0, 0, 1]),
            to(2, 0)
        );
        assert_eq!(
            key_command("ArrowDown", KeyPlace::Frame, false, &[0, 0]),
            None
        );
        // The empty lane is passed over; from the last lane, nowhere.
        assert_eq!(
            key_command("ArrowDown", label(0, 1), false, &LABELS),
            to(2, 0)
        );
        assert_eq!(key_command("ArrowDown", label(2, 2), false, &LABELS), None);
        // Also with a milestone open.
        assert_eq!(
            key_command("ArrowDown", label(0, 0), true, &LABELS),
            to(2, 0)
        );
    }

    #[test]
    fn up_goes_to_the_lane_above_then_back_to_the_frame() {
        assert_eq!(
            key_command("ArrowUp", label(2, 1), false, &LABELS),
            to(0, 0)
        );
        assert_eq!(
            key_command("ArrowUp", label(0, 1), false, &LABELS),
            Some(Command::FocusFrame)
        );
        assert_eq!(
            key_command("ArrowUp", KeyPlace::Frame, false, &LABELS),
            None
        );
    }

    #[test]
    fn left_and_right_go_along_a_lane_and_pan_at_its_ends() {
        assert_eq!(
            key_command("ArrowRight", label(2, 0), false, &LABELS),
            to(2, 1)
        );
        assert_eq!(
            key_command("ArrowLeft", label(2, 1), false, &LABELS),
            to(2, 0)
        );
        assert_eq!(
            key_command("ArrowLeft", label(2, 0), false, &LABELS),
            Some(Command::Pan(-PAN_STEP))
        );
        assert_eq!(
            key_command("ArrowRight", label(2, 2), false, &LABELS),
            Some(Command::Pan(PAN_STEP))
        );
    }

    #[test]
    fn with_a_milestone_open_left_and_right_open_its_neighbours() {
        for place in [label(2, 1), KeyPlace::Frame, KeyPlace::Section] {
            assert_eq!(
                key_command("ArrowLeft", place, true, &LABELS),
                Some(Command::Previous)
            );
            assert_eq!(
                key_command("ArrowRight", place, true, &LABELS),
                Some(Command::Next)
            );
        }
        assert_eq!(
            key_command("Escape", KeyPlace::Section, true, &LABELS),
            Some(Command::Close)
        );
        assert_eq!(
            key_command("Escape", KeyPlace::Section, false, &LABELS),
            None
        );
    }

    #[test]
    fn outside_the_labels_arrows_pan_and_the_other_keys_zoom() {
        for place in [KeyPlace::Frame, KeyPlace::Section] {
            assert_eq!(
                key_command("ArrowLeft", place, false, &LABELS),
                Some(Command::Pan(-PAN_STEP))
            );
            assert_eq!(
                key_command("ArrowRight", place, false, &LABELS),
                Some(Command::Pan(PAN_STEP))
            );
        }
        for key in ["+", "="] {
            assert_eq!(
                key_command(key, label(0, 0), false, &LABELS),
                Some(Command::Zoom(ZOOM_STEP))
            );
        }
        for key in ["-", "_"] {
            assert_eq!(
                key_command(key, KeyPlace::Section, true, &LABELS),
                Some(Command::Zoom(1.0 / ZOOM_STEP))
            );
        }
        assert_eq!(
            key_command("0", KeyPlace::Frame, false, &LABELS),
            Some(Command::Fit)
        );
        assert_eq!(key_command("a", KeyPlace::Frame, false, &LABELS), None);
        assert_eq!(
            key_command("ArrowDown", KeyPlace::Section, false, &LABELS),
            None
        );
    }

    #[test]
    fn in_a_field_no_key_is_the_timeline_s() {
        for key in ["ArrowLeft", "ArrowDown", "+", "-", "0", "Escape"] {
            assert_eq!(key_command(key, KeyPlace::Field, true, &LABELS), None);
        }
    }
}
