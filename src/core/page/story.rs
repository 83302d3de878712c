//! A story's step as HTML: its title, its text with every number written
//! from the data and linked to its source, what it highlights, and its
//! sources; and the whole story as one list, to read or print.

use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::headline::stated;
use crate::core::page::contract::{Data, Name, Part, names};
use crate::core::page::html::Html;
use crate::core::page::rich::{write_inline_with, write_paragraphs};
use crate::core::story::model::{Step, Story};
use crate::core::story::reference::{Piece, pieces};
use crate::core::story::resolve::resolve;
use crate::core::text::bilingual::Lang;
use crate::core::text::rich::parse;
use crate::core::text::strings::story::StoryStrings;

names! {
    /// The parts of a story's stage that its component finds and updates;
    /// each also the test id browser tests find it by.
    pub enum StoryPart {
        /// The entry on the first screen.
        Entry = "story-entry",
        /// The step panel.
        Panel = "story-panel",
        /// Where the reader is ("3 of 10").
        Count = "story-count",
        /// The button to the step before.
        Previous = "story-previous",
        /// The button to the step after.
        Next = "story-next",
        /// The step itself (see [`step_html`]).
        Step = "story-step",
        /// The whole story as text.
        Whole = "story-whole",
        /// The button that shows the whole story.
        WholeToggle = "story-whole-toggle",
        /// The entry's button that starts the story.
        Start = "story-start",
        /// An embedded story's link to the step in the full atlas.
        Full = "open-full",
    }
}

impl Part for StoryPart {}

names! {
    /// What a story's buttons do.
    pub enum StoryAction {
        /// Starts the story, or goes back to the step left.
        Start = "start",
        /// To the step before.
        Previous = "previous",
        /// To the step after.
        Next = "next",
        /// Leaves the story at the step's view.
        Explore = "explore",
        /// Shows or hides the whole story as text.
        Whole = "whole",
    }
}

/// Writes `story`'s stage: its entry and its step panel, hidden until a
/// step is shown, with the whole story as text. Embedded (`open_full`,
/// the words of its link to the full atlas), it has no entry nor
/// Explore, and a link to the step in the full atlas instead.
pub fn stage_html(
    h: &mut Html,
    atlas: &Atlas,
    story: &Story,
    open_full: Option<&str>,
    lang: Lang,
    t: &StoryStrings,
) {
    let embedded = open_full.is_some();
    let test = Data::TestId.slug();
    let action = Data::Action.slug();
    let title = story.title.get(lang);
    let part = |p: StoryPart| [("class", p.slug()), (test, p.slug())];
    if !embedded {
        h.open("section", &part(StoryPart::Entry));
        h.element("p", &[("class", "story-kicker")], t.entry);
        h.element("h2", &[], title);
        h.element("p", &[], story.description.get(lang));
        h.element(
            "button",
            &[
                ("type", "button"),
                part(StoryPart::Start)[0],
                part(StoryPart::Start)[1],
                (action, StoryAction::Start.slug()),
            ],
            &format!("{} →", t.start),
        );
        h.close("section");
    }
    h.open(
        "div",
        &[
            ("class", StoryPart::Panel.slug()),
            (test, StoryPart::Panel.slug()),
            ("role", "region"),
            ("aria-label", t.entry),
            ("hidden", ""),
        ],
    );
    h.open("p", &[("class", "story-name")]);
    h.element("span", &[("class", "story-kicker")], t.entry);
    h.text(" ").text(title).close("p");
    h.open("div", &[("class", "story-nav")]);
    let button = |h: &mut Html, p: StoryPart, a: StoryAction, text: &str| {
        let [class, id] = part(p);
        h.element(
            "button",
            &[("type", "button"), class, id, (action, a.slug())],
            text,
        );
    };
    button(
        h,
        StoryPart::Previous,
        StoryAction::Previous,
        &format!("← {}", t.previous),
    );
    h.element(
        "span",
        &[
            part(StoryPart::Count)[0],
            part(StoryPart::Count)[1],
            ("aria-live", "polite"),
        ],
        "",
    );
    button(
        h,
        StoryPart::Next,
        StoryAction::Next,
        &format!("{} →", t.next),
    );
    h.close("div");
    h.element(
        "div",
        &[
            part(StoryPart::Step)[0],
            part(StoryPart::Step)[1],
            ("aria-live", "polite"),
        ],
        "",
    );
    h.element("p", &[("class", "visually-hidden")], t.keys);
    h.open("div", &[("class", "story-foot")]);
    match open_full {
        None => {
            h.element(
                "button",
                &[
                    ("type", "button"),
                    ("class", "story-explore"),
                    (action, StoryAction::Explore.slug()),
                    (test, "story-explore"),
                ],
                t.explore,
            );
        }
        Some(words) => {
            let [class, id] = part(StoryPart::Full);
            h.element(
                "a",
                &[
                    class,
                    id,
                    ("href", "#"),
                    ("target", "_blank"),
                    ("rel", "noopener"),
                ],
                &format!("{words} ↗"),
            );
        }
    }
    let [class, id] = part(StoryPart::WholeToggle);
    h.element(
        "button",
        &[
            ("type", "button"),
            class,
            id,
            (action, StoryAction::Whole.slug()),
            ("aria-controls", StoryPart::Whole.slug()),
            ("aria-expanded", "false"),
        ],
        t.whole,
    );
    h.close("div");
    let [class, id] = part(StoryPart::Whole);
    h.open(
        "div",
        &[class, id, ("id", StoryPart::Whole.slug()), ("hidden", "")],
    );
    story_text_html(h, atlas, story, lang, t);
    h.close("div").close("div");
}

/// "3 of 10": where step `at` (from 0) is in `story`.
pub fn step_count(story: &Story, at: usize, t: &StoryStrings) -> String {
    t.count
        .replace("{n}", &(at + 1).to_string())
        .replace("{count}", &story.steps.len().to_string())
}

/// Writes a step: its title (a heading of `level`), text, highlights and
/// sources.
pub fn step_html(
    h: &mut Html,
    atlas: &Atlas,
    step: &Step,
    level: &str,
    lang: Lang,
    t: &StoryStrings,
) {
    h.element(level, &[("class", "story-title")], step.title.get(lang));
    let mut sources: Vec<String> = Vec::new();
    h.open("div", &[("class", "story-text")]);
    for paragraph in &parse(step.text.get(lang)).paragraphs {
        h.open("p", &[]);
        write_inline_with(h, paragraph, &mut |h, text| {
            write_numbers(h, atlas, text, lang, &mut sources);
        });
        h.close("p");
    }
    h.close("div");
    marks_html(h, atlas, step, lang, &mut sources);
    for id in &step.sources {
        add(&mut sources, id);
    }
    if !sources.is_empty() {
        h.open("p", &[("class", "story-sources")]);
        h.text(&format!("{}: ", t.sources));
        for (i, source) in sources.iter().filter_map(|id| atlas.source(id)).enumerate() {
            if i > 0 {
                h.text("; ");
            }
            let title = source.title.get(lang);
            h.element(
                "a",
                &[
                    ("href", source.address()),
                    ("rel", "noopener noreferrer"),
                    ("target", "_blank"),
                ],
                title,
            );
        }
        h.close("p");
    }
}

/// Writes the whole story, every step in order, as a list.
pub fn story_text_html(h: &mut Html, atlas: &Atlas, story: &Story, lang: Lang, t: &StoryStrings) {
    h.open("ol", &[("class", "story-steps"), ("aria-label", t.steps)]);
    for step in &story.steps {
        h.open("li", &[]);
        step_html(h, atlas, step, "h3", lang, t);
        h.close("li");
    }
    h.close("ol");
}

/// Adds `id` to `ids` if it is not there.
fn add(ids: &mut Vec<String>, id: &str) {
    if !ids.iter().any(|i| i == id) {
        ids.push(id.to_string());
    }
}

/// Writes a text with its references as numbers, each linked to its first
/// source (the exact figure and the source's title in its tooltip), their
/// sources added to `sources`. A reference the dataset lacks (validation
/// refuses one) is written as it is.
fn write_numbers(h: &mut Html, atlas: &Atlas, text: &str, lang: Lang, sources: &mut Vec<String>) {
    for piece in pieces(text) {
        let number = match piece {
            Piece::Text(t) | Piece::Reference(Err(t)) => {
                h.text(t);
                continue;
            }
            Piece::Reference(Ok(r)) => match resolve(atlas, &r, lang) {
                Some(number) => number,
                None => {
                    h.text("…");
                    continue;
                }
            },
        };
        let first = number.sources.first().and_then(|id| atlas.source(id));
        let mut tip = number.exact.clone().unwrap_or_default();
        if let Some(source) = first {
            if !tip.is_empty() {
                tip.push_str(" · ");
            }
            tip.push_str(source.title.get(lang));
        }
        h.open(
            "a",
            &[
                ("class", "story-number"),
                ("href", first.map_or("", |s| s.address())),
                ("title", &tip),
                ("rel", "noopener noreferrer"),
                ("target", "_blank"),
            ],
        );
        h.text(&number.text).close("a");
        for id in &number.sources {
            add(sources, id);
        }
    }
}

/// Writes what a step highlights that the panel lists: its figures (the
/// label and the figure as stated) and its milestones (the date and the
/// title; for a step without a text of its own, as an imported timeline's,
/// the description too); their sources added to `sources`.
fn marks_html(h: &mut Html, atlas: &Atlas, step: &Step, lang: Lang, sources: &mut Vec<String>) {
    let marks = &step.highlight;
    let figures: Vec<_> = marks
        .figures
        .iter()
        .filter_map(|id| atlas.figures().iter().find(|f| &f.id == id))
        .collect();
    let milestones: Vec<_> = marks
        .milestones
        .iter()
        .filter_map(|id| atlas.milestones().iter().find(|m| &m.id == id))
        .collect();
    if figures.is_empty() && milestones.is_empty() {
        return;
    }
    h.open("ul", &[("class", "story-marks")]);
    for figure in figures {
        let headline = stated(figure);
        h.open("li", &[("class", "story-figure")]);
        h.element("strong", &[], &headline.readable(lang));
        h.text(" ").text(figure.label.get(lang));
        if let Some(year) = figure.year {
            h.text(&format!(" ({year})"));
        }
        h.close("li");
        for id in &headline.sources {
            add(sources, id);
        }
    }
    for m in milestones {
        h.open("li", &[("class", "story-milestone")]);
        h.element("strong", &[], &m.when(lang));
        h.text(" ").text(m.title.get(lang));
        if step.text.is_blank() {
            write_paragraphs(h, m.description.get(lang), atlas.markup());
        }
        h.close("li");
        for c in m.sources.iter() {
            add(sources, &c.source);
        }
    }
    h.close("ul");
}
