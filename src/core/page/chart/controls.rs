//! The controls every chart shares, as HTML text: one toggle per cluster
//! and the year range's two handles, its track and its reset button.

use crate::core::chart::view::Role;
use crate::core::dataset::atlas::Atlas;
use crate::core::page::chart::swatch::swatch_html;
use crate::core::page::contract::{Data, Name, Part, names};
use crate::core::page::html::Html;
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::Strings;

names! {
    /// The parts of the year range that its effect and listener find.
    pub enum ControlsPart {
        /// The years shown, as text.
        Output = "output",
        /// The track the handles run on.
        Track = "range-track",
        /// The button that shows every year.
        Reset = "range-reset",
    }
}

impl Part for ControlsPart {
    fn selector(self) -> String {
        match self {
            // The only `output` element of the controls.
            ControlsPart::Output => self.slug().to_string(),
            _ => format!(".{}", self.slug()),
        }
    }
}

names! {
    /// A handle of the year range (its `data-year`).
    pub enum Handle {
        /// The first year shown.
        From = "from",
        /// The last year shown.
        To = "to",
    }
}

impl Part for Handle {
    fn selector(self) -> String {
        Data::Year.selector(Some(self.slug()))
    }
}

/// One toggle button per cluster, then two handles, each a native range
/// input (keyboard-operable), for the first and last year (their bounds
/// are set with the tab), and a button that shows every year.
/// Without `years`, only the toggles; `prefix` keeps ids unique when the
/// page has two sets.
pub fn controls_html(atlas: &Atlas, years: bool, prefix: &str, lang: Lang, s: &Strings) -> String {
    let label = format!("{prefix}cluster-toggles-label");
    let mut h = Html::new();
    h.open(
        "div",
        &[
            ("class", "control"),
            ("role", "group"),
            ("aria-labelledby", &label),
        ],
    );
    h.element(
        "span",
        &[("id", &label), ("class", "control-label")],
        s.clusters_label,
    );
    h.open("div", &[("class", "toggles")]);
    for (style, cluster) in atlas.clusters().iter().enumerate() {
        h.open(
            "button",
            &[
                ("type", "button"),
                ("class", "toggle"),
                (
                    Data::TestId.slug(),
                    &format!("cluster-toggle-{}", cluster.id),
                ),
                (Data::Cluster.slug(), &cluster.id),
                ("aria-pressed", "false"),
            ],
        );
        swatch_html(&mut h, style, Role::Main);
        h.text(cluster.name.get(lang)).close("button");
    }
    h.close("div").close("div");
    if years {
        years_html(&mut h, s);
    }
    h.finish()
}

/// Writes the year range: the years shown, the reset button, and the two
/// handles on their track.
fn years_html(h: &mut Html, s: &Strings) {
    h.open(
        "div",
        &[
            ("class", "control year-range"),
            ("role", "group"),
            ("aria-labelledby", "year-range-label"),
        ],
    );
    h.open("div", &[("class", "range-head")]);
    h.open(
        "span",
        &[("id", "year-range-label"), ("class", "control-label")],
    );
    h.text(&format!("{}: ", s.years_label));
    h.element(
        ControlsPart::Output.slug(),
        &[(Data::TestId.slug(), "year-range-value")],
        "",
    );
    h.close("span");
    h.element(
        "button",
        &[
            ("type", "button"),
            ("class", ControlsPart::Reset.slug()),
            (Data::Reset.slug(), ""),
            (Data::TestId.slug(), "year-reset"),
            ("hidden", ""),
        ],
        s.reset_years,
    );
    h.close("div");
    // A click on the track moves the nearer handle.
    h.open(
        "div",
        &[
            ("class", ControlsPart::Track.slug()),
            (Data::Track.slug(), ""),
        ],
    );
    for (end, label) in [(Handle::From, s.from_year), (Handle::To, s.to_year)] {
        h.open(
            "input",
            &[
                ("type", "range"),
                (Data::TestId.slug(), &format!("year-{}", end.slug())),
                (Data::Year.slug(), end.slug()),
                ("step", "1"),
                ("aria-label", label),
            ],
        );
    }
    h.close("div").close("div");
}
