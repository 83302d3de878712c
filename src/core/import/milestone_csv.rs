//! CSV of milestones: `date,group,title,description,source` (`date` and
//! `title` required; the others optional). Dates are `YYYY`, `YYYY-MM` or
//! `YYYY-MM-DD`, negative years before the common era; each distinct group
//! becomes a cluster (a lane); texts are plain text; a `source` cell is an
//! `http(s)` address or a title, and a row without one cites the file.

use std::borrow::Cow;
use std::sync::Arc;

use super::checks::repeated_events;
use super::ids::{self, slug, unique};
use super::sources::Sources;
use super::{Log, document, quoted};
use crate::core::atlas::Milestone;
use crate::core::csv::{Row as CsvRow, Rows, trim};
use crate::core::date::Date;
use crate::core::index::{CHUNK, Numbering, order_by};
use crate::core::model::Document;
use crate::core::text::Text;

/// How many rows are read before room is made for the rest, from their
/// length (see `Gathered::reserve`).
const SAMPLE: usize = 64;

/// The fewest bytes a row is taken to have when making room for rows.
const MIN_ROW: usize = 16;

/// The columns a milestone file may have.
const COLUMNS: [&str; 5] = ["date", "group", "title", "description", "source"];

/// What the rows read so far make.
struct Gathered<'a> {
    columns: Columns,
    /// How many fields a row must have: as many as the header.
    width: usize,
    sources: Sources<'a>,
    /// Each distinct group, numbered by its position in `lanes`.
    groups: Numbering<'a>,
    lanes: Vec<Cow<'a, str>>,
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
    /// The number of its group in `lanes`, if it has one.
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

impl<'a> Gathered<'a> {
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

    /// Reads one row: logs its problems, or makes its event.
    // Not inlined, so that a browser compiles it with its optimising
    // compiler (see `csv::Reader::row`).
    #[inline(never)]
    fn read(&mut self, log: &mut Log, row: CsvRow<'_, 'a>) {
        let place = || format!("line {}", row.line);
        if row.fields.len() != self.width {
            log.problem(
                &place(),
                "",
                format!(
                    "expected {} fields, as the header has, found {}",
                    self.width,
                    row.fields.len()
                ),
            );
            return;
        }
        let field = |at: Option<usize>| at.and_then(|i| row.fields.get(i));
        let cell = |at| field(at).map_or("", |f| trim(f));
        // Kept after the row: a slice of the text, or a copy if assembled.
        let kept = |at| match field(at) {
            Some(Cow::Borrowed(f)) => Cow::Borrowed(trim(f)),
            Some(Cow::Owned(f)) => Cow::Owned(trim(f).to_string()),
            None => Cow::Borrowed(""),
        };
        let parsed = cell(self.columns.date)
            .parse::<Date>()
            .map_err(|err| log.problem(&place(), "date", err.to_string()));
        let title = cell(self.columns.title);
        if title.is_empty() {
            log.problem(&place(), "title", "expected a title, found an empty cell");
        }
        let Ok(parsed) = parsed else {
            return;
        };
        if title.is_empty() {
            return;
        }
        let group = kept(self.columns.group);
        let lane = (!group.is_empty()).then(|| {
            let (number, new) = self.groups.name(group.clone());
            if new {
                self.lanes.push(group);
            }
            number
        });
        self.slugs.push(slug(title, "milestone"));
        self.events.push(Event {
            line: row.line,
            date: parsed,
            title: title.to_string(),
            description: cell(self.columns.description).to_string(),
            source: self.sources.cite(kept(self.columns.source)),
            lane,
        });
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
            sources: vec![sources.citation(self.source)],
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

/// Converts a milestone file: every problem is logged, in one pass over
/// its rows; then, if there are none, the milestones are given unique ids
/// and their clusters, with a warning for each that repeats an event.
///
/// Returns the document (its clusters and sources) and the milestones, in
/// chronological order and checked: see `validate::validate_converted`.
pub fn convert(log: &mut Log, rows: &mut Rows) -> (Document, Vec<Milestone>) {
    for (i, h) in rows.header.iter().enumerate() {
        if !COLUMNS.contains(&h.to_ascii_lowercase().as_str()) {
            log.problem(
                "line 1",
                h,
                format!(
                    "unknown column {} (expected date, group, title, description, source)",
                    i + 1
                ),
            );
        }
    }
    let at = |name: &str| rows.column(name);
    let (name, stem) = (log.name().to_string(), log.stem().to_string());
    let mut gathered = Gathered {
        columns: Columns {
            date: at("date"),
            group: at("group"),
            title: at("title"),
            description: at("description"),
            source: at("source"),
        },
        width: rows.header.len(),
        sources: Sources::new(&name, &stem),
        groups: Numbering::default(),
        lanes: Vec::new(),
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
    let Gathered {
        sources,
        lanes,
        mut events,
        slugs,
        ..
    } = gathered;
    let mut doc = document(log.stem(), "");
    if read == 0 {
        log.problem(
            "line 2",
            "",
            "expected a row of a milestone after the header, found none",
        );
    }
    if log.has_problems() {
        return (doc, Vec::new());
    }
    let (mut ids, same_slug) = unique(slugs);
    // Dates compared as dates: "0014" and "014" are one year.
    let event = |i: usize| {
        let e: &Event = events.get(i)?;
        Some((
            Cow::Owned(e.date.to_string()),
            Cow::Borrowed(e.title.as_str()),
        ))
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
    let names: Vec<&str> = lanes.iter().map(|l| l.as_ref()).collect();
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
