//! How a link names the charts' tab: a built-in tab by its slug, a series
//! chart by its series id, marked `series:` where it would otherwise read
//! as another view.

use std::borrow::Cow;

use crate::core::chart::options::Tab;

/// What marks a series chart's name that would otherwise read as another
/// view (`view=series:economy`).
const SERIES_PREFIX: &str = "series:";

/// The tab a link's `view` (or `chart`) names: a built-in tab, or the
/// first with the series id of a series chart (after `series:`, or any
/// name that is not a built-in tab's); `None` for an empty name, or one
/// of the timeline's views.
pub(super) fn read_chart(name: &str) -> Option<(Tab, Option<String>)> {
    if let Some(id) = name.strip_prefix(SERIES_PREFIX) {
        return (!id.is_empty()).then(|| (Tab::FIRST, Some(id.to_string())));
    }
    if let Some(tab) = Tab::built_in(name) {
        return Some((tab, None));
    }
    (!name.is_empty() && !matches!(name, "timeline" | "list"))
        .then(|| (Tab::FIRST, Some(name.to_string())))
}

/// The name of the series chart of series `id`: the id itself, or
/// `series:<id>` where the id alone would read as something else (a
/// built-in tab, `timeline`, `list`, or a name that starts `series:`).
pub(super) fn series_chart_name(id: &str) -> Cow<'_, str> {
    if read_chart(id) == Some((Tab::FIRST, Some(id.to_string()))) {
        id.into()
    } else {
        format!("{SERIES_PREFIX}{id}").into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_series_chart_is_named_so_that_it_reads_back() {
        for id in [
            "manuscripts",
            "economy",
            "figures",
            "timeline",
            "list",
            "series:x",
            "series-0",
        ] {
            let name = series_chart_name(id);
            assert_eq!(
                read_chart(&name),
                Some((Tab::FIRST, Some(id.to_string()))),
                "{name}"
            );
        }
        assert_eq!(series_chart_name("manuscripts"), "manuscripts");
        assert_eq!(series_chart_name("economy"), "series:economy");
        assert_eq!(series_chart_name("series:x"), "series:series:x");
        assert_eq!(
            read_chart("rd"),
            Some((Tab::built_in("rd").unwrap_or_default(), None))
        );
        assert_eq!(read_chart(""), None);
        assert_eq!(read_chart("series:"), None);
    }
}
