//! Both languages fill every string of the interface, in both wordings;
//! `{n}` is filled in; the default atlas speaks its own words, any other
//! dataset neutral ones.

use super::*;
use crate::core::dataset::bundled::{DEFAULT_JSON, default_atlas};
use crate::core::dataset::load::load_json;

#[test]
fn both_languages_fill_every_string() {
    let wordings = [Wording::Atlas, Wording::Neutral];
    for (lang, wording) in [Lang::En, Lang::Zh]
        .into_iter()
        .flat_map(|l| wordings.map(|w| (l, w)))
    {
        let s = worded(lang, wording);
        let all = [
            s.app_name,
            s.about_data,
            s.clusters_heading,
            s.members,
            s.stated_figures,
            s.source,
            s.sources_heading,
            s.sources_intro,
            s.sources_one,
            s.used_for,
            s.published,
            s.read_at,
            s.all_sources,
            s.how_to_cite,
            s.cite_versioned,
            s.cite_plain,
            s.version_dated,
            s.licence,
            s.data_updated,
            s.dataset_failed,
            s.dataset_failed_help,
            s.dataset_warnings,
            s.and_more,
            s.footer,
            s.share,
            s.link_copied,
            s.copy_by_hand,
            s.embed,
            s.embed_intro,
            s.embed_iframe,
            s.embed_script,
            s.embed_cors,
            s.copy,
            s.snippet_copied,
            s.copy_snippet_by_hand,
            s.open_full,
            s.title_by_cluster,
            s.title_stacked,
            s.title_share,
            s.title_members,
            s.title_stand_in,
            s.title_by_province,
            s.title_intensity,
            s.title_patents,
            s.title_rank,
            s.label_stands_for,
            s.label_all_patents,
            s.label_invention_patents,
            s.share_note,
            s.no_value,
            s.readout_exact,
            s.readout_total,
            s.timeline_heading,
            s.timeline_intro,
            s.timeline_help,
            s.national_lane,
            s.other_lane,
            s.search_label,
            s.view_timeline,
            s.view_list,
            s.zoom_in,
            s.zoom_out,
            s.zoom_fit,
            s.previous,
            s.next,
            s.close,
            s.milestones_count,
            s.milestones_one,
            s.group_label,
            s.no_milestones,
            s.overview_label,
            s.timeline_label,
            s.charts_heading,
            s.charts_intro,
            s.tab_economy,
            s.tab_rd,
            s.tab_patents,
            s.tab_science,
            s.tab_figures,
            s.clusters_label,
            s.years_label,
            s.from_year,
            s.to_year,
            s.reset_years,
            s.mode_label,
            s.mode_lines,
            s.mode_stacked,
            s.mode_share,
            s.mode_members,
            s.rd_metric_label,
            s.rd_expenditure,
            s.rd_intensity,
            s.grouping_label,
            s.grouping_cluster,
            s.grouping_province,
            s.intensity_by_province,
            s.legend_label,
            s.table_toggle,
            s.download_svg,
            s.download_png,
            s.download_csv,
            s.download_label,
            s.download_failed,
            s.chart_failed,
            s.no_data,
            s.no_data_years,
            s.year,
            s.notes_label,
            s.figures_intro,
            s.national_figures,
            s.chart_label,
        ];
        assert!(all.iter().all(|t| !t.trim().is_empty()));
    }
    assert_eq!(
        with_count(en::EN.stated_figures, 3),
        "Figures stated by officials and media (3)"
    );
}

#[test]
fn the_default_atlas_speaks_its_own_words_and_any_other_dataset_neutral_ones() {
    let default = default_atlas().expect("the default dataset validates");
    // The same file brought by a reader is a dataset like any other.
    let brought = load_json(DEFAULT_JSON).expect("the default dataset validates");
    assert!(default.bundled() && !brought.bundled());
    assert_eq!(Wording::of(&default), Wording::Atlas);
    assert_eq!(Wording::of(&brought), Wording::Neutral);
    let words = |lang, atlas| {
        let s = worded(lang, Wording::of(atlas));
        [
            s.timeline_heading,
            s.clusters_label,
            s.timeline_intro
                .split(['.', '。'])
                .next()
                .unwrap_or_default(),
        ]
    };
    assert_eq!(
        words(Lang::En, &default),
        [
            "Timeline of coordination",
            "Clusters",
            "How the coordination of the clusters unfolded, milestone by milestone"
        ]
    );
    assert_eq!(
        words(Lang::En, &brought),
        [
            "Timeline",
            "Groups",
            "The dataset's milestones in the order they happened"
        ]
    );
    assert_eq!(
        words(Lang::Zh, &default),
        ["协同发展大事记", "集群", "三大集群协同发展的进程"]
    );
    assert_eq!(
        words(Lang::Zh, &brought),
        ["时间线", "分组", "本数据集的大事记按时间先后排列"]
    );
    // Neither says "cluster" where a dataset may have none.
    for lang in [Lang::En, Lang::Zh] {
        let s = worded(lang, Wording::Neutral);
        for text in [
            s.clusters_heading,
            s.timeline_heading,
            s.timeline_intro,
            s.timeline_label,
            s.charts_intro,
            s.clusters_label,
            s.no_data,
        ] {
            assert!(
                !text.contains("cluster") && !text.contains("集群"),
                "{text}"
            );
        }
    }
    // Everything else is the same.
    assert_eq!(
        strings(Lang::En).tab_economy,
        worded(Lang::En, Wording::Neutral).tab_economy
    );
}
