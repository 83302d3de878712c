//! The sources of an imported file. A file rarely names its sources the way
//! the atlas needs them, yet every event must cite one: the file itself is
//! a source (without an address), and each distinct source a row names (an
//! `http(s)` address, or a title) becomes one more.

use crate::core::index::first_occurrences;
use crate::core::model::{Citation, Source};
use crate::core::text::Text;

/// The publisher given to the file, and to sources a row names by title.
const PUBLISHER: &str = "Imported file";

/// The source a row names in its `source` cell, if any.
#[derive(Clone, Debug, PartialEq)]
pub enum Cited {
    /// An `http(s)` address.
    Address(String),
    /// A title, without an address.
    Title(String),
}

impl Cited {
    /// Reads a `source` cell: an `http(s)` address (as validation requires
    /// one: no white space), a title, or nothing.
    pub fn from_cell(source: &str) -> Option<Self> {
        let source = source.trim();
        if (source.starts_with("https://") || source.starts_with("http://"))
            && !source.contains(char::is_whitespace)
        {
            Some(Cited::Address(source.to_string()))
        } else if source.is_empty() {
            None
        } else {
            Some(Cited::Title(source.to_string()))
        }
    }

    /// What makes two rows cite the same source: the kind, and the text.
    fn key(&self) -> (&str, &str) {
        match self {
            Cited::Address(url) => ("url", url),
            Cited::Title(title) => ("title", title),
        }
    }
}

/// Builds the sources of the file `name` (titled `file_title`) from what
/// its rows cite.
///
/// Returns the sources and, for each row, its citation. Rows citing nothing
/// cite the file itself; sources come in order of first citation.
pub fn build(
    name: &str,
    file_title: &str,
    rows: &[Option<Cited>],
) -> (Vec<Source>, Vec<Vec<Citation>>) {
    let keys: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| r.as_ref().map_or(("file", ""), Cited::key))
        .collect();
    let first = first_occurrences(&keys);
    let supports = Text::en(format!("What the imported file {name} states"));
    let mut sources: Vec<Source> = Vec::new();
    // The source id of each row that cites a source first.
    let mut ids: Vec<Option<String>> = vec![None; rows.len()];
    let mut named = 0;
    for (i, row) in rows.iter().enumerate() {
        if first.get(i) != Some(&i) {
            continue;
        }
        let mut next_id = || {
            named += 1;
            format!("source-{named}")
        };
        let (id, title, publisher, url) = match row {
            None => ("file".to_string(), file_title, PUBLISHER, ""),
            Some(Cited::Address(url)) => (next_id(), url.as_str(), host(url), url.as_str()),
            Some(Cited::Title(title)) => (next_id(), title.as_str(), PUBLISHER, ""),
        };
        sources.push(Source {
            id: id.clone(),
            title: Text::en(title),
            publisher: Text::en(publisher),
            url: url.to_string(),
            date: None,
            supports: supports.clone(),
        });
        if let Some(slot) = ids.get_mut(i) {
            *slot = Some(id);
        }
    }
    let citations = first
        .iter()
        .map(|&f| {
            let source = ids.get(f).cloned().flatten().unwrap_or_default();
            vec![Citation {
                source,
                quote: None,
                note: None,
            }]
        })
        .collect();
    (sources, citations)
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
        let rows = [
            Cited::from_cell(" https://example.org/a?x=1 "),
            Cited::from_cell(""),
            Cited::from_cell("https://example.org/a?x=1"),
            Cited::from_cell("javascript:alert(1)"),
            Cited::from_cell("https://has space.org/"),
        ];
        let (sources, citations) = build("f.csv", "f", &rows);
        let shown: Vec<(&str, &str, &str, &str)> = sources
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
        let cited: Vec<&str> = citations.iter().map(|c| c[0].source.as_str()).collect();
        assert_eq!(
            cited,
            ["source-1", "file", "source-1", "source-2", "source-3"]
        );
    }
}
