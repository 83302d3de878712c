//! The fixed frame of a chart panel, written once: its title, legend,
//! drawing, summary, actions, table and notes, each a part that the
//! panel's effects find again and fill.

use crate::core::chart::options::ChartId;
use crate::core::page::contract::{Data, Name, Part, names};
use crate::core::page::html::Html;
use crate::core::text::strings::Strings;

names! {
    /// The parts of a chart panel that its effects and listeners find.
    pub enum ChartPart {
        /// The chart's name, in its title.
        Name = "chart-name",
        /// The unit of the chart's axis, in its title.
        Unit = "chart-unit",
        /// The legend's list.
        Legend = "legend",
        /// What the pointer and the keyboard read: the drawing and its
        /// overlay.
        Frame = "chart-frame",
        /// The drawing.
        Svg = "chart-svg",
        /// The read-out over the drawing.
        Overlay = "chart-overlay",
        /// Why nothing is drawn.
        Message = "chart-message",
        /// The chart's summary.
        Summary = "chart-summary",
        /// The invisible copy of the longest summary, holding its room.
        SummaryRoom = "chart-summary-room",
        /// What the read-out reads, said by screen readers.
        ReadoutLive = "readout-live",
        /// The table toggle and the downloads.
        Actions = "chart-actions",
        /// The table toggle.
        TableToggle = "table-toggle",
        /// The checkbox asking for dark exports.
        ExportDark = "export-dark",
        /// Whether a download failed.
        Status = "chart-status",
        /// The table's scrolling box.
        TableScroll = "table-scroll",
        /// The chart's notes and sources.
        About = "chart-about",
    }
}

impl Part for ChartPart {
    fn selector(self) -> String {
        // The dark exports' class is their checkbox's label's.
        let input = if self == ChartPart::ExportDark {
            " input"
        } else {
            ""
        };
        format!(".{}{input}", self.slug())
    }
}

names! {
    /// What the panel's buttons do (their `data-action`).
    pub enum ChartAction {
        /// Shows or hides the table.
        Table = "table",
        /// Downloads the chart as SVG.
        Svg = "svg",
        /// Downloads the chart as PNG.
        Png = "png",
        /// Downloads the chart's data as CSV.
        Csv = "csv",
    }
}

/// The fixed parts of the panel of `chart`, empty until its effects fill
/// them.
pub fn frame_html(chart: ChartId, s: &Strings) -> String {
    let slug = chart.slug();
    let title = format!("chart-title-{slug}");
    let summary = format!("chart-summary-{slug}");
    let help = format!("chart-help-{slug}");
    let mut h = Html::new();
    h.open(
        "h3",
        &[
            ("id", &title),
            ("class", "chart-title"),
            (Data::TestId.slug(), "chart-title"),
        ],
    );
    h.element("span", &[("class", ChartPart::Name.slug())], "")
        .text(" ")
        .element("span", &[("class", ChartPart::Unit.slug())], "")
        .close("h3");
    h.element(
        "ul",
        &[
            ("class", ChartPart::Legend.slug()),
            ("aria-label", s.legend_label),
        ],
        "",
    );
    drawing_html(&mut h, &title, &summary, &help);
    h.element(
        "p",
        &[("id", &help), ("class", "visually-hidden")],
        s.chart_label,
    );
    h.element(
        "p",
        &[
            (
                "class",
                &format!("visually-hidden {}", ChartPart::ReadoutLive.slug()),
            ),
            ("aria-live", "polite"),
            (Data::TestId.slug(), "readout-live"),
        ],
        "",
    );
    actions_html(&mut h, "", s);
    h.element("div", &[("class", ChartPart::TableScroll.slug())], "");
    h.element("div", &[("class", ChartPart::About.slug())], "");
    h.finish()
}

/// Writes the drawing's frame (named by the title `title`, described by
/// the summary `summary` and the help `help`) and the summary, over its
/// room.
fn drawing_html(h: &mut Html, title: &str, summary: &str, help: &str) {
    h.open(
        "div",
        &[
            ("class", ChartPart::Frame.slug()),
            ("tabindex", "0"),
            ("role", "img"),
            ("aria-labelledby", title),
            ("aria-describedby", &format!("{summary} {help}")),
            (Data::TestId.slug(), "chart-frame"),
        ],
    );
    h.element(
        "div",
        &[
            ("class", ChartPart::Svg.slug()),
            (Data::TestId.slug(), "chart-svg"),
        ],
        "",
    );
    h.element("div", &[("class", ChartPart::Overlay.slug())], "");
    h.element("p", &[("class", ChartPart::Message.slug())], "");
    h.close("div");
    // The summary sits over an invisible copy of the longest it can be
    // (every series shown), so that hiding a series never moves what
    // follows the chart.
    h.open("div", &[("class", "chart-summary-box")]);
    h.element(
        "p",
        &[
            ("id", summary),
            ("class", ChartPart::Summary.slug()),
            (Data::TestId.slug(), "chart-summary"),
        ],
        "",
    );
    h.element(
        "p",
        &[
            ("class", ChartPart::SummaryRoom.slug()),
            ("aria-hidden", "true"),
        ],
        "",
    );
    h.close("div");
}

/// Writes the table toggle, the downloads and where they report (the
/// chart panels' and the map's, whose test ids begin with `test`).
pub fn actions_html(h: &mut Html, test: &str, s: &Strings) {
    h.open("div", &[("class", ChartPart::Actions.slug())]);
    h.element(
        "button",
        &[
            ("type", "button"),
            (
                "class",
                &format!("toggle {}", ChartPart::TableToggle.slug()),
            ),
            (Data::Action.slug(), ChartAction::Table.slug()),
            (Data::TestId.slug(), &format!("{test}table-toggle")),
            ("aria-pressed", "false"),
        ],
        s.table_toggle,
    );
    h.element(
        "span",
        &[("class", "control-label")],
        &format!("{}:", s.download_label),
    );
    // Exports are light, for paper and most pages, unless asked.
    h.open("label", &[("class", ChartPart::ExportDark.slug())]);
    h.open(
        "input",
        &[
            ("type", "checkbox"),
            (Data::TestId.slug(), &format!("{test}export-dark")),
        ],
    )
    .text(s.dark_image)
    .close("label");
    for (action, label) in [
        (ChartAction::Svg, s.download_svg),
        (ChartAction::Png, s.download_png),
        (ChartAction::Csv, s.download_csv),
    ] {
        h.element(
            "button",
            &[
                ("type", "button"),
                ("class", "button"),
                (
                    Data::TestId.slug(),
                    &format!("{test}download-{}", action.slug()),
                ),
                (Data::Action.slug(), action.slug()),
            ],
            label,
        );
    }
    h.element(
        "span",
        &[("class", ChartPart::Status.slug()), ("role", "status")],
        "",
    );
    h.close("div");
}
