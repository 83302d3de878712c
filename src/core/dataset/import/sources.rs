//! The sources of an imported file. A file rarely names its sources the way
//! the atlas needs them, yet every event must cite one: the file itself is
//! a source (without an address), and each distinct source a row names (an
//! `http(s)` address, or a title) becomes one more.

use std::sync::Arc;

use crate::core::dataset::index::numbering::Numbering;
use crate::core::dataset::model::{Citation, Source};
use crate::core::text::bilingual::Text;

/// The publisher given to the file, and to sources a row names by title.
const PUBLISHER: &str = "Imported file";

/// The sources of one file, gathered while its rows are read.
pub struct Sources {
    /// What every source supports: what the file states.
    supports: Text,
    /// The file's title (its name without extension).
    file_title: String,
    /// Each distinct source cited, numbered by its position in `list`.
    cited: Numbering,
    /// The sources, in order of first citation.
    list: Vec<Source>,
    /// The citation of each source in `list`, shared by the events citing
    /// it.
    citations: Vec<Arc<[Citation]>>,
    /// How many sources named by a row there are (all but the file).
    named: usize,
}

impl Sources {
    /// No sources yet, for the file `name` titled `file_title`.
    pub fn new(name: &str, file_title: &str) -> Self {
        Sources {
            supports: Text::en(format!("What the imported file {name} states")),
            file_title: file_title.to_string(),
            cited: Numbering::default(),
            list: Vec::new(),
            citations: Vec::new(),
            named: 0,
        }
    }

    /// The number of the source a row cites (for [`Sources::citations`]),
    /// its `source` cell being `cell` (trimmed): an `http(s)` address (as
    /// validation requires one: no white space), a title, or, when empty,
    /// the file itself. Rows citing the same address or title cite one
    /// source.
    pub fn cite(&mut self, cell: &str) -> usize {
        let (number, new) = self.cited.name(cell);
        if new {
            let address = (cell.starts_with("https://") || cell.starts_with("http://"))
                && !cell.contains(char::is_whitespace);
            let (id, title, publisher, url) = if cell.is_empty() {
                ("file".to_string(), self.file_title.as_str(), PUBLISHER, "")
            } else if address {
                (self.next_id(), cell, host(cell), cell)
            } else {
                (self.next_id(), cell, PUBLISHER, "")
            };
            self.citations.push(Arc::new([Citation {
                source: id.clone(),
                quote: None,
                note: None,
            }]));
            self.list.push(Source {
                id,
                title: Text::en(title),
                publisher: Text::en(publisher),
                url: url.to_string(),
                date: None,
                supports: self.supports.clone(),
                read_at: None,
            });
        }
        number
    }

    /// The citations of an event citing the source numbered `number` by
    /// [`Sources::cite`]: that source's, shared.
    pub fn citations(&self, number: usize) -> Arc<[Citation]> {
        self.citations.get(number).cloned().unwrap_or_default()
    }

    /// The id of the next source a row names: `source-1`, `source-2`...
    fn next_id(&mut self) -> String {
        self.named += 1;
        format!("source-{}", self.named)
    }

    /// The sources, in order of first citation.
    pub fn into_list(self) -> Vec<Source> {
        self.list
    }
}

/// The host of an `http(s)` address ("example.org").
fn host(url: &str) -> &str {
    let rest = url.split_once("//").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    if host.is_empty() { url } else { host }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_source_per_address_or_title_and_the_file_for_the_rest() {
        let mut sources = Sources::new("f.csv", "f");
        let cited: Vec<String> = [
            "https://example.org/a?x=1",
            "",
            "https://example.org/a?x=1",
            "javascript:alert(1)",
            "https://has space.org/",
            "",
        ]
        .into_iter()
        .map(|cell| sources.cite(cell))
        .collect::<Vec<usize>>()
        .into_iter()
        .map(|number| sources.citations(number)[0].source.clone())
        .collect();
        assert_eq!(
            cited,
            [
                "source-1", "file", "source-1", "source-2", "source-3", "file"
            ]
        );
        let list = sources.into_list();
        let shown: Vec<(&str, &str, &str, &str)> = list
            .iter()
            .map(|s| {
                (
                    s.id.as_str(),
                    s.title.en.as_str(),
                    s.publisher.en.as_str(),
                    s.url.as_str(),
                )
            })
            .collect();
        assert_eq!(
            shown,
            [
                (
                    "source-1",
                    "https://example.org/a?x=1",
                    "example.org",
                    "https://example.org/a?x=1"
                ),
                ("file", "f", "Imported file", ""),
                ("source-2", "javascript:alert(1)", "Imported file", ""),
                ("source-3", "https://has space.org/", "Imported file", ""),
            ]
        );
        assert_eq!(list[0].supports.en, "What the imported file f.csv states");
    }
}
