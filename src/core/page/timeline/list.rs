//! The milestones as a list: chronological, grouped by year.

use super::{TimelinePart, lane_name};
use crate::core::dataset::atlas::Atlas;
use crate::core::page::contract::{Data, Name};
use crate::core::page::html::Html;
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::Strings;
use crate::core::time::date::Date;

/// The milestones `shown` as a list, `selected` marked as current.
pub fn list_html(
    atlas: &Atlas,
    shown: &[usize],
    selected: Option<usize>,
    lang: Lang,
    s: &Strings,
) -> String {
    let mut h = Html::new();
    let mut year = None;
    for &i in shown {
        let Some(m) = atlas.milestones().get(i) else {
            continue;
        };
        if year != Some(m.date.year()) {
            if year.is_some() {
                h.close("ol").close("section");
            }
            year = Some(m.date.year());
            h.open("section", &[("class", "tl-year")]);
            h.element("h4", &[], &Date::year_only(m.date.year()).display(lang));
            h.open("ol", &[]);
        }
        let current = if selected == Some(i) { "true" } else { "false" };
        h.open("li", &[]);
        h.open(
            "button",
            &[
                ("type", "button"),
                ("class", TimelinePart::ListItem.slug()),
                (Data::Id.slug(), &i.to_string()),
                (Data::TestId.slug(), "list-milestone"),
                ("aria-current", current),
            ],
        );
        h.element("span", &[("class", "tl-list-date")], &m.when(lang));
        h.element(
            "span",
            &[("class", "tl-list-lane")],
            &lane_name(atlas, m, lang, s),
        );
        h.element("span", &[("class", "tl-list-title")], m.title.get(lang));
        h.close("button").close("li");
    }
    if year.is_some() {
        h.close("ol").close("section");
    }
    h.finish()
}
