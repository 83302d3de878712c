//! Which charts a dataset has: a built-in chart is shown only where the
//! dataset has every series it reads, every other series has a series
//! chart, a link naming one it lacks opens one it has, and no chart shown
//! is titled with a series' raw id.

use cluster_atlas::core::chart::build::chart_view;
use cluster_atlas::core::chart::options::{
    ChartId, ChartOptions, EconomyMode, Filters, Grouping, RdMetric, Tab, charted,
};
use cluster_atlas::core::dataset::atlas::Atlas;
use cluster_atlas::core::dataset::load::load_json;
use cluster_atlas::core::dataset::series_ids::{
    GDP, INVENTION_PATENTS, PATENTS, RD_EXPENDITURE, RD_INTENSITY, SCIENCE_RANK, SCIENCE_SHARE,
};
use cluster_atlas::core::link::landing::landing;
use cluster_atlas::core::link::permalink::{Focus, Permalink};
use cluster_atlas::core::text::bilingual::Lang;
use serde_json::Value;

/// Every series id a built-in chart reads or sets aside.
const ALL_IDS: [&str; 7] = [
    GDP,
    RD_EXPENDITURE,
    RD_INTENSITY,
    PATENTS,
    INVENTION_PATENTS,
    SCIENCE_RANK,
    SCIENCE_SHARE,
];

/// The default dataset changed by `change`, validated.
fn changed(change: impl FnOnce(&mut Value)) -> Atlas {
    let text = include_str!("../data/atlas.json");
    let mut doc: Value = serde_json::from_str(text).expect("the default dataset is JSON");
    // Its story walks through the whole dataset, and would name what a
    // change takes out.
    if let Some(o) = doc.as_object_mut() {
        o.remove("stories");
    }
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
    assert_eq!(Tab::available(&atlas), Tab::BUILT_IN);
    assert!(charted(&atlas));
    assert_titles_read(&atlas);
}

/// Without one of the patents chart's two series there is no patents
/// chart: the others stay, the other series has a series chart, and a
/// link to the patents chart opens the first chart.
#[test]
fn a_dataset_lacking_patents_granted_has_no_patents_chart() {
    for (lacking, left) in [(PATENTS, INVENTION_PATENTS), (INVENTION_PATENTS, PATENTS)] {
        let atlas = without(&[lacking]);
        assert_eq!(
            Tab::available(&atlas),
            [
                Tab::Chart(ChartId::Economy),
                Tab::Chart(ChartId::Rd),
                Tab::Chart(ChartId::ScienceCities),
                Tab::Chart(ChartId::Series(0)),
                Tab::Figures,
            ],
            "without {lacking}"
        );
        assert_eq!(
            Tab::of_series(&atlas, left),
            Some(Tab::Chart(ChartId::Series(0)))
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
        let built_in = tabs.iter().filter(|t| Tab::BUILT_IN.contains(t));
        assert_eq!(
            built_in.count(),
            Tab::BUILT_IN.len() - 1,
            "without {lacking}"
        );
        // The chart's other series, and the science cities' share, which
        // only their chart sets aside, have a series chart each.
        let set_aside = chart.set_aside().iter();
        for id in chart.series_ids().iter().chain(set_aside) {
            let own = Tab::of_series(&atlas, id);
            assert_eq!(own.is_some(), *id != lacking, "{id} without {lacking}");
            assert!(own.is_none_or(|t| tabs.contains(&t)));
        }
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
    for chart in ChartId::BUILT_IN {
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

/// A series no built-in chart reads has a series chart of its own: a
/// dataset of such a series alone has that chart, which a link to a
/// built-in chart opens.
#[test]
fn series_of_other_ids_have_a_chart_of_their_own() {
    let atlas = changed(|doc| {
        let series = doc["series"].as_array_mut().expect("a list of series");
        series.retain(|s| s["id"] == GDP);
        series[0]["id"] = "gross-product".into();
        doc["figures"] = Value::Array(Vec::new());
    });
    assert!(atlas.series("gross-product").is_some());
    let own = Tab::Chart(ChartId::Series(0));
    assert_eq!(Tab::available(&atlas), [own]);
    assert!(charted(&atlas));
    assert_titles_read(&atlas);
    let economy = Permalink::decode("view=economy");
    assert_eq!(economy.tab_in(&atlas), own);
    assert_eq!(landing(&economy, &atlas), Some(Focus::Charts));
    let named = Permalink::decode("view=gross-product");
    assert_eq!(named.tab_in(&atlas), own);
    assert_eq!(landing(&named, &atlas), Some(Focus::Charts));
}
