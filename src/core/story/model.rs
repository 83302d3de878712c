//! What a story is: its steps, each a text, a view and what it marks.

use crate::core::text::bilingual::Text;

/// A guided walk through a dataset.
#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    /// Stable identifier, used in links (`story=<id>`).
    pub id: String,
    /// Its title.
    pub title: Text,
    /// What it tells, in a sentence or two.
    pub description: Text,
    /// Its steps, in order; at least one.
    pub steps: Vec<Step>,
}

/// One step of a story.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// Its title.
    pub title: Text,
    /// What it says: paragraphs, emphasis and links (the safe subset of
    /// HTML of [`crate::core::text::rich`]), numbers by reference (see
    /// [`crate::core::story::reference`]). May be empty where the step
    /// highlights something (a milestone of an imported timeline).
    pub text: Text,
    /// The view it shows, as a query string of the atlas's link parameters
    /// (`view=map&map-year=2024`), any but the reader's own (see
    /// [`crate::core::story::view::READER_PARAMS`]).
    pub view: String,
    /// What the view marks.
    pub highlight: Highlight,
    /// The ids of the sources the step relies on besides its numbers'.
    pub sources: Vec<String>,
}

/// What a step marks in its view.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Highlight {
    /// Points, as `<entity or cluster>/<year>`: the chart's read-out is
    /// put on the first, and each is listed with its value.
    pub points: Vec<String>,
    /// Headline figures, by id, shown with the step.
    pub figures: Vec<String>,
    /// Milestones, by id: the first is selected (unless the view selects
    /// one), each is listed.
    pub milestones: Vec<String>,
    /// The map's tiles, by entity id, outlined.
    pub tiles: Vec<String>,
}

impl Highlight {
    /// Whether it marks nothing.
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
            && self.figures.is_empty()
            && self.milestones.is_empty()
            && self.tiles.is_empty()
    }
}

/// A point as a highlight names it, `<subject>/<year>`: the subject (an
/// entity or a cluster) and the year, if it reads so.
pub fn point_of(point: &str) -> Option<(&str, i32)> {
    let (subject, year) = point.rsplit_once('/')?;
    let year = crate::core::text::format::read_whole(year)?;
    (!subject.is_empty()).then_some((subject, i32::try_from(year).ok()?))
}
