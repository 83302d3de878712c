//! Every chart draws whatever is selected: a narrowed year range, a single
//! year, no cluster, every series hidden, and a series of 100,000 values
//! thinned to the plot's width, its read-outs the stored values.

use cluster_atlas::core::chart::options::{ChartId, ChartOptions, EconomyMode, Filters};
use cluster_atlas::core::chart::view::ChartView;
use cluster_atlas::core::text::bilingual::Lang;

pub mod common;
use common::{atlas, count, economy, render, texts, view};

#[test]
fn the_year_range_narrows_every_chart() {
    let atlas = atlas();
    let filters = Filters {
        years: (2016, 2020),
        ..Filters::all(&atlas)
    };
    for chart in ChartId::BUILT_IN {
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
    for chart in ChartId::BUILT_IN {
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
        joined: false,
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
