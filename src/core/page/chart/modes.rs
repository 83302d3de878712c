//! The charts' own controls as HTML text: the economy chart's modes and
//! the R&D chart's measure and grouping, as groups of radio buttons (and
//! a menu).

use crate::core::chart::options::{ChartId, EconomyMode, Grouping, RdMetric};
use crate::core::dataset::atlas::Atlas;
use crate::core::page::contract::{Data, Name, Part, names};
use crate::core::page::html::Html;
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::Strings;

names! {
    /// The parts of a chart's modes that their effect finds.
    pub enum ModesPart {
        /// The element that holds them, before the chart's panel.
        Modes = "chart-modes",
        /// Why the grouping is disabled (R&D intensity is by province).
        Note = "mode-note",
        /// The menu of the cluster whose members are shown (its data
        /// attribute).
        Members = "data-members",
    }
}

impl Part for ModesPart {
    fn selector(self) -> String {
        match self {
            ModesPart::Members => Data::Members.selector(None),
            _ => format!(".{}", self.slug()),
        }
    }
}

names! {
    /// A group of radio buttons: its `name`, and the first half of the
    /// `data-choice` of each of its buttons (`group=value`).
    pub enum ModeGroup {
        /// The economy chart's mode.
        EconomyMode = "economy-mode",
        /// The R&D chart's measure.
        RdMetric = "rd-metric",
        /// The R&D chart's grouping.
        RdGrouping = "rd-grouping",
    }
}

impl ModeGroup {
    /// The `data-choice` of the group's button for `value`.
    pub fn choice(self, value: &str) -> String {
        format!("{}={value}", self.slug())
    }

    /// The group and value of a button's `data-choice`.
    pub fn of_choice(choice: &str) -> Option<(ModeGroup, &str)> {
        let (group, value) = choice.split_once('=')?;
        Some((ModeGroup::from_slug(group)?, value))
    }
}

/// Writes a group of radio buttons, styled as a segmented control;
/// `choices` are (value, label).
fn choice_html(h: &mut Html, group: ModeGroup, legend: &str, choices: &[(&str, &str)]) {
    let name = group.slug();
    h.open("fieldset", &[("class", "choice")])
        .element("legend", &[("class", "control-label")], legend)
        .open("div", &[("class", "segments")]);
    for (value, label) in choices {
        h.open("label", &[("class", "segment")]);
        h.open(
            "input",
            &[
                ("type", "radio"),
                ("name", name),
                ("value", value),
                (Data::Choice.slug(), &group.choice(value)),
                (Data::TestId.slug(), &format!("{name}-{value}")),
            ],
        );
        h.element("span", &[], label).close("label");
    }
    h.close("div").close("fieldset");
}

/// The modes of `chart`: for the economy chart its mode (lines, stacked,
/// share of national, or members of one cluster), for the R&D chart its
/// measure (expenditure or intensity) and grouping (by cluster or by
/// province); nothing for the others.
pub fn modes_html(atlas: &Atlas, chart: ChartId, lang: Lang, s: &Strings) -> String {
    let mut h = Html::new();
    match chart {
        ChartId::Economy => {
            let labels = [s.mode_lines, s.mode_stacked, s.mode_share, s.mode_members];
            let choices: Vec<(&str, &str)> = EconomyMode::ALL
                .iter()
                .map(|m| m.slug())
                .zip(labels)
                .collect();
            choice_html(&mut h, ModeGroup::EconomyMode, s.mode_label, &choices);
            h.open(
                "select",
                &[
                    ("class", "select"),
                    (Data::TestId.slug(), "members-of"),
                    (Data::Members.slug(), ""),
                    ("aria-label", s.mode_members),
                ],
            );
            for c in atlas.clusters() {
                h.element("option", &[("value", &c.id)], c.name.get(lang));
            }
            h.close("select");
        }
        ChartId::Rd => {
            let metrics: Vec<(&str, &str)> = RdMetric::ALL
                .iter()
                .map(|m| m.slug())
                .zip([s.rd_expenditure, s.rd_intensity])
                .collect();
            let groupings: Vec<(&str, &str)> = Grouping::ALL
                .iter()
                .map(|g| g.slug())
                .zip([s.grouping_cluster, s.grouping_province])
                .collect();
            choice_html(&mut h, ModeGroup::RdMetric, s.rd_metric_label, &metrics);
            choice_html(&mut h, ModeGroup::RdGrouping, s.grouping_label, &groupings);
            h.element(
                "p",
                &[("class", ModesPart::Note.slug()), ("hidden", "")],
                s.intensity_by_province,
            );
        }
        _ => {}
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_choice_reads_back_as_its_group_and_value() {
        let choice = ModeGroup::RdMetric.choice("intensity");
        assert_eq!(choice, "rd-metric=intensity");
        assert_eq!(
            ModeGroup::of_choice(&choice),
            Some((ModeGroup::RdMetric, "intensity"))
        );
        assert_eq!(ModeGroup::of_choice("other=x"), None);
        assert_eq!(ModeGroup::of_choice("rd-metric"), None);
    }
}
