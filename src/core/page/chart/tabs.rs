//! The chart tabs' list as HTML text: one tab button per tab, each found
//! again by its `data-tab`.

use crate::core::chart::options::{ChartId, Tab};
use crate::core::dataset::atlas::Atlas;
use crate::core::page::contract::{Data, Name, Part};
use crate::core::page::html::Html;
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::Strings;

/// The built-in tabs' names of the contract. A series chart's tab has no
/// name of its own here (its slug is made, `series-<n>`): its name is the
/// family's, `series`, and its button is found by its own slug (see
/// [`Part::selector`]).
impl Name for Tab {
    const ALL: &'static [Self] = &Tab::BUILT_IN;

    fn slug(self) -> &'static str {
        match self {
            Tab::Chart(ChartId::Economy) => "economy",
            Tab::Chart(ChartId::Rd) => "rd",
            Tab::Chart(ChartId::Patents) => "patents",
            Tab::Chart(ChartId::ScienceCities) => "science-cities",
            Tab::Chart(ChartId::Series(_)) => "series",
            Tab::Figures => "figures",
        }
    }
}

/// A tab's button, found by its `data-tab`.
impl Part for Tab {
    fn selector(self) -> String {
        Data::Tab.selector(Some(&Tab::slug(self)))
    }
}

/// The tab's name in `lang`: a built-in tab's own, a series chart's its
/// series' title.
pub fn tab_label<'a>(tab: Tab, atlas: &'a Atlas, lang: Lang, s: &'static Strings) -> &'a str {
    match tab {
        Tab::Chart(ChartId::Economy) => s.tab_economy,
        Tab::Chart(ChartId::Rd) => s.tab_rd,
        Tab::Chart(ChartId::Patents) => s.tab_patents,
        Tab::Chart(ChartId::ScienceCities) => s.tab_science,
        Tab::Chart(chart @ ChartId::Series(_)) => chart
            .series_in(atlas)
            .map_or("", |series| series.title.get(lang)),
        Tab::Figures => s.tab_figures,
    }
}

/// The tab buttons of `tabs`, each (tab, label), `selected` the one
/// reached by Tab (the others by the arrow keys).
pub fn tabs_html(tabs: &[(Tab, &str)], selected: Tab) -> String {
    let mut h = Html::new();
    for &(t, label) in tabs {
        let on = t == selected;
        let slug = Tab::slug(t);
        h.element(
            "button",
            &[
                ("type", "button"),
                ("role", "tab"),
                ("id", &format!("tab-{slug}")),
                ("class", "tab"),
                (Data::TestId.slug(), &format!("tab-{slug}")),
                (Data::Tab.slug(), &slug),
                ("aria-controls", "chart-tabpanel"),
                ("aria-selected", if on { "true" } else { "false" }),
                ("tabindex", if on { "0" } else { "-1" }),
            ],
            label,
        );
    }
    h.finish()
}
