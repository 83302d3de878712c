//! Reading a dataset someone brings: the project's own JSON format,
//! TimelineJS3 JSON, a CSV of milestones
//! (`date,group,title,description,source`), a tidy CSV of series
//! (`entity,year,value,unit,source`) or Our World in Data's CSV
//! (`Entity,Code,Year,<indicators>`).
//!
//! [`load`] recognises the format from the content (a CSV by its header,
//! never by the file's name), converts a CSV into a
//! [`Document`] and validates it like any dataset. Every problem names the
//! file and the place in it (`events.csv, line 12`), the field, what was
//! expected and what was found; all are reported, not only the first.
//! Warnings (repeated events; in series, rows out of order, values given
//! twice, values far out of range) are reported but never block.

mod checks;
pub mod convert;
mod ids;
mod milestone_csv;
mod number;
mod owid;
mod series_csv;
mod series_rows;
mod sources;
mod timeline_js3;

use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::csv::Rows;
use crate::core::dataset::model::{Document, Markup, SCHEMA_VERSION};
use crate::core::dataset::problem::Problem;
use crate::core::dataset::read::{parse_value, read_document};
use crate::core::dataset::validate::{validate, validate_converted};
use crate::core::text::bilingual::Text;
use crate::core::text::format::group_digits;

/// The largest file read, in bytes (16 MiB: a hundred thousand milestones
/// with descriptions): larger ones are refused before they are parsed.
pub const MAX_BYTES: usize = 16 * 1024 * 1024;

/// How many problems (or warnings) a list shows before "and N more".
pub const SHOWN: usize = 50;

/// The first [`SHOWN`] of `list`, and how many more there are.
pub fn shown(list: &[Problem]) -> (&[Problem], usize) {
    let first = list.get(..SHOWN).unwrap_or(list);
    (first, list.len() - first.len())
}

/// A file read and validated.
#[derive(Clone, Debug)]
pub struct Imported {
    /// The validated dataset.
    pub atlas: Atlas,
    /// What the reader should know but that did not block it.
    pub warnings: Vec<Problem>,
}

/// Why a file was not read, or what to check in one that was.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Every problem found, each located in the file; never empty when
    /// [`load`] refuses a file.
    pub problems: Vec<Problem>,
    /// Warnings found on the way.
    pub warnings: Vec<Problem>,
}

/// The problems and warnings of one file, each located in it.
pub(crate) struct Log {
    /// The file's name, first in every location.
    name: String,
    problems: Vec<Problem>,
    warnings: Vec<Problem>,
}

impl Log {
    fn new(name: &str) -> Self {
        let name = name.trim();
        Log {
            name: if name.is_empty() {
                "the file".to_string()
            } else {
                name.to_string()
            },
            problems: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// The file's name.
    pub(crate) fn name(&self) -> &str {
        &self.name
    }

    /// The file's name without its extension, for titles.
    pub(crate) fn stem(&self) -> &str {
        match self.name.rsplit_once('.') {
            Some((stem, _)) if !stem.trim().is_empty() => stem,
            _ => &self.name,
        }
    }

    fn item(&self, place: &str) -> String {
        if place.is_empty() {
            self.name.clone()
        } else {
            format!("{}, {place}", self.name)
        }
    }

    /// A problem at `place` in the file (`line 12`), in `field`.
    pub(crate) fn problem(&mut self, place: &str, field: &str, message: impl Into<String>) {
        let item = self.item(place);
        self.problems.push(Problem::new(item, field, message));
    }

    /// A warning at `place` in the file, in `field`.
    pub(crate) fn warning(&mut self, place: &str, field: &str, message: impl Into<String>) {
        let item = self.item(place);
        self.warnings.push(Problem::new(item, field, message));
    }

    fn has_problems(&self) -> bool {
        !self.problems.is_empty()
    }

    /// Problems found elsewhere (by the reader of the JSON format, or by
    /// validation), placed in this file.
    fn problems(&mut self, found: Vec<Problem>) {
        for p in found {
            self.problem(&p.item, &p.field, p.message);
        }
    }

    fn report(self) -> Report {
        Report {
            problems: self.problems,
            warnings: self.warnings,
        }
    }
}

/// A new, empty imported document titled `title`.
pub(crate) fn document(title: &str, description: &str) -> Document {
    Document {
        schema: SCHEMA_VERSION,
        title: Text::en(title),
        version: None,
        updated: None,
        licence: None,
        description: Text::en(description),
        caveats: Vec::new(),
        clusters: Vec::new(),
        entities: Vec::new(),
        sources: Vec::new(),
        series: Vec::new(),
        figures: Vec::new(),
        milestones: Vec::new(),
        eras: Vec::new(),
        stories: Vec::new(),
        markup: Markup::Plain,
        origin: None,
        imported: true,
    }
}

/// A text as it appears in a message: quoted, at most 40 characters.
pub(crate) fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for (i, c) in text.chars().enumerate() {
        if i == 40 {
            out.push('…');
            break;
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// Refuses a file of `bytes` bytes over [`MAX_BYTES`], before it is read.
pub fn check_size(name: &str, bytes: usize) -> Result<(), Report> {
    if bytes <= MAX_BYTES {
        return Ok(());
    }
    let mut log = Log::new(name);
    log.problem(
        "",
        "",
        format!(
            "the file is {} bytes, over the limit of {} bytes (16 MiB); split it or leave out what is not needed",
            group_digits(&bytes.to_string()),
            group_digits(&MAX_BYTES.to_string()),
        ),
    );
    Err(log.report())
}

/// Reads the file `name` holding `text`, in any of the formats (see the
/// module's description, and [`check_size`], which refuses a file over
/// [`MAX_BYTES`] first), and validates it. A CSV file's text is let go as
/// soon as its rows are read, so that its memory serves again for what is
/// made of them.
pub fn load(name: &str, text: String) -> Result<Imported, Report> {
    check_size(name, text.len())?;
    let mut log = Log::new(name);
    let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
    // The whole text is parsed, so that lines and columns stay the file's.
    if body.trim_start().starts_with(['{', '[']) {
        let (doc, log) = read_json(name, body)?;
        return imported(log, validate(doc));
    }
    let read = from_csv(&mut log, body);
    drop(text);
    let converted = read.map(|read| match read {
        Csv::Milestones(gathered) => milestone_csv::convert(&mut log, gathered),
        Csv::Series(doc) => (doc, Vec::new()),
    });
    match converted {
        Some((doc, milestones)) if !log.has_problems() => {
            imported(log, validate_converted(doc, milestones))
        }
        _ => Err(log.report()),
    }
}

/// Reads a JSON file, `name` holding `text`: the project's format, or
/// TimelineJS3's (an object with an `events` list and no `schema`),
/// converted; then validates it. Returns the document in the project's format (what
/// [`crate::core::dataset::write::write_document`] writes) with the
/// validated dataset and the warnings.
pub fn load_document(name: &str, text: &str) -> Result<(Document, Imported), Report> {
    let (doc, log) = read_json(name, text)?;
    let imported = imported(log, validate(doc.clone()))?;
    Ok((doc, imported))
}

/// Reads a JSON file, `name` holding `text`, into a document (see
/// [`load_document`]), with the log of its warnings.
fn read_json(name: &str, text: &str) -> Result<(Document, Log), Report> {
    check_size(name, text.len())?;
    let mut log = Log::new(name);
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let doc = match parse_value(body) {
        Err(problem) => {
            log.problems(vec![problem]);
            None
        }
        Ok(value) if timeline_js3::recognises(&value) => timeline_js3::convert(&mut log, &value),
        Ok(value) => match read_document(&value) {
            Ok(doc) => Some(doc),
            Err(found) => {
                log.problems(found);
                None
            }
        },
    };
    match doc.filter(|_| !log.has_problems()) {
        Some(doc) => Ok((doc, log)),
        None => Err(log.report()),
    }
}

/// The dataset validated from a file whose warnings are in `log`, or its
/// problems added to them.
fn imported(mut log: Log, validated: Result<Atlas, Vec<Problem>>) -> Result<Imported, Report> {
    match validated {
        Ok(atlas) => Ok(Imported {
            atlas,
            warnings: log.warnings,
        }),
        Err(found) => {
            log.problems(found);
            Err(log.report())
        }
    }
}

/// What a CSV file's rows make, by the kind of file its header names.
enum Csv {
    /// A CSV of milestones, its rows gathered.
    Milestones(milestone_csv::Gathered),
    /// A CSV of series (tidy, or Our World in Data's), converted.
    Series(Document),
}

/// The headers a CSV file may have, for the problem of one that has none.
const HEADERS: &str = "date,group,title,description,source (milestones); entity,year,value,unit,source (series); Entity,Code,Year and one column per indicator (Our World in Data)";

/// The rows of a CSV file, read by the kind its header names: `date` and
/// `title`, milestones; `entity`, `year` and `value`, series; `Entity`,
/// `Year` and another column (not `Code`), Our World in Data's. `None` if
/// its header names none of them (the problems are logged).
fn from_csv(log: &mut Log, text: &str) -> Option<Csv> {
    let mut rows = match Rows::new(text) {
        Ok(rows) => rows,
        Err(err) => {
            log.problem(&format!("line {}", err.line), "", err.message);
            return None;
        }
    };
    let has = |name: &str| rows.column(name).is_some();
    let others = rows
        .header
        .iter()
        .filter(|h| !["entity", "code", "year"].contains(&h.to_ascii_lowercase().as_str()))
        .count();
    if has("date") && has("title") {
        Some(Csv::Milestones(milestone_csv::gather(log, &mut rows)))
    } else if has("entity") && has("year") && has("value") {
        Some(Csv::Series(series_csv::read(log, &mut rows)))
    } else if has("entity") && has("year") && others > 0 {
        Some(Csv::Series(owid::read(log, &mut rows)))
    } else {
        log.problem(
            &format!("line {}", rows.header_line),
            "",
            format!(
                "expected a header naming the columns of one of these: {HEADERS}; found {}",
                quoted(&rows.header.join(","))
            ),
        );
        None
    }
}
