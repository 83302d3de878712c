//! Links from a figure to the entries of its sources.

use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::model::Source;
use crate::core::page::html::Html;
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::Strings;

/// What the anchor of every source's entry starts with.
const ANCHOR_PREFIX: &str = "source-";

/// The anchor of a source's entry in the sources section.
pub fn source_anchor(id: &str) -> String {
    format!("{ANCHOR_PREFIX}{id}")
}

/// Whether `id` is the anchor of a source's entry.
pub fn is_source_anchor(id: &str) -> bool {
    id.starts_with(ANCHOR_PREFIX)
}

/// The in-page address of a source's entry.
fn entry_href(source: &Source) -> String {
    format!("#{}", source_anchor(&source.id))
}

/// Opens the list of a figure's or a chart's sources, after its label.
fn open_links(h: &mut Html, s: &Strings) {
    h.open("span", &[("class", "source-links")]);
    h.element(
        "span",
        &[("class", "source-label")],
        &format!("{}: ", s.source),
    );
}

/// Writes "Source: `<title>`; `<title>`", each linking to the source's entry.
pub fn source_links_html(h: &mut Html, atlas: &Atlas, ids: &[String], lang: Lang, s: &Strings) {
    open_links(h, s);
    for source in ids.iter().filter_map(|id| atlas.source(id)) {
        let title = source.title.get(lang);
        h.element(
            "a",
            &[
                ("class", "source-link"),
                ("href", &entry_href(source)),
                ("title", title),
            ],
            title,
        );
    }
    h.close("span");
}

/// Writes the sources of a whole chart, grouped by publisher: a publisher
/// with one source links its title; one with several (a yearbook table per
/// year) links each by number, its title in the link's accessible name.
pub fn grouped_source_links_html(
    h: &mut Html,
    atlas: &Atlas,
    ids: &[String],
    lang: Lang,
    s: &Strings,
) {
    let sources: Vec<_> = ids.iter().filter_map(|id| atlas.source(id)).collect();
    let mut publishers: Vec<&str> = Vec::new();
    for source in &sources {
        let publisher = source.publisher.get(lang);
        if !publishers.contains(&publisher) {
            publishers.push(publisher);
        }
    }
    open_links(h, s);
    for publisher in publishers {
        let group: Vec<_> = sources
            .iter()
            .filter(|src| src.publisher.get(lang) == publisher)
            .collect();
        h.open("span", &[("class", "source-group")]);
        if let [only] = group.as_slice() {
            let title = only.title.get(lang);
            h.element(
                "a",
                &[
                    ("class", "source-link"),
                    ("href", &entry_href(only)),
                    ("title", title),
                ],
                title,
            );
        } else {
            h.text(&format!("{publisher} "));
            for (n, source) in group.iter().enumerate() {
                let title = source.title.get(lang);
                let number = format!("[{}]", n + 1);
                // The accessible name starts with what is seen.
                let name = format!("{number} {title}");
                h.element(
                    "a",
                    &[
                        ("class", "source-number"),
                        ("href", &entry_href(source)),
                        ("title", title),
                        ("aria-label", &name),
                    ],
                    &number,
                );
            }
        }
        h.close("span");
    }
    h.close("span");
}
