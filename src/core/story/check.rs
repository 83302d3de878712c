//! Validation of a dataset's stories against the dataset: every problem
//! named by its story, its step and its field.

use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::problem::Problem;
use crate::core::story::digits::stray_number;
use crate::core::story::model::{Step, Story, point_of};
use crate::core::story::reference::{Kind, Piece, Reference, pieces};
use crate::core::story::resolve::find;
use crate::core::story::view::{lacks, read_view};
use crate::core::text::bilingual::{Lang, Text};
use crate::core::text::rich::{Inline, parse};

/// Every problem of `stories` in `atlas` (a dataset valid otherwise).
pub fn check_stories(atlas: &Atlas, stories: &[Story]) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (i, story) in stories.iter().enumerate() {
        let item = format!("story \"{}\"", story.id);
        let mut push = |field: &str, message: String| {
            problems.push(Problem::new(item.clone(), field, message));
        };
        if story.id.trim().is_empty() {
            push("id", format!("story {} has no id", i + 1));
        } else if stories[..i].iter().any(|s| s.id == story.id) {
            push("id", "another story has this id".into());
        }
        if story.title.is_blank() {
            push("title", "expected a title".into());
        }
        if story.steps.is_empty() {
            push("steps", "expected at least one step".into());
        }
        for (n, step) in story.steps.iter().enumerate() {
            let item = format!("{item}, step {}", n + 1);
            check_step(atlas, step, &mut |field: &str, message: String| {
                problems.push(Problem::new(item.clone(), field, message));
            });
        }
    }
    problems
}

/// Every problem of one step, each given to `push` with its field.
fn check_step(atlas: &Atlas, step: &Step, push: &mut dyn FnMut(&str, String)) {
    if step.title.is_blank() {
        push("title", "expected a title".into());
    }
    if step.text.is_blank() && step.highlight.is_empty() {
        push(
            "text",
            "an empty step: give it a text, or something to highlight".into(),
        );
    }
    for (lang, field) in [(Lang::En, "text.en"), (Lang::Zh, "text.zh")] {
        if lang == Lang::Zh && step.text.zh.is_none() {
            continue;
        }
        check_text(atlas, &step.text, lang, &mut |m| push(field, m));
    }
    match read_view(&step.view) {
        Ok(link) => {
            if let Some(missing) = lacks(&link, atlas) {
                push("view", missing);
            }
        }
        Err(message) => push("view", message),
    }
    let h = &step.highlight;
    for point in &h.points {
        // A value of any series that year: the entity's own, or a member's
        // of the cluster.
        let known = point_of(point).is_some_and(|(subject, year)| {
            let valued = |entity: &str| {
                atlas.all_series().iter().any(|s| {
                    atlas
                        .point(&s.id, entity, year)
                        .is_some_and(|p| p.value.is_some())
                })
            };
            valued(subject) || atlas.members(subject).any(|m| valued(&m.id))
        });
        if !known {
            push(
                "highlight.points",
                format!("\"{point}\": expected <entity or cluster>/<year> with a value that year"),
            );
        }
    }
    for id in &h.figures {
        if !atlas.figures().iter().any(|f| &f.id == id) {
            push("highlight.figures", format!("no figure \"{id}\""));
        }
    }
    for id in &h.milestones {
        if !atlas.milestones().iter().any(|m| &m.id == id) {
            push("highlight.milestones", format!("no milestone \"{id}\""));
        }
    }
    for id in &h.tiles {
        if atlas.entity(id).is_none_or(|e| e.tile.is_none()) {
            push("highlight.tiles", format!("no tile of an entity \"{id}\""));
        }
    }
    for id in &step.sources {
        if atlas.source(id).is_none() {
            push("sources", format!("no source \"{id}\""));
        }
    }
}

/// The problems of a step's text in `lang`: references that do not read
/// or name what the dataset lacks, and numbers written in the text.
fn check_text(atlas: &Atlas, text: &Text, lang: Lang, push: &mut dyn FnMut(String)) {
    let rich = parse(text.get(lang));
    let mut texts = Vec::new();
    for paragraph in &rich.paragraphs {
        collect_texts(paragraph, &mut texts);
    }
    for written in texts {
        for piece in pieces(written) {
            match piece {
                Piece::Text(t) => {
                    if let Some(number) = stray_number(t) {
                        push(format!(
                            "the number \"{number}\" is written in the text: a story's numbers come from the data, by reference (such as {{value:<series>/<entity>/<year>}})"
                        ));
                    }
                }
                Piece::Reference(Err(raw)) => push(format!(
                    "cannot read the reference \"{raw}\" (expected figure, value, sum, share or rank, as {{sum:<series>/<cluster>/<year>}})"
                )),
                Piece::Reference(Ok(r)) => {
                    if find(atlas, &r).is_none() {
                        push(format!(
                            "the reference names what the dataset lacks: {}",
                            lacking(atlas, &r)
                        ));
                    }
                }
            }
        }
    }
}

/// What the dataset lacks of `r` (which [`find`] does not find), in
/// words.
fn lacking(atlas: &Atlas, r: &Reference) -> String {
    let (series, subject, year) = (r.series, r.subject, r.year);
    if r.kind == Kind::Figure {
        format!("no figure \"{subject}\"")
    } else if atlas.series(series).is_none() {
        format!("no series \"{series}\"")
    } else if atlas.cluster(subject).is_some() {
        if matches!(r.kind, Kind::Value | Kind::Rank) {
            format!("\"{subject}\" is a cluster: use sum or share for it")
        } else if atlas.cluster_total(series, subject, year).is_none() {
            format!("not every member of \"{subject}\" has a value of \"{series}\" in {year}")
        } else {
            format!("no national value of \"{series}\" in {year}")
        }
    } else if atlas.entity(subject).is_none() {
        format!("no entity or cluster \"{subject}\"")
    } else if atlas
        .point(series, subject, year)
        .and_then(|p| p.value)
        .is_none()
    {
        format!("no value of \"{series}\" for \"{subject}\" in {year}")
    } else {
        format!("no national value of \"{series}\" in {year}")
    }
}

/// The texts of a paragraph's pieces, in order.
fn collect_texts<'a>(pieces: &'a [Inline], out: &mut Vec<&'a str>) {
    for piece in pieces {
        match piece {
            Inline::Text(t) => out.push(t),
            Inline::Break => {}
            Inline::Emphasis(children)
            | Inline::Strong(children)
            | Inline::Link { children, .. } => collect_texts(children, out),
        }
    }
}
