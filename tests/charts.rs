//! The R&D, patents and science cities charts drawn natively from the
//! default dataset: the SVG's values, bars and axis labels match the data;
//! the Greater Bay Area's sums named as Guangdong's on every chart; an
//! export's title, legend and sources.

use cluster_atlas::core::chart::build::chart_view;
use cluster_atlas::core::chart::options::{ChartId, ChartOptions, Filters, Grouping, RdMetric};
use cluster_atlas::core::text::bilingual::Lang;
use cluster_atlas::draw::Decor;

pub mod common;
use common::{atlas, count, render, render_with, texts, view};

#[test]
fn greater_bay_area_sums_are_labelled_as_guangdong() {
    let atlas = atlas();
    for chart in [ChartId::Economy, ChartId::Rd, ChartId::Patents] {
        let v = view(
            &atlas,
            chart,
            &ChartOptions::default(),
            &Filters::all(&atlas),
        );
        for s in v.series.iter().filter(|s| s.key.starts_with("gba")) {
            assert!(
                s.label
                    .starts_with("Greater Bay Area: Guangdong (whole province)"),
                "{}",
                s.label
            );
        }
    }
}

#[test]
fn rd_intensity_is_by_province_with_the_national_reference() {
    let atlas = atlas();
    let options = ChartOptions {
        rd_metric: RdMetric::Intensity,
        rd_grouping: Grouping::Cluster,
        ..ChartOptions::default()
    };
    let v = view(&atlas, ChartId::Rd, &options, &Filters::all(&atlas));
    assert_eq!(v.series.len(), 9, "8 provinces and the national level");
    assert_eq!(v.series.last().unwrap().label, "China (national)");
    assert!(v.notes.iter().any(|n| n.contains("not recomputed")));
    assert!(v.notes.iter().any(|n| n.contains("Guangdong")));
    let d = render(&v, &[]);
    assert_eq!(d.frame.marks.len(), 99);
}

#[test]
fn patents_are_grouped_bars_per_cluster_and_year() {
    let atlas = atlas();
    let v = view(
        &atlas,
        ChartId::Patents,
        &ChartOptions::default(),
        &Filters::all(&atlas),
    );
    assert_eq!(v.series.len(), 6);
    let d = render(&v, &[]);
    assert_eq!(
        count(&d.svg, "rect"),
        66 + 1,
        "3 clusters x 2 kinds x 11 years"
    );
    let hidden = vec!["jjj:all".to_string(), "jjj:invention".to_string()];
    assert_eq!(count(&render(&v, &hidden).svg, "rect"), 44 + 1);
}

#[test]
fn patents_are_counted_in_patents() {
    use cluster_atlas::core::chart::export::csv;
    let atlas = atlas();
    for (lang, unit, axis) in [
        (Lang::En, "patents", "million patents"),
        (Lang::Zh, "件", "万件"),
    ] {
        let v = chart_view(
            &atlas,
            ChartId::Patents,
            &ChartOptions::default(),
            &Filters::all(&atlas),
            lang,
        );
        assert_eq!(v.unit.label(lang), unit);
        assert_eq!(render_with(&v, &[], lang, None).axis.label, axis);
        let text = csv(&atlas, &v, &[], lang, &[]);
        let rows: Vec<&str> = text.lines().skip(1).take_while(|r| !r.is_empty()).collect();
        assert_eq!(rows.len(), 66);
        for row in rows {
            // The unit follows the value (series labels may be quoted).
            let after_year = row.split_once(",20").unwrap().1;
            assert_eq!(after_year.split(',').nth(2), Some(unit), "{row}");
        }
    }
}

#[test]
fn science_city_ranks_keep_gaps_and_label_each_city() {
    let atlas = atlas();
    let v = view(
        &atlas,
        ChartId::ScienceCities,
        &ChartOptions::default(),
        &Filters::all(&atlas),
    );
    let d = render(&v, &[]);
    assert_eq!(
        d.frame.marks.len(),
        61,
        "65 listings, 4 without a stated rank"
    );
    let beijing = v
        .series
        .iter()
        .position(|s| s.key == "city-beijing")
        .unwrap();
    // Rank 1 is at the top.
    let top = d
        .frame
        .marks
        .iter()
        .filter(|m| m.series == beijing)
        .map(|m| m.y);
    assert!(
        top.clone()
            .all(|y| (y - top.clone().fold(f64::INFINITY, f64::min)).abs() < 0.5)
    );
    let labels = texts(&d.svg);
    for city in ["Beijing", "Shanghai", "Hangzhou", "Paris"] {
        assert!(labels.iter().any(|l| l == city), "{city} in {labels:?}");
    }
    // No edition 2019 in the data: Beijing's line breaks there.
    let years: Vec<i32> = v.series[beijing].points.iter().map(|p| p.year).collect();
    assert_eq!(years, [2018, 2020, 2021, 2022, 2023, 2024, 2025]);
}

#[test]
fn exports_carry_title_legend_and_sources_escaped() {
    let atlas = atlas();
    let options = ChartOptions {
        rd_metric: RdMetric::Expenditure,
        ..ChartOptions::default()
    };
    let v = view(&atlas, ChartId::Rd, &options, &Filters::all(&atlas));
    let decor = Decor {
        title: &v.title,
        footer: "Source: NBS/MOST/MOF R&D bulletins",
    };
    let d = render_with(&v, &[], Lang::En, Some(decor));
    assert!(d.svg.contains("R&amp;D expenditure by cluster"));
    let labels = texts(&d.svg);
    assert!(labels.iter().any(|l| l == "Jing-Jin-Ji"));
    assert!(labels.iter().any(|l| l.starts_with("Source: NBS")));
}
