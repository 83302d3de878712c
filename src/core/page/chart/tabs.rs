//! The chart tabs' list as HTML text: one tab button per tab, each found
//! again by its `data-tab`.

use crate::core::chart::options::Tab;
use crate::core::page::contract::{Data, Name, Part};
use crate::core::page::html::Html;

impl Name for Tab {
    const ALL: &'static [Self] = &Tab::ALL;

    fn slug(self) -> &'static str {
        Tab::slug(self)
    }
}

/// A tab's button, found by its `data-tab`.
impl Part for Tab {
    fn selector(self) -> String {
        Data::Tab.selector(Some(Tab::slug(self)))
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
                (Data::Tab.slug(), slug),
                ("aria-controls", "chart-tabpanel"),
                ("aria-selected", if on { "true" } else { "false" }),
                ("tabindex", if on { "0" } else { "-1" }),
            ],
            label,
        );
    }
    h.finish()
}
