//! The interface's own words, in English and Simplified Chinese: which
//! strings there are, and the one set of them for a language.

mod en;
pub mod import;
pub mod map;
mod neutral;
pub mod story;
#[cfg(test)]
mod tests;
mod zh;

use crate::core::dataset::atlas::Atlas;
use crate::core::text::bilingual::Lang;

/// Every string of the interface in one language.
#[derive(Debug)]
pub struct Strings {
    /// The app's name.
    pub app_name: &'static str,
    /// Heading of the caveats list, and the introduction's accessible name.
    pub about_data: &'static str,
    /// Heading of the cluster cards when there are three.
    pub clusters_heading: &'static str,
    /// Label before a cluster's members.
    pub members: &'static str,
    /// Summary of the list of stated figures; `{n}` is their number.
    pub stated_figures: &'static str,
    /// Label before the sources of a figure.
    pub source: &'static str,
    /// Heading of the sources section.
    pub sources_heading: &'static str,
    /// Introduction of the sources section; `{n}` is their number.
    pub sources_intro: &'static str,
    /// Introduction of the sources section when there is one.
    pub sources_one: &'static str,
    /// Label before what a source supports.
    pub used_for: &'static str,
    /// Label before a source's publication date.
    pub published: &'static str,
    /// Label before the address of the copy a source was read at.
    pub read_at: &'static str,
    /// Summary of the collapsed list of sources; `{n}` is their number.
    pub all_sources: &'static str,
    /// Label before the line that cites the atlas.
    pub how_to_cite: &'static str,
    /// The citation of a dataset with a version or a date: `{app}`,
    /// `{title}`, `{version}` and `{address}` are filled in.
    pub cite_versioned: &'static str,
    /// The citation of a dataset with neither.
    pub cite_plain: &'static str,
    /// A version with its date: `{v}` and `{date}`.
    pub version_dated: &'static str,
    /// Label before the dataset's licence.
    pub licence: &'static str,
    /// Label before the date the data was last updated.
    pub data_updated: &'static str,
    /// Heading shown when the dataset cannot be read.
    pub dataset_failed: &'static str,
    /// Explanation below that heading.
    pub dataset_failed_help: &'static str,
    /// Heading over the warnings of a dataset that was loaded.
    pub dataset_warnings: &'static str,
    /// The end of a list cut short: "and {n} more".
    pub and_more: &'static str,
    /// Footer text.
    pub footer: &'static str,
    /// The link that skips to the page's content.
    pub skip_to_content: &'static str,
    /// The dark theme switch, and the choice of it for exported images.
    pub dark: &'static str,
    /// The start of the language switch's name for assistive technology
    /// (its visible part follows).
    pub language: &'static str,
    /// The choice of the dark theme for exported images.
    pub dark_image: &'static str,
    /// The Share button.
    pub share: &'static str,
    /// Shown when the link was copied.
    pub link_copied: &'static str,
    /// Shown when the link could not be copied (select it by hand).
    pub copy_by_hand: &'static str,
    /// The Embed button and the heading of its dialog.
    pub embed: &'static str,
    /// Introduction of the embed dialog.
    pub embed_intro: &'static str,
    /// Label of the iframe snippet.
    pub embed_iframe: &'static str,
    /// Label of the script snippet.
    pub embed_script: &'static str,
    /// What the atlas's server must send for the script snippet to work
    /// from another site, and how.
    pub embed_cors: &'static str,
    /// A Copy button.
    pub copy: &'static str,
    /// Shown when a snippet was copied.
    pub snippet_copied: &'static str,
    /// Shown when a snippet could not be copied.
    pub copy_snippet_by_hand: &'static str,
    /// Link from an embedded view to the full atlas.
    pub open_full: &'static str,
    /// Chart title: `{title}` by cluster.
    pub title_by_cluster: &'static str,
    /// Chart title: `{title}` by cluster, stacked.
    pub title_stacked: &'static str,
    /// Chart title: `{title}` as a share of the national total.
    pub title_share: &'static str,
    /// Chart title: `{title}` of the members of cluster `{of}`.
    pub title_members: &'static str,
    /// Chart title: `{title}` of entity `{of}`, the one member standing in
    /// for cluster `{cluster}`.
    pub title_stand_in: &'static str,
    /// Chart title: `{title}` by province.
    pub title_by_province: &'static str,
    /// Chart title: `{title}` by province with the national level.
    pub title_intensity: &'static str,
    /// Chart title of the patents chart.
    pub title_patents: &'static str,
    /// Chart title: `{title}`, rank 1 on top.
    pub title_rank: &'static str,
    /// Series label of cluster `{of}` measured by its one member `{title}`.
    pub label_stands_for: &'static str,
    /// Series label of all patents of cluster `{of}`.
    pub label_all_patents: &'static str,
    /// Series label of invention patents of cluster `{of}`.
    pub label_invention_patents: &'static str,
    /// How shares of national GDP are computed.
    pub share_note: &'static str,
    /// Read-out of a listed entity without a value.
    pub no_value: &'static str,
    /// Read-out: `{n}` is the value exactly as stored, in its source's unit.
    pub readout_exact: &'static str,
    /// Read-out of a stacked chart: `{n}` is the total of the stack.
    pub readout_total: &'static str,
    /// Heading of the timeline section.
    pub timeline_heading: &'static str,
    /// Introduction of the timeline.
    pub timeline_intro: &'static str,
    /// How to use the timeline.
    pub timeline_help: &'static str,
    /// Name of the lane of national events.
    pub national_lane: &'static str,
    /// The lane of an imported file's milestones that name no group.
    pub other_lane: &'static str,
    /// Label of the milestone search.
    pub search_label: &'static str,
    /// Button: timeline view.
    pub view_timeline: &'static str,
    /// Button: list view.
    pub view_list: &'static str,
    /// Button: zoom in.
    pub zoom_in: &'static str,
    /// Button: zoom out.
    pub zoom_out: &'static str,
    /// Button: show the whole span.
    pub zoom_fit: &'static str,
    /// Button: previous milestone.
    pub previous: &'static str,
    /// Button: next milestone.
    pub next: &'static str,
    /// Button: close.
    pub close: &'static str,
    /// How many milestones are shown; {n} is their number.
    pub milestones_count: &'static str,
    /// One milestone shown.
    pub milestones_one: &'static str,
    /// A group's accessible name; {n} is its size.
    pub group_label: &'static str,
    /// Shown when no milestone matches.
    pub no_milestones: &'static str,
    /// Accessible name of the overview strip.
    pub overview_label: &'static str,
    /// Accessible name of the timeline.
    pub timeline_label: &'static str,
    /// Heading of the charts section.
    pub charts_heading: &'static str,
    /// Introduction of the charts section.
    pub charts_intro: &'static str,
    /// Tab of the economy chart.
    pub tab_economy: &'static str,
    /// Tab of the R&D chart.
    pub tab_rd: &'static str,
    /// Tab of the patents chart.
    pub tab_patents: &'static str,
    /// Tab of the science-cities chart.
    pub tab_science: &'static str,
    /// Tab of the headline figures.
    pub tab_figures: &'static str,
    /// Label of the cluster toggles; the cluster cards' heading when there
    /// are not three.
    pub clusters_label: &'static str,
    /// Label of the year range.
    pub years_label: &'static str,
    /// Label of the first year handle.
    pub from_year: &'static str,
    /// Label of the last year handle.
    pub to_year: &'static str,
    /// The button that shows every year again.
    pub reset_years: &'static str,
    /// Label of the economy chart's modes.
    pub mode_label: &'static str,
    /// Economy mode: lines.
    pub mode_lines: &'static str,
    /// Economy mode: stacked areas.
    pub mode_stacked: &'static str,
    /// Economy mode: share of national GDP.
    pub mode_share: &'static str,
    /// Economy mode: member provinces.
    pub mode_members: &'static str,
    /// Label of the R&D measures.
    pub rd_metric_label: &'static str,
    /// R&D measure: expenditure.
    pub rd_expenditure: &'static str,
    /// R&D measure: intensity.
    pub rd_intensity: &'static str,
    /// Label of the R&D grouping.
    pub grouping_label: &'static str,
    /// Grouping: by cluster.
    pub grouping_cluster: &'static str,
    /// Grouping: by province.
    pub grouping_province: &'static str,
    /// Why intensity is by province only.
    pub intensity_by_province: &'static str,
    /// Accessible name of a legend.
    pub legend_label: &'static str,
    /// Label of the table switch.
    pub table_toggle: &'static str,
    /// Export button: SVG.
    pub download_svg: &'static str,
    /// Export button: PNG.
    pub download_png: &'static str,
    /// Export button: CSV.
    pub download_csv: &'static str,
    /// The timeline's button that downloads the milestones shown as CSV.
    pub download_milestones: &'static str,
    /// Label of the export buttons.
    pub download_label: &'static str,
    /// Shown when an export fails.
    pub download_failed: &'static str,
    /// Shown when a chart cannot be drawn.
    pub chart_failed: &'static str,
    /// Shown when a selection has no data.
    pub no_data: &'static str,
    /// Shown when the chosen years have no data for a chart.
    pub no_data_years: &'static str,
    /// Header of the year column.
    pub year: &'static str,
    /// Heading of a chart's caveats.
    pub notes_label: &'static str,
    /// Introduction of the headline figures.
    pub figures_intro: &'static str,
    /// Heading of figures about the whole country.
    pub national_figures: &'static str,
    /// Accessible description of a chart figure.
    pub chart_label: &'static str,
}

/// The interface strings in `lang`, in the default atlas's words.
pub fn strings(lang: Lang) -> &'static Strings {
    worded(lang, Wording::Atlas)
}

/// Whose words the interface speaks: a few strings name what the default
/// atlas is about ("Timeline of coordination", "Clusters").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Wording {
    /// The default atlas's: its clusters and their coordination.
    #[default]
    Atlas,
    /// Neutral ones, for any other dataset: "Timeline", "Groups".
    Neutral,
}

impl Wording {
    /// The words for `atlas`: its own for the default atlas (see
    /// [`Atlas::bundled`]), neutral ones for any other.
    pub fn of(atlas: &Atlas) -> Wording {
        if atlas.bundled() {
            Wording::Atlas
        } else {
            Wording::Neutral
        }
    }
}

/// The interface strings in `lang`, in `wording`.
pub fn worded(lang: Lang, wording: Wording) -> &'static Strings {
    match (lang, wording) {
        (Lang::En, Wording::Atlas) => &en::EN,
        (Lang::Zh, Wording::Atlas) => &zh::ZH,
        (Lang::En, Wording::Neutral) => &neutral::EN_NEUTRAL,
        (Lang::Zh, Wording::Neutral) => &neutral::ZH_NEUTRAL,
    }
}

impl Strings {
    /// The name of the lane of milestones in no cluster: national events in
    /// the atlas's own data, ungrouped ones in an imported file.
    pub fn lane_without_cluster(&self, atlas: &Atlas) -> &'static str {
        if atlas.imported() {
            self.other_lane
        } else {
            self.national_lane
        }
    }
}

/// Replaces `{n}` in a string with a number.
pub fn with_count(template: &str, n: usize) -> String {
    template.replace("{n}", &n.to_string())
}
