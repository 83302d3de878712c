//! CSV of milestones: `date,group,title,description,source` (`date` and
//! `title` required; the others optional). Dates are `YYYY`, `YYYY-MM` or
//! `YYYY-MM-DD`, negative years before the common era; each distinct group
//! becomes a cluster (a lane); texts are plain text; a `source` cell is an
//! `http(s)` address or a title, and a row without one cites the file. A
//! cell's leading `'` before `=`, `+`, `-`, `@`, a tab or a carriage return
//! is taken off, as exports add it (see [`crate::core::dataset::cell`]).

use std::borrow::Cow;
use std::sync::Arc;

use super::checks::repeated_events;
use super::ids::{self, slug, unique};
use super::sources::Sources;
use super::{Log, document, quoted};
use crate::core::dataset::atlas::Milestone;
use crate::core::dataset::cell;
use crate::core::dataset::csv::{Row as CsvRow, Rows};
use crate::core::dataset::index::numbering::Numbering;
use crate::core::dataset::index::sort::{CHUNK, order_by};
use crate::core::dataset::model::Document;
use crate::core::text::bilingual::Text;
use crate::core::time::date::{Date, DateError};

/// How many rows are read before room is made for the rest, from their
/// length (see `Gathered::reserve`).
const SAMPLE: usize = 64;

/// The fewest bytes a row is taken to have when making room for rows.
const MIN_ROW: usize = 16;

/// The columns a milestone file may have.
const COLUMNS: [&str; 5] = ["date", "group", "title", "description", "source"];

/// What the rows of a milestone file make, read (see [`gather`]) before
/// the milestones are made (see [`convert`]). It keeps nothing of the
/// text, so that the text's memory can be used again for what is made of
/// the rows.
pub struct Gathered {
    columns: Columns,
    /// How many fields a row must have: as many as the header.
    width: usize,
    sources: Sources,
    /// Each distinct group (a lane), numbered in order of first appearance.
    groups: Numbering,
    /// The rows that make a milestone, in the file's order.
    events: Vec<Event>,
    /// For each event, the slug of its title.
    slugs: Vec<String>,
}

/// A row that makes a milestone: what the milestone is made from once all
/// rows are read (its id depends on the titles of the rows before it, and
/// milestones are made in chronological order, so that none is moved).
struct Event {
    line: usize,
    date: Date,
    /// Its texts, made as the row is read: in the order of the file, as
    /// its text is laid out (made in chronological order, they would be
    /// copied from all over it).
    title: String,
    description: String,
    /// The number of the source it cites (see [`Sources::cite`]).
    source: usize,
    /// The number of its group (see `Gathered::groups`), if it has one.
    lane: Option<usize>,
}

/// Where each column is, if the file has it.
struct Columns {
    date: Option<usize>,
    group: Option<usize>,
    title: Option<usize>,
    description: Option<usize>,
    source: Option<usize>,
}

impl Gathered {
    /// Makes room for the events of the rest of the file (`unread` bytes),
    /// as if its rows were as long as the `SAMPLE` rows read (`sampled`
    /// bytes), an eighth more: a list of a hundred thousand grown a step at
    /// a time is copied over and over. Room that cannot be had is not
    /// needed: the lists grow as they fill.
    fn reserve(&mut self, sampled: usize, unread: usize) {
        let rows = unread / (sampled / SAMPLE).max(MIN_ROW);
        let rows = rows + rows / 8;
        if self.events.try_reserve_exact(rows).is_ok() {
            let _ = self.slugs.try_reserve_exact(rows);
        }
    }

    /// Reads one row: makes its event, or logs its problems.
    // Not inlined, so that a browser compiles it with its optimising
    // compiler (see `csv::Reader::row`); its problems are logged apart,
    // so that it stays small and is compiled soon.
    #[inline(never)]
    fn read(&mut self, log: &mut Log, row: CsvRow) {
        if row.fields.len() != self.width {
            return wrong_width(log, row.line, self.width, row.fields.len());
        }
        let [date, group, title, description, source] = self.columns.cells(row.fields);
        let date = match date.parse::<Date>() {
            Ok(date) if !title.is_empty() => date,
            parsed => return unreadable(log, row.line, parsed.err(), title.is_empty()),
        };
        let lane = (!group.is_empty()).then(|| self.groups.name(group).0);
        self.slugs.push(slug(title, "milestone"));
        self.events.push(Event {
            line: row.line,
            date,
            title: title.to_string(),
            description: description.to_string(),
            source: self.sources.cite(source),
            lane,
        });
    }
}

impl Columns {
    /// The cells of a row as read (trimmed, an export's neutralising
    /// apostrophe taken off: see [`cell::read`]), in the order of
    /// [`COLUMNS`]: empty for a column the file does not have.
    fn cells<'r>(&self, fields: &'r [Cow<str>]) -> [&'r str; 5] {
        [
            self.date,
            self.group,
            self.title,
            self.description,
            self.source,
        ]
        .map(|at| at.and_then(|i| fields.get(i)).map_or("", |f| cell::read(f)))
    }
}

/// Logs a row of `found` fields where the header has `width`.
#[cold]
#[inline(never)]
fn wrong_width(log: &mut Log, line: usize, width: usize, found: usize) {
    log.problem(
        &format!("line {line}"),
        "",
        format!("expected {width} fields, as the header has, found {found}"),
    );
}

/// Logs why a row makes no event: its date cannot be read (`date`), or
/// it has no title, or both.
#[cold]
#[inline(never)]
fn unreadable(log: &mut Log, line: usize, date: Option<DateError>, no_title: bool) {
    let place = format!("line {line}");
    if let Some(err) = date {
        log.problem(&place, "date", err.to_string());
    }
    if no_title {
        log.problem(&place, "title", "expected a title, found an empty cell");
    }
}

impl Event {
    /// The milestone of the event (its texts taken), under the id given
    /// and with the cluster ids and sources of the file.
    fn milestone(&mut self, id: String, clusters: &[Arc<str>], sources: &Sources) -> Milestone {
        Milestone {
            id,
            date: self.date,
            cluster: self.lane.and_then(|n| clusters.get(n)).cloned(),
            short: None,
            title: Text::en(std::mem::take(&mut self.title)),
            description: Text::en(std::mem::take(&mut self.description)),
            sources: sources.citations(self.source),
            extras: None,
        }
    }
}

/// Adds to `milestones` those of the events at `positions`, under their
/// `ids` (taken), with the ids of the `clusters` and the `sources` of the
/// file.
// Called once for each `CHUNK` of events (see there).
#[inline(never)]
fn make(
    positions: &[usize],
    events: &mut [Event],
    ids: &mut [String],
    clusters: &[Arc<str>],
    sources: &Sources,
    milestones: &mut Vec<Milestone>,
) {
    for &i in positions {
        if let (Some(event), Some(id)) = (events.get_mut(i), ids.get_mut(i)) {
            milestones.push(event.milestone(std::mem::take(id), clusters, sources));
        }
    }
}

/// Reads the rows of a milestone file, in one pass: every problem is
/// logged, and each row without one gathered as an event.
pub fn gather(log: &mut Log, rows: &mut Rows) -> Gathered {
    let header = format!("line {}", rows.header_line);
    for (i, h) in rows.header.iter().enumerate() {
        if !COLUMNS.contains(&h.to_ascii_lowercase().as_str()) {
            log.problem(
                &header,
                h,
                format!(
                    "unknown column {} (expected date, group, title, description, source)",
                    i + 1
                ),
            );
        } else if let Some(first) = rows.column(h).filter(|&first| first < i) {
            log.problem(
                &header,
                h,
                format!(
                    "column {} repeats column {} (each column may appear once)",
                    i + 1,
                    first + 1
                ),
            );
        }
    }
    let at = |name: &str| rows.column(name);
    let mut gathered = Gathered {
        columns: Columns {
            date: at("date"),
            group: at("group"),
            title: at("title"),
            description: at("description"),
            source: at("source"),
        },
        width: rows.header.len(),
        sources: Sources::new(log.name(), log.stem()),
        groups: Numbering::default(),
        events: Vec::new(),
        slugs: Vec::new(),
    };
    let mut read = 0;
    let unread = rows.unread();
    loop {
        match rows.next_row() {
            Ok(Some(row)) => {
                read += 1;
                gathered.read(log, row);
                if read == SAMPLE {
                    gathered.reserve(unread - rows.unread(), rows.unread());
                }
            }
            Ok(None) => break,
            Err(err) => {
                log.problem(&format!("line {}", err.line), "", err.message);
                // A row that cannot be read is a row.
                read += 1;
                break;
            }
        }
    }
    if read == 0 {
        log.problem(
            &format!("line {}", rows.header_line + 1),
            "",
            "expected a row of a milestone after the header, found none",
        );
    }
    gathered
}

/// Converts the rows gathered (see [`gather`]), if no problem was logged:
/// the milestones are given unique ids and their clusters, with a warning
/// for each that repeats an event.
///
/// Returns the document (its clusters and sources) and the milestones, in
/// chronological order and checked: see `validate::validate_converted`.
pub fn convert(log: &mut Log, gathered: Gathered) -> (Document, Vec<Milestone>) {
    let Gathered {
        sources,
        groups,
        mut events,
        slugs,
        ..
    } = gathered;
    let mut doc = document(log.stem(), "");
    if log.has_problems() {
        return (doc, Vec::new());
    }
    let (mut ids, same_slug) = unique(slugs);
    // Dates compared as dates: "0014" and "014" are one year.
    let event = |i: usize| {
        let e: &Event = events.get(i)?;
        Some((e.date.to_string(), e.title.as_str()))
    };
    for (later, first) in repeated_events(&same_slug, event) {
        if let (Some(event), Some(first)) = (events.get(later), events.get(first)) {
            log.warning(
                &format!("line {}", event.line),
                "title",
                format!(
                    "same date and title as line {} ({}: a repeated event?)",
                    first.line,
                    quoted(&first.title)
                ),
            );
        }
    }
    // Groups become clusters, in order of first appearance.
    let lanes = groups.into_keys();
    let names: Vec<&str> = lanes.iter().map(|(_, name)| name.as_str()).collect();
    let clusters = ids::clusters(&names);
    let cluster_ids: Vec<Arc<str>> = clusters.iter().map(|c| c.id.as_str().into()).collect();
    // Made in chronological order (ties in the file's order), as the atlas
    // keeps them.
    let order = order_by(events.iter().map(|e| e.date.order_key()));
    let mut milestones = Vec::with_capacity(order.len());
    for positions in order.chunks(CHUNK) {
        make(
            positions,
            &mut events,
            &mut ids,
            &cluster_ids,
            &sources,
            &mut milestones,
        );
    }
    doc.clusters = clusters;
    doc.sources = sources.into_list();
    (doc, milestones)
}
