//! Each chart drawn natively from the default dataset: the SVG's structure
//! (values, bars, axis labels) matches the data shown.

use cluster_atlas::core::chart::build::chart_view;

use cluster_atlas::core::chart::options::{
    ChartId, ChartOptions, EconomyMode, Filters, Grouping, RdMetric,
};

use cluster_atlas::core::chart::view::ChartView;
use cluster_atlas::core::dataset::atlas::Atlas;
use cluster_atlas::core::dataset::bundled::default_atlas;
use cluster_atlas::core::text::bilingual::Lang;
use cluster_atlas::draw::theme::LIGHT;
use cluster_atlas::draw::{Decor, Drawing, Options, Size, draw};

mod common;
use common::render_with;

fn atlas() -> Atlas {
    default_atlas().expect("the default dataset validates")
}

fn view(atlas: &Atlas, chart: ChartId, options: &ChartOptions, filters: &Filters) -> ChartView {
    chart_view(atlas, chart, options, filters, Lang::En)
}

fn render(view: &ChartView, hidden: &[String]) -> Drawing {
    render_with(view, hidden, Lang::En, None)
}

/// Number of values shown (not hidden) in a view.
fn values(view: &ChartView, hidden: &[String]) -> usize {
    view.series
        .iter()
        .filter(|s| !hidden.contains(&s.key))
        .flat_map(|s| &s.points)
        .filter(|p| p.value.is_some())
        .count()
}

fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| t.split_once('>').map(|(_, rest)| rest))
        .filter_map(|t| {
            t.split_once("</text>")
                .map(|(inner, _)| inner.trim().to_string())
        })
        .collect()
}

fn count(svg: &str, element: &str) -> usize {
    svg.matches(&format!("<{element} ")).count()
}

fn economy(mode: EconomyMode) -> ChartOptions {
    ChartOptions {
        economy: mode,
        members_of: "yrd".into(),
        ..ChartOptions::default()
    }
}

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
fn the_year_range_narrows_every_chart() {
    let atlas = atlas();
    let filters = Filters {
        years: (2016, 2020),
        ..Filters::all(&atlas)
    };
    for chart in ChartId::ALL {
        let v = view(&atlas, chart, &ChartOptions::default(), &filters);
        assert!(
            v.years.0 >= 2016 && v.years.1 <= 2020,
            "{chart:?}: {:?}",
            v.years
        );
        let d = render(&v, &[]);
        let labels = texts(&d.svg);
        assert!(
            !labels.contains(&"2015".to_string()) && !labels.contains(&"2021".to_string()),
            "{chart:?}"
        );
    }
    let v = view(&atlas, ChartId::Economy, &ChartOptions::default(), &filters);
    assert_eq!(render(&v, &[]).frame.marks.len(), 15);
}

#[test]
fn degenerate_selections_still_draw() {
    let atlas = atlas();
    let one_year = Filters {
        years: (2020, 2020),
        ..Filters::all(&atlas)
    };
    for chart in ChartId::ALL {
        let v = view(&atlas, chart, &ChartOptions::default(), &one_year);
        render(&v, &[]);
    }
    let nothing = Filters {
        clusters: Vec::new(),
        ..Filters::all(&atlas)
    };
    let v = view(&atlas, ChartId::Economy, &ChartOptions::default(), &nothing);
    assert!(v.is_empty());
    assert_eq!(render(&v, &[]).frame.marks.len(), 0);
    let all_hidden: Vec<String> = ["jjj", "yrd", "gba"].map(String::from).to_vec();
    let v = view(
        &atlas,
        ChartId::Economy,
        &economy(EconomyMode::Stacked),
        &Filters::all(&atlas),
    );
    assert_eq!(render(&v, &all_hidden).frame.marks.len(), 0);
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

/// A text of a drawn SVG with its anchor position.
struct Label {
    x: f64,
    y: f64,
    anchor: String,
    text: String,
}

fn labels(svg: &str) -> Vec<Label> {
    let attr = |tag: &str, name: &str| -> String {
        tag.split(&format!(" {name}=\""))
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_default()
            .to_string()
    };
    svg.split("<text")
        .skip(1)
        .filter_map(|t| {
            let (tag, rest) = t.split_once('>')?;
            let (inner, _) = rest.split_once("</text>")?;
            Some(Label {
                x: attr(tag, "x").parse().ok()?,
                y: attr(tag, "y").parse().ok()?,
                anchor: attr(tag, "text-anchor"),
                text: inner.trim().to_string(),
            })
        })
        .collect()
}

/// The box a label covers, from its anchor and estimated width.
fn label_box(l: &Label) -> (f64, f64, f64, f64) {
    let w = cluster_atlas::draw::text_width(&l.text, 12.0);
    let x0 = match l.anchor.as_str() {
        "end" => l.x - w,
        "middle" => l.x - w / 2.0,
        _ => l.x,
    };
    (x0, l.y - 7.0, x0 + w, l.y + 7.0)
}

#[test]
fn no_two_labels_overlap_at_any_width() {
    let atlas = atlas();
    let modes = [
        (ChartId::Economy, economy(EconomyMode::Lines)),
        (ChartId::Economy, economy(EconomyMode::Share)),
        (
            ChartId::Rd,
            ChartOptions {
                rd_metric: RdMetric::Intensity,
                ..ChartOptions::default()
            },
        ),
        (ChartId::Patents, ChartOptions::default()),
        (ChartId::ScienceCities, ChartOptions::default()),
    ];
    for width in [280, 340, 420, 560, 720, 960, 1200, 1600] {
        for (chart, options) in &modes {
            let v = view(&atlas, *chart, options, &Filters::all(&atlas));
            let d = draw(
                &v,
                &Options {
                    hidden: &[],
                    size: Size { width, height: 400 },
                    theme: &LIGHT,
                    lang: Lang::En,
                    decor: None,
                    marker: None,
                },
            )
            .unwrap();
            let boxes: Vec<_> = labels(&d.svg)
                .iter()
                .map(|l| (label_box(l), l.text.clone()))
                .collect();
            for (i, (a, ta)) in boxes.iter().enumerate() {
                for (b, tb) in &boxes[i + 1..] {
                    let overlap = a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3;
                    assert!(
                        !overlap,
                        "{chart:?} at {width}px: \"{ta}\" overlaps \"{tb}\""
                    );
                }
                assert!(
                    a.0 >= -1.0 && a.2 <= f64::from(width) + 1.0,
                    "{chart:?} at {width}px: \"{ta}\" is cut off"
                );
            }
        }
    }
}

/// A line of 100,000 values, thinned to the drawing's width, is drawn on
/// no more points than it has pixel columns, without markers, and every point a read-out can land on
/// is a real value, read exactly.
#[test]
fn a_series_of_100000_values_is_decimated_to_the_plot_width() {
    use cluster_atlas::core::chart::decimate::decimate_view;
    use cluster_atlas::core::chart::readout::Reading;
    use cluster_atlas::core::chart::view::{ChartKind, PointView, Role, SeriesView};
    use cluster_atlas::core::text::strings::strings;
    use cluster_atlas::core::text::unit::Unit;
    let points: Vec<PointView> = (1..=100_000)
        .map(|year| PointView {
            year,
            value: Some(f64::from((year * 7919) % 1000) + 0.25),
            sources: vec![],
            note: None,
        })
        .collect();
    let view = ChartView {
        id: ChartId::Economy,
        kind: ChartKind::Lines,
        title: "Long".into(),
        slug: "long".into(),
        unit: Unit::Count,
        series: vec![SeriesView {
            key: "long".into(),
            label: "Long".into(),
            style: 0,
            role: Role::Main,
            points,
        }],
        years: (1, 100_000),
        notes: vec![],
        decimated: false,
    };
    let thin = decimate_view(&view, 720);
    let d = render(&thin, &[]);
    // No more points than the drawing (720 px wide) has pixel columns.
    let columns = 720;
    assert!(
        d.frame.marks.len() <= columns,
        "{} marks on {columns} px",
        d.frame.marks.len()
    );
    assert!(
        d.frame.marks.len() > columns / 2,
        "{} marks",
        d.frame.marks.len()
    );
    assert_eq!(
        count(&d.svg, "circle"),
        0,
        "no markers when values are a pixel apart"
    );
    // The drawn line (the longest polyline) has as many vertices as marks.
    let vertices = d
        .svg
        .split("<polyline")
        .skip(1)
        .filter_map(|p| p.split("points=\"").nth(1))
        .filter_map(|p| p.split('"').next())
        .map(|p| p.split_whitespace().count())
        .max();
    assert_eq!(vertices, Some(d.frame.marks.len()));
    // The global extremes survive, and readings are the stored values.
    let values: Vec<f64> = d
        .frame
        .marks
        .iter()
        .map(|m| thin.series[0].points[m.point].value.unwrap())
        .collect();
    assert!(values.contains(&999.25) && values.contains(&0.25));
    let s = strings(Lang::En);
    for (i, m) in d.frame.marks.iter().enumerate().step_by(97) {
        let reading = Reading::of(&thin, &d.frame, i, &d.axis, Lang::En, s).expect("a reading");
        let point = &thin.series[0].points[m.point];
        assert_eq!(view.series[0].points[(point.year - 1) as usize], *point);
        assert_eq!(reading.year, point.year);
        assert_eq!(reading.value, format!("{}", values[i]));
    }
}
