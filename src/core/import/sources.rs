//! The sources of an imported file. A file rarely names its sources the way
//! the atlas needs them, yet every value and event must cite one: the file
//! itself is a source (without an address), and each distinct source an
//! imported row names (an `http(s)` address, or a title) becomes one more.

use crate::core::index::first_occurrences;
use crate::core::model::{Citation, Source};
use crate::core::text::Text;

/// The publisher given to sources an imported file names.
pub const PUBLISHER: &str = "Imported file";

/// What a row says about its source: titles and addresses, possibly none.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cited {
    /// (title, address) pairs; either may be empty, not both.
    pub parts: Vec<(String, String)>,
}

/// Whether `text` is an `http://` or `https://` address without white
/// space, as validation requires of a source's address.
fn http_url(text: &str) -> bool {
    (text.starts_with("https://") || text.starts_with("http://"))
        && !text.contains(char::is_whitespace)
}

impl Cited {
    /// Reads a `source` cell: an `http(s)` address, or a title.
    pub fn from_cell(source: &str) -> Self {
        let source = source.trim();
        let mut parts = Vec::new();
        if http_url(source) {
            parts.push((String::new(), source.to_string()));
        } else if !source.is_empty() {
            parts.push((source.to_string(), String::new()));
        }
        Cited { parts }
    }
}

/// Builds the sources of a file from what its rows cite.
///
/// Returns the sources and, for each row, its citations. Rows citing
/// nothing cite the file itself; sources are keyed by address (or, without
/// one, by title) and come in order of first citation.
pub fn build(name: &str, file_title: &str, rows: &[Cited]) -> (Vec<Source>, Vec<Vec<Citation>>) {
    // A source is its address or, without one, its title.
    let keys: Vec<(&str, &str)> = rows
        .iter()
        .flat_map(|r| &r.parts)
        .map(|(title, url)| {
            if url.is_empty() {
                ("title", title.as_str())
            } else {
                ("url", url.as_str())
            }
        })
        .collect();
    let first = first_occurrences(&keys);
    let all: Vec<&(String, String)> = rows.iter().flat_map(|r| &r.parts).collect();
    let supports = Text::en(format!("What the imported file {name} states"));
    let mut sources: Vec<Source> = Vec::new();
    // The source id of each distinct key, at its first position.
    let mut ids: Vec<Option<String>> = vec![None; all.len()];
    let file_cited = rows.iter().any(|r| r.parts.is_empty());
    if file_cited {
        sources.push(Source {
            id: "file".to_string(),
            title: Text::en(file_title),
            publisher: Text::en(PUBLISHER),
            url: String::new(),
            date: None,
            supports: supports.clone(),
        });
    }
    for (i, &(title, url)) in all.iter().enumerate() {
        if first.get(i) != Some(&i) {
            continue;
        }
        let id = format!("source-{}", sources.len() + usize::from(!file_cited));
        let shown = if title.is_empty() { url } else { title };
        let publisher = if url.is_empty() {
            PUBLISHER.to_string()
        } else {
            host(url).to_string()
        };
        sources.push(Source {
            id: id.clone(),
            title: Text::en(shown.clone()),
            publisher: Text::en(publisher),
            url: url.clone(),
            date: None,
            supports: supports.clone(),
        });
        if let Some(slot) = ids.get_mut(i) {
            *slot = Some(id);
        }
    }
    let mut citations = Vec::with_capacity(rows.len());
    let mut at = 0;
    for row in rows {
        let mut cited = Vec::new();
        if row.parts.is_empty() {
            cited.push(citation("file"));
        }
        for _ in &row.parts {
            let id = first
                .get(at)
                .and_then(|&f| ids.get(f))
                .and_then(Option::as_deref)
                .unwrap_or("file");
            if !cited.iter().any(|c: &Citation| c.source == id) {
                cited.push(citation(id));
            }
            at += 1;
        }
        citations.push(cited);
    }
    (sources, citations)
}

fn citation(id: &str) -> Citation {
    Citation {
        source: id.to_string(),
        quote: None,
        note: None,
    }
}

/// The host of an `http(s)` address ("example.org").
fn host(url: &str) -> &str {
    let rest = url.split_once("//").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    if host.is_empty() { url } else { host }
}
