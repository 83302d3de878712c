//! The economy chart (GDP) drawn natively from the default dataset: a
//! marker per value and labelled axes, a hidden series, stacked areas,
//! shares of the national total, one line per member, read-outs in the
//! axis's unit, and Chinese units.

use cluster_atlas::core::chart::build::chart_view;
use cluster_atlas::core::chart::options::{ChartId, ChartOptions, EconomyMode, Filters};
use cluster_atlas::core::text::bilingual::Lang;

pub mod common;
use common::{atlas, count, economy, render, render_with, texts, values, view};

#[test]
fn gdp_lines_have_a_marker_per_value_and_labelled_axes() {
    let atlas = atlas();
    let v = view(
        &atlas,
        ChartId::Economy,
        &ChartOptions::default(),
        &Filters::all(&atlas),
    );
    assert_eq!(v.series.len(), 3);
    assert_eq!(values(&v, &[]), 36, "3 clusters x 12 years");
    let d = render(&v, &[]);
    assert!(d.svg.starts_with("<svg"));
    assert_eq!(d.frame.marks.len(), 36);
    // Markers differ by shape: circles (Jing-Jin-Ji), squares (Yangtze
    // River Delta, besides the background), triangles (Greater Bay Area).
    assert_eq!(count(&d.svg, "circle"), 12);
    assert_eq!(count(&d.svg, "rect"), 12 + 1);
    assert_eq!(count(&d.svg, "polygon"), 12);
    let labels = texts(&d.svg);
    assert!(labels.contains(&"trillion yuan".to_string()), "{labels:?}");
    for year in 2013..=2024 {
        assert!(labels.contains(&year.to_string()), "{year} in {labels:?}");
    }
    for tick in ["0", "10", "20", "30"] {
        assert!(labels.contains(&tick.to_string()), "{tick} in {labels:?}");
    }
}

#[test]
fn hiding_a_series_removes_its_values() {
    let atlas = atlas();
    let v = view(
        &atlas,
        ChartId::Economy,
        &ChartOptions::default(),
        &Filters::all(&atlas),
    );
    let hidden = vec!["yrd".to_string()];
    let d = render(&v, &hidden);
    assert_eq!(d.frame.marks.len(), 24);
    assert_eq!(count(&d.svg, "rect"), 1, "no square markers left");
    assert!(
        d.frame
            .marks
            .iter()
            .all(|m| v.series[m.series].key != "yrd")
    );
}

#[test]
fn stacked_areas_stack_every_cluster() {
    let atlas = atlas();
    let v = view(
        &atlas,
        ChartId::Economy,
        &economy(EconomyMode::Stacked),
        &Filters::all(&atlas),
    );
    let d = render(&v, &[]);
    assert_eq!(d.frame.marks.len(), 36);
    // The top edge of the stack in 2024 is the sum of the three clusters.
    let top_2024 = d
        .frame
        .marks
        .iter()
        .map(|m| m.y)
        .fold(f64::INFINITY, f64::min);
    let (_, top, _, bottom) = d.frame.plot;
    assert!(top_2024 > top - 1.0 && top_2024 < bottom, "{top_2024}");
    assert!(
        texts(&d.svg).contains(&"60".to_string()),
        "the axis reaches the total"
    );
}

/// The read-out gives a value in the axis' unit first, then exactly as
/// stored; over a stack, the stack's total too.
#[test]
fn read_outs_speak_the_axis_unit_and_stacks_give_their_total() {
    use cluster_atlas::core::chart::readout::Reading;
    use cluster_atlas::core::text::strings::strings;
    let atlas = atlas();
    let filters = Filters::all(&atlas);
    let reading_2024 = |mode: EconomyMode, lang: Lang| {
        let v = chart_view(&atlas, ChartId::Economy, &economy(mode), &filters, lang);
        let d = render_with(&v, &[], lang, None);
        let index = d
            .frame
            .marks
            .iter()
            .position(|m| {
                v.series[m.series].key == "jjj" && v.series[m.series].points[m.point].year == 2024
            })
            .expect("Jing-Jin-Ji 2024 is drawn");
        Reading::of(&v, &d.frame, index, &d.axis, lang, strings(lang)).unwrap()
    };
    let r = reading_2024(EconomyMode::Lines, Lang::En);
    assert_eq!(r.value, "11.5 trillion yuan");
    assert_eq!(
        r.exact.as_deref(),
        Some("exactly 115,049.6 (100 million yuan)")
    );
    assert_eq!(r.total, None);
    assert_eq!(
        r.sentence(),
        "2024, Jing-Jin-Ji: 11.5 trillion yuan, exactly 115,049.6 (100 million yuan)"
    );
    let r = reading_2024(EconomyMode::Lines, Lang::Zh);
    assert_eq!(
        (r.value.as_str(), r.exact.as_deref()),
        ("11.5万亿元", Some("即115,049.6亿元"))
    );
    let r = reading_2024(EconomyMode::Stacked, Lang::En);
    assert_eq!(
        r.total.as_deref(),
        Some("Total of the stack: 58.8 trillion yuan, exactly 587,648.6 (100 million yuan)")
    );
}

#[test]
fn shares_start_where_national_gdp_exists() {
    let atlas = atlas();
    let v = view(
        &atlas,
        ChartId::Economy,
        &economy(EconomyMode::Share),
        &Filters::all(&atlas),
    );
    assert_eq!(v.years, (2015, 2024));
    assert_eq!(values(&v, &[]), 30);
    let yrd_2023 = v.series[1].points.iter().find(|p| p.year == 2023).unwrap();
    assert_eq!(yrd_2023.value, Some(24.43));
    assert!(yrd_2023.sources.contains(&"nbs-national-gdp".to_string()));
    let d = render(&v, &[]);
    assert!(texts(&d.svg).contains(&"%".to_string()));
    assert!(!texts(&d.svg).contains(&"2014".to_string()));
}

#[test]
fn members_show_one_line_per_province() {
    let atlas = atlas();
    let v = view(
        &atlas,
        ChartId::Economy,
        &economy(EconomyMode::Members),
        &Filters::all(&atlas),
    );
    assert_eq!(
        v.series
            .iter()
            .map(|s| s.label.as_str())
            .collect::<Vec<_>>(),
        ["Shanghai", "Jiangsu", "Zhejiang", "Anhui"]
    );
    assert_eq!(render(&v, &[]).frame.marks.len(), 48);
}

#[test]
fn members_of_the_greater_bay_area_name_guangdong_in_the_clusters_colour() {
    let atlas = atlas();
    let filters = Filters::all(&atlas);
    let lines = view(&atlas, ChartId::Economy, &ChartOptions::default(), &filters);
    let gba_style = lines.series.iter().find(|s| s.key == "gba").unwrap().style;
    let options = ChartOptions {
        economy: EconomyMode::Members,
        members_of: "gba".into(),
        ..ChartOptions::default()
    };
    let v = view(&atlas, ChartId::Economy, &options, &filters);
    assert_eq!(v.series.len(), 1);
    assert_eq!(v.series[0].style, gba_style, "the cluster's colour");
    assert_eq!(
        v.title,
        "Gross domestic product of Guangdong (whole province), standing in for Greater Bay Area"
    );
    let zh = chart_view(&atlas, ChartId::Economy, &options, &filters, Lang::Zh);
    assert_eq!(zh.title, "广东（全省）地区生产总值（代表粤港澳大湾区）");
    // Clusters of several members keep theirs on the first member.
    let yrd = view(
        &atlas,
        ChartId::Economy,
        &economy(EconomyMode::Members),
        &filters,
    );
    let yrd_style = lines.series.iter().find(|s| s.key == "yrd").unwrap().style;
    assert_eq!(yrd.series[0].style, yrd_style);
    assert_eq!(
        yrd.title,
        "Gross domestic product of the members of Yangtze River Delta"
    );
}

#[test]
fn chinese_labels_use_chinese_units() {
    let atlas = atlas();
    let v = chart_view(
        &atlas,
        ChartId::Economy,
        &ChartOptions::default(),
        &Filters::all(&atlas),
        Lang::Zh,
    );
    assert_eq!(v.title, "各集群地区生产总值");
    let d = render_with(&v, &[], Lang::Zh, None);
    assert!(texts(&d.svg).contains(&"万亿元".to_string()));
}
