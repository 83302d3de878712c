//! CSV of milestones: `date,group,title,description,source` (`date` and
//! `title` required; the others optional). Dates are `YYYY`, `YYYY-MM` or
//! `YYYY-MM-DD`, negative years before the common era; each distinct group
//! becomes a cluster (a lane); texts are plain text; a `source` cell is an
//! `http(s)` address or a title, and a row without one cites the file.

use super::checks::repeated_events;
use super::ids::{self, slug, unique};
use super::sources::Sources;
use super::{Log, document, quoted};
use crate::core::atlas::Milestone;
use crate::core::csv::{Row as CsvRow, Table, trim};
use crate::core::date::Date;
use crate::core::index::Numbering;
use crate::core::model::Document;
use crate::core::text::Text;

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
    lanes: Vec<&'a str>,
    /// The milestones, without ids or clusters yet.
    milestones: Vec<Milestone>,
    /// For each milestone: its line, the slug of its title, its lane.
    lines: Vec<usize>,
    slugs: Vec<String>,
    lane_of: Vec<Option<usize>>,
    /// For each milestone, its date and title as the file gives them.
    events: Vec<(&'a str, &'a str)>,
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
    /// Reads one row: logs its problems, or makes its milestone.
    // Not inlined, so that a browser compiles it with its optimising
    // compiler (see `csv::Reader::row`).
    #[inline(never)]
    fn read(&mut self, log: &mut Log, row: CsvRow<'a, 'a>) {
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
        let cell = |at: Option<usize>| at.and_then(|i| row.fields.get(i)).map_or("", |f| trim(f));
        let date = cell(self.columns.date);
        let parsed = date
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
        let group = cell(self.columns.group);
        self.lane_of.push((!group.is_empty()).then(|| {
            let (number, new) = self.groups.number(("", group));
            if new {
                self.lanes.push(group);
            }
            number
        }));
        self.lines.push(row.line);
        self.slugs.push(slug(title, "milestone"));
        self.events.push((date, title));
        self.milestones.push(Milestone {
            id: String::new(),
            date: parsed,
            cluster: None,
            short: None,
            title: Text::en(title),
            description: Text::en(cell(self.columns.description)),
            sources: vec![self.sources.cite(cell(self.columns.source))],
        });
    }
}

/// Converts a milestone file: every problem is logged, in one pass over
/// its rows; then, if there are none, the milestones are given unique ids
/// and their clusters, with a warning for each that repeats an event.
///
/// Returns the document (its clusters and sources) and the milestones,
/// checked: see `validate::validate_converted`.
pub fn convert<'t>(log: &mut Log, table: &'t Table<'t>) -> (Document, Vec<Milestone>) {
    for (i, h) in table.header.iter().enumerate() {
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
    let at = |name: &str| table.column(name);
    let (name, stem) = (log.name().to_string(), log.stem().to_string());
    let rows = table.len();
    let mut gathered = Gathered {
        columns: Columns {
            date: at("date"),
            group: at("group"),
            title: at("title"),
            description: at("description"),
            source: at("source"),
        },
        width: table.header.len(),
        sources: Sources::new(&name, &stem),
        groups: Numbering::default(),
        lanes: Vec::new(),
        milestones: Vec::with_capacity(rows),
        lines: Vec::with_capacity(rows),
        slugs: Vec::with_capacity(rows),
        lane_of: Vec::with_capacity(rows),
        events: Vec::with_capacity(rows),
    };
    for row in table.rows() {
        gathered.read(log, row);
    }
    let Gathered {
        sources,
        lanes,
        mut milestones,
        lines,
        slugs,
        lane_of,
        events,
        ..
    } = gathered;
    let mut doc = document(log.stem(), "");
    if rows == 0 {
        log.problem(
            "line 2",
            "",
            "expected a row of a milestone after the header, found none",
        );
    }
    if log.has_problems() {
        return (doc, Vec::new());
    }
    let (ids, same_slug) = unique(slugs);
    for (later, first) in repeated_events(&events, &same_slug) {
        if let (Some(line), Some(first_line), Some((_, title))) =
            (lines.get(later), lines.get(first), events.get(first))
        {
            log.warning(
                &format!("line {line}"),
                "title",
                format!(
                    "same date and title as line {first_line} ({}: a repeated event?)",
                    quoted(title)
                ),
            );
        }
    }
    // Groups become clusters, in order of first appearance.
    let clusters = ids::clusters(&lanes);
    for ((m, id), lane) in milestones.iter_mut().zip(ids).zip(lane_of) {
        m.id = id;
        m.cluster = lane.and_then(|n| clusters.get(n)).map(|c| c.id.clone());
    }
    doc.clusters = clusters;
    doc.sources = sources.into_list();
    (doc, milestones)
}
