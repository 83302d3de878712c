//! Exports that import again: a chart's CSV and the milestones' CSV, read
//! back as the same data, for the default dataset's charts and for
//! generated data (names with commas, quotes, line breaks, a leading `=`
//! or `-`; negative years); text a spreadsheet could run is neutralised,
//! numbers stay numbers; an SVG export escapes its texts.

pub mod common;

use cluster_atlas::core::chart::build::chart_view;
use cluster_atlas::core::chart::export::csv;
use cluster_atlas::core::chart::options::{
    ChartId, ChartOptions, EconomyMode, Filters, Grouping, RdMetric,
};
use cluster_atlas::core::chart::view::{ChartKind, ChartView, PointView, Role, SeriesView};
use cluster_atlas::core::dataset::atlas::Atlas;
use cluster_atlas::core::dataset::cell::push_row;
use cluster_atlas::core::dataset::import::load;
use cluster_atlas::core::link::cite::citing_lines;
use cluster_atlas::core::text::bilingual::Lang;
use cluster_atlas::core::text::strings::strings;
use cluster_atlas::core::text::unit::Unit;
use cluster_atlas::core::time::date::Date;
use cluster_atlas::core::timeline::milestones_csv;
use cluster_atlas::draw::Decor;
use common::{atlas, render_with};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// How many generated cases each round trip runs.
const CASES: u32 = 1000;

/// A point as compared: entity's name, year, value, note.
type Compared = (String, i32, Option<f64>, Option<String>);

/// The points a view's CSV export holds: those with a value or a note.
fn shown(view: &ChartView) -> Vec<Compared> {
    view.series
        .iter()
        .flat_map(|s| {
            s.points
                .iter()
                .filter(|p| p.value.is_some() || p.note.is_some())
                .map(|p| (s.label.clone(), p.year, p.value, p.note.clone()))
        })
        .collect()
}

/// The points of the one series imported from `text` (named `name`).
fn imported_points(name: &str, text: &str) -> Result<(Vec<Compared>, String), String> {
    let atlas = load(name, text.to_string())
        .map_err(|r| format!("{:?}\n{text}", r.problems))?
        .atlas;
    let stem = name.trim_end_matches(".csv");
    let series = atlas.series(stem).ok_or("no series")?;
    let points = series
        .points
        .iter()
        .map(|p| {
            let entity = atlas.entity(&p.entity).map(|e| e.name.en.clone());
            (
                entity.unwrap_or_default(),
                p.year,
                p.value,
                p.note.as_ref().map(|n| n.en.clone()),
            )
        })
        .collect();
    Ok((points, series.unit.label(Lang::En).to_string()))
}

/// Every chart in each of its modes.
fn every_view() -> Vec<(ChartId, ChartOptions)> {
    let mut views = Vec::new();
    for chart in ChartId::BUILT_IN {
        for economy in EconomyMode::ALL {
            for rd_metric in RdMetric::ALL {
                for rd_grouping in Grouping::ALL {
                    let options = ChartOptions {
                        economy,
                        rd_metric,
                        rd_grouping,
                        ..ChartOptions::default()
                    };
                    views.push((chart, options));
                }
            }
        }
    }
    views
}

#[test]
fn every_chart_of_the_default_dataset_exports_a_csv_that_imports_again() {
    let atlas = atlas();
    for lang in [Lang::En, Lang::Zh] {
        let citing = citing_lines(&atlas, "https://example.org/atlas/", lang, strings(lang));
        for (chart, options) in every_view() {
            let view = chart_view(&atlas, chart, &options, &Filters::all(&atlas), lang);
            let text = csv(&atlas, &view, &[], lang, &citing);
            let (points, unit) = imported_points("chart.csv", &text).unwrap();
            assert_eq!(points, shown(&view), "{chart:?} {options:?} {lang:?}");
            assert_eq!(
                unit,
                view.unit.label(lang),
                "{chart:?} {options:?} {lang:?}"
            );
        }
    }
}

/// A name as a reader might write one: any of these characters, without
/// white space around it, never empty.
fn name() -> impl Strategy<Value = String> {
    "[=+@'\"a-zA-Z0-9 ,;\n\r\t\u{4e2d}\u{56fd}-]{1,10}"
        .prop_map(|s| s.trim().to_string())
        .prop_filter("a name", |s| !s.is_empty())
}

/// A value the export writes exactly: up to 9 decimals (see
/// `format::shortest`), below 10^15 in magnitude with its decimals.
fn value() -> impl Strategy<Value = f64> {
    (-999_999_999_999_999i64..=999_999_999_999_999, 0i32..=9)
        .prop_map(|(m, d)| m as f64 / 10f64.powi(d))
}

/// Points of a series: distinct years, in order.
fn points() -> impl Strategy<Value = Vec<PointView>> {
    prop::collection::btree_map(
        any::<i32>(),
        (prop::option::of(value()), prop::option::of(name())),
        0..8,
    )
    .prop_map(|points| {
        points
            .into_iter()
            .map(|(year, (value, note))| PointView {
                year,
                value,
                sources: Vec::new(),
                note,
            })
            .collect()
    })
}

/// A chart's view of generated series: distinct names, a custom unit.
fn view() -> impl Strategy<Value = ChartView> {
    let unit = prop_oneof![Just(String::new()), name()].prop_filter("a custom unit", |u| {
        matches!(Unit::from(u.clone()), Unit::Custom(_))
    });
    (prop::collection::btree_map(name(), points(), 1..5), unit)
        .prop_map(|(series, unit)| ChartView {
            id: ChartId::Economy,
            joined: false,
            kind: ChartKind::Lines,
            title: "Generated".to_string(),
            slug: "generated".to_string(),
            unit: Unit::Custom(unit),
            series: series
                .into_iter()
                .enumerate()
                .map(|(i, (label, points))| SeriesView {
                    key: format!("s{i}"),
                    label,
                    style: i,
                    role: Role::Main,
                    points,
                })
                .collect(),
            years: (0, 0),
            notes: Vec::new(),
            decimated: false,
        })
        .prop_filter("a value to export", |v| {
            v.series
                .iter()
                .any(|s| s.points.iter().any(|p| p.value.is_some()))
        })
}

#[test]
fn generated_series_exported_to_csv_import_as_the_same_data() {
    let atlas = atlas();
    let citing = citing_lines(
        &atlas,
        "https://example.org/a,b",
        Lang::En,
        strings(Lang::En),
    );
    let mut runner = TestRunner::new(Config::with_cases(CASES));
    runner
        .run(&view(), |view| {
            let text = csv(&atlas, &view, &[], Lang::En, &citing);
            let (points, unit) =
                imported_points("export.csv", &text).map_err(TestCaseError::fail)?;
            prop_assert_eq!(points, shown(&view));
            prop_assert_eq!(unit.as_str(), view.unit.label(Lang::En));
            Ok(())
        })
        .unwrap();
}

/// A row of a milestone file: date, group, title, description.
type Row = (String, String, String, String);

/// A date at any precision, negative years too.
fn date() -> impl Strategy<Value = String> {
    (-1_000_000i64..1_000_000, 0u32..=12, 0u32..=28).prop_map(|(y, m, d)| {
        let date = match (m, d) {
            (0, _) => Date::year_only(y),
            (m, 0) => Date::year_month(y, m).unwrap_or(Date::year_only(y)),
            (m, d) => Date::ymd(y, m, d).unwrap_or(Date::year_only(y)),
        };
        date.to_string()
    })
}

/// Milestone rows, in chronological order (so that the ids the import
/// makes, in the file's order, are made again from the export).
fn rows() -> impl Strategy<Value = Vec<Row>> {
    let row = (
        date(),
        prop_oneof![Just(String::new()), name()],
        name(),
        prop_oneof![Just(String::new()), name()],
    );
    prop::collection::vec(row, 1..12).prop_map(|mut rows| {
        rows.sort_by_key(|r| r.0.parse::<Date>().map(|d| d.order_key()).unwrap_or(0));
        rows
    })
}

/// The milestones of an atlas as compared: id, date, group's name, title,
/// description, sources' ids.
fn milestones(atlas: &Atlas) -> Vec<(String, String, String, String, String, Vec<String>)> {
    atlas
        .milestones()
        .iter()
        .map(|m| {
            let group = m.cluster.as_deref().and_then(|c| atlas.cluster(c));
            (
                m.id.clone(),
                m.date.to_string(),
                group.map_or(String::new(), |c| c.name.en.clone()),
                m.title.en.clone(),
                m.description.en.clone(),
                m.sources.iter().map(|c| c.source.clone()).collect(),
            )
        })
        .collect()
}

#[test]
fn generated_milestones_exported_to_csv_import_as_the_same_data() {
    let mut runner = TestRunner::new(Config::with_cases(CASES));
    runner
        .run(&rows(), |rows| {
            let mut text = String::from("date,group,title,description,source\r\n");
            for (date, group, title, description) in &rows {
                push_row(&mut text, &[date, group, title, description, ""]);
            }
            let first = load("events.csv", text)
                .map_err(|r| TestCaseError::fail(format!("{:?}", r.problems)))?
                .atlas;
            let read: Vec<Row> = milestones(&first)
                .into_iter()
                .map(|(_, date, group, title, description, _)| (date, group, title, description))
                .collect();
            prop_assert_eq!(&read, &rows);
            let exported = milestones_csv(&first, first.milestones(), Lang::En);
            let again = load("events.csv", exported.clone())
                .map_err(|r| TestCaseError::fail(format!("{:?}\n{exported}", r.problems)))?
                .atlas;
            prop_assert_eq!(milestones(&again), milestones(&first));
            Ok(())
        })
        .unwrap();
}

#[test]
fn exported_text_cells_cannot_run_as_formulas_and_numbers_stay_numbers() {
    let view = ChartView {
        id: ChartId::Economy,
        joined: false,
        kind: ChartKind::Lines,
        title: "t".into(),
        slug: "t".into(),
        unit: Unit::Custom("-kg".into()),
        series: vec![SeriesView {
            key: "a".into(),
            label: "=HYPERLINK(\"http://x\",\"y\")".into(),
            style: 0,
            role: Role::Main,
            points: vec![PointView {
                year: -44,
                value: Some(-3.5),
                sources: Vec::new(),
                note: Some("@SUM(A1)".into()),
            }],
        }],
        years: (-44, -44),
        notes: Vec::new(),
        decimated: false,
    };
    let text = csv(&atlas(), &view, &[], Lang::En, &["+1 how to cite".into()]);
    assert_eq!(
        text,
        "entity,year,value,unit,note,source,source_url\r\n\
         \"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-44,-3.5,'-kg,'@SUM(A1),,\r\n\
         \r\n\
         '+1 how to cite\r\n"
    );
    let events = "date,group,title,description,source\n-0500-03,-left,=1+2,+x,\n";
    let atlas = load("e.csv", events.to_string()).unwrap().atlas;
    assert_eq!(
        milestones_csv(&atlas, atlas.milestones(), Lang::Zh),
        "date,group,title,description,source\r\n'-0500-03,'-left,'=1+2,'+x,\r\n"
    );
}

#[test]
fn an_svg_export_writes_a_title_s_markup_as_text() {
    let hostile = "<img src=x onerror=alert(1)>";
    let atlas = atlas();
    let mut view = chart_view(
        &atlas,
        ChartId::Economy,
        &ChartOptions::default(),
        &Filters::all(&atlas),
        Lang::En,
    );
    view.title = hostile.into();
    view.unit = Unit::Custom(hostile.into());
    view.series[0].label = hostile.into();
    let decor = Decor {
        title: hostile,
        footer: hostile,
    };
    let svg = render_with(&view, &[], Lang::En, Some(decor)).svg;
    assert!(!svg.contains("<img"), "{svg}");
    assert!(svg.contains("&lt;img src=x onerror=alert(1)&gt;"), "{svg}");
}
