//! TimelineJS3 JSON, as its users write it: a `title` slide (the dataset's
//! title and introduction), `events` with `start_date` and `end_date`
//! (`year`, `month`, `day`, `hour`, `minute`, `display_date`; numbers or
//! numeric strings, empty strings meaning absent), `text` (`headline`,
//! `text` in HTML), `group` (a lane), `media` (`url`, `caption`,
//! `credit`), `unique_id`; and `eras`. Fields TimelineJS3 uses only for
//! its looks (`background`, `autolink`, `scale`...) are left aside.
//!
//! Every problem is located (`events[3]`, `start_date.year`); all are
//! logged. Texts keep their HTML: the document's markup is `html`, read by
//! the allowlist of [`crate::core::text::rich`]; titles are its plain text.

mod dates;

use serde_json::{Map, Value};

use super::checks::repeated_events;
use super::ids::{self, slug, unique};
use super::sources::Sources;
use super::{Log, document, quoted};
use crate::core::dataset::index::numbering::Numbering;
use crate::core::dataset::model::{Document, Era, Markup, Media, MilestoneRecord, Origin};
use crate::core::dataset::read::kind;
use crate::core::link::query::encode;
use crate::core::story::model::{Highlight, Step, Story};
use crate::core::text::bilingual::Text;
use crate::core::text::rich::{followable, parse};
use dates::{read_date, shown_span};

/// The name of the format, as a converted document's origin gives it.
pub const FORMAT: &str = "timelinejs3";

/// The longest title made from an event's text when it has no headline,
/// in characters.
const TITLE_FROM_TEXT: usize = 80;

/// Whether a parsed JSON value is a TimelineJS3 file rather than one of the
/// project's format: an object with an `events` list and no `schema`.
pub fn recognises(value: &Value) -> bool {
    value
        .as_object()
        .is_some_and(|o| o.get("events").is_some_and(Value::is_array) && !o.contains_key("schema"))
}

/// The string at `key` of `o`, trimmed; `None` if absent, null or empty;
/// a problem logged (at `place`, `field`) if it is not a string.
fn string<'v>(
    log: &mut Log,
    o: &'v Map<String, Value>,
    key: &str,
    place: &str,
    field: &str,
) -> Option<&'v str> {
    match o.get(key) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.trim()).filter(|s| !s.is_empty()),
        Some(other) => {
            log.problem(
                place,
                field,
                format!("expected a string, found {}", kind(other)),
            );
            None
        }
    }
}

/// The object at `key` of `o`, if present; a problem logged if it is not
/// an object.
fn object<'v>(
    log: &mut Log,
    o: &'v Map<String, Value>,
    key: &str,
    place: &str,
    field: &str,
) -> Option<&'v Map<String, Value>> {
    match o.get(key) {
        None | Some(Value::Null) => None,
        Some(Value::Object(inner)) => Some(inner),
        Some(other) => {
            log.problem(
                place,
                field,
                format!("expected an object, found {}", kind(other)),
            );
            None
        }
    }
}

/// A headline's plain text, on one line; the headline as written if its
/// markup holds no text (`<img src=x>` stays text, shown escaped).
fn headline_text(headline: &str) -> String {
    let plain = parse(headline).one_line();
    if plain.is_empty() {
        headline.to_string()
    } else {
        plain
    }
}

/// The `headline` and `text` of a slide's `text` object.
fn texts<'v>(
    log: &mut Log,
    slide: &'v Map<String, Value>,
    place: &str,
) -> (Option<&'v str>, Option<&'v str>) {
    let Some(t) = object(log, slide, "text", place, "text") else {
        return (None, None);
    };
    (
        string(log, t, "headline", place, "text.headline"),
        string(log, t, "text", place, "text.text"),
    )
}

/// An event read: its record (without an id yet) and the slug of its id.
struct Event {
    record: MilestoneRecord,
    slug: String,
}

/// Converts a TimelineJS3 file (see [`recognises`]) into a document of the
/// project's format, logging every problem; `None` if the file cannot be
/// read at all.
pub fn convert(log: &mut Log, value: &Value) -> Option<Document> {
    let Some(root) = value.as_object() else {
        log.problem(
            "",
            "",
            format!("expected an object with \"events\", found {}", kind(value)),
        );
        return None;
    };
    let (title, description) = match object(log, root, "title", "title", "") {
        Some(slide) => texts(log, slide, "title"),
        None => (None, None),
    };
    let title = title.map_or_else(|| log.stem().to_string(), headline_text);
    let mut doc = document(&title, description.unwrap_or(""));
    doc.markup = Markup::Html;
    doc.origin = Some(Origin {
        file: log.name().to_string(),
        format: FORMAT.to_string(),
    });
    let mut sources = Sources::new(log.name(), log.stem());
    let cited = sources.cite("");
    let file = sources.citations(cited);
    let mut groups = Numbering::default();
    let mut lanes: Vec<Option<usize>> = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    let list = root.get("events").and_then(Value::as_array);
    for (i, value) in list.into_iter().flatten().enumerate() {
        let place = format!("events[{i}]");
        let Some(o) = value.as_object() else {
            log.problem(
                &place,
                "",
                format!("expected an event (an object), found {}", kind(value)),
            );
            continue;
        };
        let lane = string(log, o, "group", &place, "group").map(|g| groups.name(g).0);
        if let Some(event) = read_event(log, o, &place) {
            lanes.push(lane);
            events.push(event);
        }
    }
    if list.is_none_or(Vec::is_empty) {
        log.problem("", "events", "expected at least one event, found none");
    }
    doc.eras = read_eras(log, root);
    let names: Vec<String> = groups.into_keys().into_iter().map(|(_, n)| n).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    doc.clusters = ids::clusters(&names);
    let (ids, same_slug) = unique(events.iter().map(|e| e.slug.clone()).collect());
    let event = |i: usize| {
        let e: &Event = events.get(i)?;
        Some((e.record.date.clone(), e.record.title.en.as_str()))
    };
    for (later, first_at) in repeated_events(&same_slug, event) {
        if let Some(first) = events.get(first_at) {
            log.warning(
                &format!("events[{later}]"),
                "text.headline",
                format!(
                    "same date and headline as events[{first_at}] ({}: a repeated event?)",
                    quoted(&first.record.title.en)
                ),
            );
        }
    }
    doc.milestones = events
        .into_iter()
        .zip(ids)
        .zip(lanes)
        .map(|((event, id), lane)| MilestoneRecord {
            id,
            cluster: lane.and_then(|n| doc.clusters.get(n)).map(|c| c.id.clone()),
            sources: file.to_vec(),
            ..event.record
        })
        .collect();
    doc.sources = sources.into_list();
    doc.stories = vec![story_of(&doc)];
    Some(doc)
}

/// The id of the story an imported file's events make.
pub const STORY_ID: &str = "timeline";

/// The file's slides as a story: its events in the file's order, one step
/// each, showing and selecting the event on the timeline, whose title,
/// description and sources the step shows.
fn story_of(doc: &Document) -> Story {
    Story {
        id: STORY_ID.to_string(),
        title: doc.title.clone(),
        description: doc.description.clone(),
        steps: doc
            .milestones
            .iter()
            .map(|m| Step {
                title: m.title.clone(),
                text: Text::default(),
                view: format!("view=timeline&milestone={}", encode(&m.id)),
                highlight: Highlight {
                    milestones: vec![m.id.clone()],
                    ..Highlight::default()
                },
                sources: Vec::new(),
            })
            .collect(),
    }
}

/// Reads one event (at `place`); `None` if it has a problem (logged).
fn read_event(log: &mut Log, o: &Map<String, Value>, place: &str) -> Option<Event> {
    let before = log.problems.len();
    let start = match object(log, o, "start_date", place, "start_date") {
        Some(d) => read_date(log, d, place, "start_date"),
        None => {
            log.problem(
                place,
                "start_date",
                "missing (an event needs a start_date with a year)",
            );
            None
        }
    };
    let end = object(log, o, "end_date", place, "end_date")
        .and_then(|d| read_date(log, d, place, "end_date"));
    if let (Some(start), Some(end)) = (&start, &end)
        && end.date < start.date
    {
        log.problem(
            place,
            "end_date",
            format!(
                "expected an end not before the start ({}), found {}",
                start.date, end.date
            ),
        );
    }
    let (headline, text) = texts(log, o, place);
    let title = match (headline, text) {
        (Some(h), _) => headline_text(h),
        (None, Some(t)) => {
            let line = parse(t).one_line();
            let mut title: String = line.chars().take(TITLE_FROM_TEXT).collect();
            if title.len() < line.len() {
                title.push('…');
            }
            title
        }
        (None, None) => String::new(),
    };
    if title.trim().is_empty() {
        log.problem(
            place,
            "text.headline",
            "expected a headline (or a text to take one from), found none",
        );
    }
    let media = read_media(log, o, place);
    let unique_id = string(log, o, "unique_id", place, "unique_id");
    let display_date = string(log, o, "display_date", place, "display_date")
        .map(str::to_string)
        .or_else(|| shown_span(start.as_ref(), end.as_ref()));
    let start = start?;
    if log.problems.len() > before {
        return None;
    }
    Some(Event {
        slug: slug(unique_id.unwrap_or(&title), "event"),
        record: MilestoneRecord {
            id: String::new(),
            date: start.date.to_string(),
            cluster: None,
            short: None,
            title: Text::en(title),
            description: Text::en(text.unwrap_or("")),
            sources: Vec::new(),
            end: end.map(|e| e.date.to_string()),
            media,
            display_date: display_date.map(Text::en),
        },
    })
}

/// An event's media: its address made absolute (`//host/...` as
/// `https:`); media whose address cannot be followed are left out, with a
/// warning.
fn read_media(log: &mut Log, o: &Map<String, Value>, place: &str) -> Option<Media> {
    let m = object(log, o, "media", place, "media")?;
    let url = string(log, m, "url", place, "media.url")?;
    let caption = string(log, m, "caption", place, "media.caption");
    let credit = string(log, m, "credit", place, "media.credit");
    let url = match url.strip_prefix("//") {
        Some(rest) => format!("https://{rest}"),
        None => url.to_string(),
    };
    if !followable(&url) {
        log.warning(
            place,
            "media.url",
            format!(
                "expected an http:// or https:// address, found {}; the media is left out",
                quoted(&url)
            ),
        );
        return None;
    }
    Some(Media {
        url,
        caption: caption.map(Text::en),
        credit: credit.map(Text::en),
    })
}

/// The file's eras, each with a start, an end and a label (its headline,
/// else its dates).
fn read_eras(log: &mut Log, root: &Map<String, Value>) -> Vec<Era> {
    let list = match root.get("eras") {
        None | Some(Value::Null) => return Vec::new(),
        Some(Value::Array(list)) => list,
        Some(other) => {
            log.problem(
                "",
                "eras",
                format!("expected a list of eras, found {}", kind(other)),
            );
            return Vec::new();
        }
    };
    let mut eras = Vec::new();
    for (i, value) in list.iter().enumerate() {
        let place = format!("eras[{i}]");
        let Some(o) = value.as_object() else {
            log.problem(
                &place,
                "",
                format!("expected an era (an object), found {}", kind(value)),
            );
            continue;
        };
        let mut date = |field: &str| match object(log, o, field, &place, field) {
            Some(d) => read_date(log, d, &place, field),
            None => {
                log.problem(&place, field, "missing (an era needs a start and an end)");
                None
            }
        };
        let (start, end) = (date("start_date"), date("end_date"));
        let (headline, _) = texts(log, o, &place);
        let (Some(start), Some(end)) = (start, end) else {
            continue;
        };
        if end.date < start.date {
            log.problem(
                &place,
                "end_date",
                format!(
                    "expected an end not before the start ({}), found {}",
                    start.date, end.date
                ),
            );
            continue;
        }
        let title =
            headline.map_or_else(|| format!("{} – {}", start.date, end.date), headline_text);
        eras.push(Era {
            title: Text::en(title),
            start: start.date.to_string(),
            end: end.date.to_string(),
        });
    }
    eras
}
