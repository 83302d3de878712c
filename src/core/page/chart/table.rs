//! The exact data of a chart as an HTML table, and its notes and sources.

use crate::core::chart::export::{column_decimals, table_value};
use crate::core::chart::view::ChartView;
use crate::core::chart::year_label::year_label;
use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::index::sort::distinct_sorted;
use crate::core::page::contract::{Data, Name};
use crate::core::page::html::Html;
use crate::core::page::source_links::grouped_source_links_html;
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::Strings;

/// One row per year, one column per series shown, values exactly as stored.
pub fn table_html(view: &ChartView, hidden: &[String], lang: Lang, s: &Strings) -> String {
    let series: Vec<_> = view
        .series
        .iter()
        .filter(|s| !hidden.contains(&s.key))
        .collect();
    let years = distinct_sorted(series.iter().flat_map(|s| s.points.iter().map(|p| p.year)));
    let mut h = Html::new();
    h.open(
        "table",
        &[
            ("class", "chart-table"),
            (Data::TestId.slug(), "chart-table"),
        ],
    );
    let unit = view.unit.label(lang);
    let caption = if unit.is_empty() {
        view.title.clone()
    } else {
        format!("{} ({unit})", view.title)
    };
    h.element("caption", &[], &caption);
    // One number of decimals per column.
    let decimals: Vec<usize> = series
        .iter()
        .map(|sv| column_decimals(sv.points.iter().filter_map(|p| p.value)))
        .collect();
    h.open("thead", &[])
        .open("tr", &[])
        .element("th", &[("scope", "col")], s.year);
    for sv in &series {
        h.element("th", &[("scope", "col")], &sv.label);
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for year in years {
        h.open("tr", &[])
            .element("th", &[("scope", "row")], &year_label(year, lang));
        for (sv, &decimals) in series.iter().zip(&decimals) {
            let point = sv.points.iter().find(|p| p.year == year);
            let note = point.and_then(|p| p.note.as_deref()).unwrap_or_default();
            h.element(
                "td",
                &[("title", note)],
                &table_value(point.and_then(|p| p.value), decimals),
            );
        }
        h.close("tr");
    }
    h.close("tbody").close("table");
    h.finish()
}

/// The chart's caveats (open if `open`) and its source line.
pub fn notes_html(atlas: &Atlas, view: &ChartView, open: bool, lang: Lang, s: &Strings) -> String {
    let mut h = Html::new();
    if !view.notes.is_empty() {
        let attrs = [("class", "chart-notes"), ("open", "")];
        // The last attribute only where the notes start open.
        h.open("details", &attrs[..if open { 2 } else { 1 }])
            .element("summary", &[], s.notes_label)
            .open("ul", &[]);
        for note in &view.notes {
            h.element("li", &[], note);
        }
        h.close("ul").close("details");
    }
    let sources = view.sources();
    if !sources.is_empty() {
        h.open("p", &[("class", "chart-sources")]);
        grouped_source_links_html(&mut h, atlas, &sources, lang, s);
        h.close("p");
    }
    h.finish()
}
