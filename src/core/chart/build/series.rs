//! A series chart: a series no built-in chart draws, one line per entity
//! over its years.

use super::shared::*;
use crate::core::chart::options::*;
use crate::core::chart::view::*;
use crate::core::dataset::index::hash::first_occurrences;
use crate::core::dataset::model::Series;
use crate::core::text::unit::Unit;

/// The view of the series chart `id` of `series`: its entities, in the
/// order they first appear, each keeping its colour whatever is shown;
/// an entity of a cluster the reader hides is left out, one of no cluster
/// always shown.
pub(super) fn series_chart(cx: &Cx, id: ChartId, series: &Series) -> ChartView {
    let (title, unit, notes) = series_meta(cx, &series.id);
    let keys: Vec<(&str, &str)> = series
        .points
        .iter()
        .map(|p| (p.entity.as_str(), ""))
        .collect();
    let entities: Vec<(usize, String)> = first_occurrences(&keys)
        .into_iter()
        .enumerate()
        .filter(|(at, first)| at == first)
        .filter_map(|(at, _)| keys.get(at).map(|(entity, _)| *entity))
        .enumerate()
        .filter(|(_, entity)| {
            cx.atlas
                .entity(entity)
                .and_then(|e| e.cluster.as_deref())
                .is_none_or(|c| cx.filters.shows_cluster(c))
        })
        .map(|(style, entity)| (style, entity.to_string()))
        .collect();
    let mut lines = entity_series(cx, &series.id, &entities);
    lines.retain(|line| !line.points.is_empty());
    let mut view = view(
        cx,
        id,
        Draft {
            kind: ChartKind::Lines,
            title,
            slug: "series",
            unit,
            series: lines,
            notes,
        },
    );
    view.slug = file_slug(&series.id);
    view.joined = true;
    view
}

/// The view of a series chart `atlas` lacks: nothing to draw, as a link
/// to a chart of another dataset finds it.
pub(super) fn absent(cx: &Cx, id: ChartId) -> ChartView {
    view(
        cx,
        id,
        Draft {
            kind: ChartKind::Lines,
            title: String::new(),
            slug: "series",
            unit: Unit::Custom(String::new()),
            series: Vec::new(),
            notes: Vec::new(),
        },
    )
}

/// A series id as a file name's part: ASCII letters and digits kept (in
/// lower case), every other run of characters one `-`; `series` if
/// nothing is left.
pub(crate) fn file_slug(id: &str) -> String {
    let mut slug = String::new();
    for c in id.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "series".to_string()
    } else {
        slug.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::file_slug;

    #[test]
    fn a_file_slug_keeps_letters_and_digits() {
        assert_eq!(
            file_slug("Manuscripts per century"),
            "manuscripts-per-century"
        );
        assert_eq!(file_slug("--a__b--"), "a-b");
        assert_eq!(file_slug("書籍"), "series");
        assert_eq!(file_slug(""), "series");
    }
}
