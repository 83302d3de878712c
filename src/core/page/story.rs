//! A story's step as HTML: its title, its text with every number written
//! from the data and linked to its source, what it highlights, and its
//! sources; and the whole story as one list, to read or print.

use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::headline::stated;
use crate::core::page::html::Html;
use crate::core::page::rich::{write_inline_with, write_paragraphs};
use crate::core::story::model::{Step, Story};
use crate::core::story::reference::{Piece, pieces};
use crate::core::story::resolve::resolve;
use crate::core::text::bilingual::Lang;
use crate::core::text::rich::parse;
use crate::core::text::strings::story::StoryStrings;

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
    h.open("ol", &[("class", "story-whole"), ("aria-label", t.steps)]);
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
                Ok(number) => number,
                Err(_) => {
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
