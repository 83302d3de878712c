//! Which charts a dataset has: a built-in chart is shown only where the
//! dataset has every series it reads, a link naming one it lacks opens one
//! it has, and no chart shown is titled with a series' raw id.

use cluster_atlas::core::chart::build::chart_view;
use cluster_atlas::core::chart::options::{
    ChartId, ChartOptions, EconomyMode, Filters, Grouping, RdMetric, Tab, charted,
};
use cluster_atlas::core::dataset::atlas::Atlas;
use cluster_atlas::core::dataset::load::load_json;
use cluster_atlas::core::dataset::series_ids::{
    GDP, INVENTION_PATENTS, PATENTS, RD_EXPENDITURE, RD_INTENSITY, SCIENCE_RANK,
};
use cluster_atlas::core::link::landing::landing;
use cluster_atlas::core::link::permalink::{Focus, Permalink};
use cluster_atlas::core::text::bilingual::Lang;
use serde_json::Value;

/// Every series id a built-in chart reads.
const ALL_IDS: [&str; 6] = [
    GDP,
    RD_EXPENDITURE,
    RD_INTENSITY,
    PATENTS,
    INVENTION_PATENTS,
    SCIENCE_RANK,
];

/// The default dataset changed by `change`, validated.
fn changed(change: impl FnOnce(&mut Value)) -> Atlas {
    let text = include_str!("../data/atlas.json");
    let mut doc: Value = serde_json::from_str(text).expect("the default dataset is JSON");
    change(&mut doc);
    load_json(&doc.to_string()).expect("the changed dataset validates")
}

/// The default dataset without the series `ids`.
fn without(ids: &[&str]) -> Atlas {
    changed(|doc| {
        doc["series"]
            .as_array_mut()
            .expect("a list of series")
            .retain(|s| !ids.contains(&s["id"].as_str().unwrap_or_default()));
    })
}

/// Every mode of every chart `atlas` has: titled by its series, never by
/// a series' id.
fn assert_titles_read(atlas: &Atlas) {
    let modes = EconomyMode::ALL.map(|economy| ChartOptions {
        economy,
        ..ChartOptions::default()
    });
    let measures = [
        (RdMetric::Expenditure, Grouping::Cluster),
        (RdMetric::Expenditure, Grouping::Province),
        (RdMetric::Intensity, Grouping::Cluster),
    ]
    .map(|(rd_metric, rd_grouping)| ChartOptions {
        rd_metric,
        rd_grouping,
        ..ChartOptions::default()
    });
    for tab in Tab::available(atlas) {
        let Tab::Chart(chart) = tab else { continue };
        for options in modes.iter().chain(&measures) {
            for lang in [Lang::En, Lang::Zh] {
                let v = chart_view(atlas, chart, options, &Filters::all(atlas), lang);
                assert!(!v.is_empty(), "{chart:?} {options:?} has data");
                for id in ALL_IDS {
                    assert!(!v.title.contains(id), "{chart:?}: {:?}", v.title);
                }
            }
        }
    }
}

#[test]
fn the_default_dataset_has_every_tab() {
    let atlas = without(&[]);
    assert_eq!(Tab::available(&atlas), Tab::ALL);
    assert!(charted(&atlas));
    assert_titles_read(&atlas);
}

/// Without one of the patents chart's two series there is no patents
/// chart: the others stay, and a link to it opens the first chart.
#[test]
fn a_dataset_lacking_patents_granted_has_no_patents_chart() {
    for lacking in [PATENTS, INVENTION_PATENTS] {
        let atlas = without(&[lacking]);
        assert_eq!(
            Tab::available(&atlas),
            [
                Tab::Chart(ChartId::Economy),
                Tab::Chart(ChartId::Rd),
                Tab::Chart(ChartId::ScienceCities),
                Tab::Figures,
            ],
            "without {lacking}"
        );
        assert!(!Tab::Chart(ChartId::Patents).shown_in(&atlas));
        assert!(charted(&atlas));
        assert_titles_read(&atlas);
        let link = Permalink::decode("view=patents&years=2016..2020");
        assert_eq!(link.tab_in(&atlas), Tab::Chart(ChartId::Economy));
        assert_eq!(landing(&link, &atlas), Some(Focus::Charts));
        assert_eq!(link.filters(&atlas).years, (2016, 2020));
        // A link to a chart it has is left as it is.
        let rd = Permalink::decode("view=rd");
        assert_eq!(rd.tab_in(&atlas), Tab::Chart(ChartId::Rd));
        // The timeline's link keeps the chart for when the charts are shown.
        let kept = Permalink::decode("view=timeline&chart=patents");
        assert_eq!(kept.tab_in(&atlas), Tab::Chart(ChartId::Economy));
    }
}

/// Without either R&D series, or without GDP, that chart goes; a link to
/// the first chart then opens the next one the dataset has.
#[test]
fn each_chart_needs_every_series_it_reads() {
    for (lacking, chart) in [
        (RD_EXPENDITURE, ChartId::Rd),
        (RD_INTENSITY, ChartId::Rd),
        (GDP, ChartId::Economy),
        (SCIENCE_RANK, ChartId::ScienceCities),
    ] {
        let atlas = without(&[lacking]);
        let tabs = Tab::available(&atlas);
        assert!(!tabs.contains(&Tab::Chart(chart)), "without {lacking}");
        assert_eq!(tabs.len(), Tab::ALL.len() - 1, "without {lacking}");
        assert_eq!(Tab::Chart(chart).in_atlas(&atlas), Some(tabs[0]));
        assert_titles_read(&atlas);
    }
    let atlas = without(&[GDP]);
    assert_eq!(Permalink::default().tab_in(&atlas), Tab::Chart(ChartId::Rd));
}

/// Without any of the charts' series only the headline figures are left;
/// without figures too, nothing: no charts section, and a link to a chart
/// opens the timeline.
#[test]
fn a_dataset_lacking_every_chart_series_has_no_chart() {
    let atlas = without(&ALL_IDS);
    assert_eq!(Tab::available(&atlas), [Tab::Figures]);
    assert!(charted(&atlas));
    for chart in ChartId::ALL {
        assert_eq!(Tab::Chart(chart).in_atlas(&atlas), Some(Tab::Figures));
    }
    let link = Permalink::decode("view=science-cities");
    assert_eq!(link.tab_in(&atlas), Tab::Figures);
    assert_eq!(landing(&link, &atlas), Some(Focus::Charts));

    let bare = changed(|doc| {
        doc["series"] = Value::Array(Vec::new());
        doc["figures"] = Value::Array(Vec::new());
    });
    assert_eq!(Tab::available(&bare), []);
    assert!(!charted(&bare));
    assert_eq!(Tab::FIRST.in_atlas(&bare), None);
    assert_eq!(landing(&link, &bare), Some(Focus::Timeline));
}

/// Series the charts do not read chart nothing: a dataset of such series
/// alone has no charts section.
#[test]
fn series_of_other_ids_chart_nothing() {
    let atlas = changed(|doc| {
        let series = doc["series"].as_array_mut().expect("a list of series");
        series.retain(|s| s["id"] == GDP);
        series[0]["id"] = "gross-product".into();
        doc["figures"] = Value::Array(Vec::new());
    });
    assert!(atlas.series("gross-product").is_some());
    assert_eq!(Tab::available(&atlas), []);
    assert!(!charted(&atlas));
    assert_eq!(
        landing(&Permalink::decode("view=economy"), &atlas),
        Some(Focus::Timeline)
    );
}
