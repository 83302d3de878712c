//! A story's keys and swipes, which do not fight the views': Left and
//! Right move between steps only where the focus is on the page or the
//! step panel (inside a chart, the map or the timeline they keep their
//! meaning there); a swipe moves between steps only on the panel.

/// Where the focus is when a key is pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyPlace {
    /// On the page itself (nothing focused).
    Page,
    /// On the step panel or one of its buttons.
    Panel,
    /// Inside a view (a chart, the map, the timeline) or another part.
    View,
    /// In a field that takes text or choices.
    Field,
}

/// What a key or swipe does to the story.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoryCommand {
    /// To the step before.
    Previous,
    /// To the step after.
    Next,
    /// Leaves the story at the step's view.
    Explore,
}

/// The command `key`, pressed at `place`, gives, if any.
pub fn story_key(key: &str, place: KeyPlace) -> Option<StoryCommand> {
    if !matches!(place, KeyPlace::Page | KeyPlace::Panel) {
        return None;
    }
    match key {
        "ArrowLeft" => Some(StoryCommand::Previous),
        "ArrowRight" => Some(StoryCommand::Next),
        "Escape" => Some(StoryCommand::Explore),
        _ => None,
    }
}

/// The shortest swipe that moves a step, in CSS pixels.
pub const SWIPE: f64 = 48.0;

/// The command a swipe on the panel by `dx`, `dy` pixels gives: a
/// mostly horizontal swipe of at least [`SWIPE`], to the left the next
/// step (the page follows the finger), to the right the one before.
pub fn swipe(dx: f64, dy: f64) -> Option<StoryCommand> {
    if dx.abs() < SWIPE || dx.abs() < 2.0 * dy.abs() {
        return None;
    }
    Some(if dx < 0.0 {
        StoryCommand::Next
    } else {
        StoryCommand::Previous
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_move_steps_only_on_the_page_and_the_panel() {
        assert_eq!(
            story_key("ArrowRight", KeyPlace::Page),
            Some(StoryCommand::Next)
        );
        assert_eq!(
            story_key("ArrowLeft", KeyPlace::Panel),
            Some(StoryCommand::Previous)
        );
        assert_eq!(
            story_key("Escape", KeyPlace::Panel),
            Some(StoryCommand::Explore)
        );
        for place in [KeyPlace::View, KeyPlace::Field] {
            for key in ["ArrowLeft", "ArrowRight", "Escape"] {
                assert_eq!(story_key(key, place), None);
            }
        }
        assert_eq!(story_key("ArrowUp", KeyPlace::Page), None);
    }

    #[test]
    fn only_long_mostly_level_swipes_move_steps() {
        assert_eq!(swipe(-80.0, 10.0), Some(StoryCommand::Next));
        assert_eq!(swipe(80.0, -10.0), Some(StoryCommand::Previous));
        assert_eq!(swipe(-30.0, 0.0), None);
        assert_eq!(swipe(-80.0, 60.0), None);
    }
}
