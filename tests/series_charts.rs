//! Series charts: a dataset's series that no built-in chart draws each have
//! a chart of their entities as lines, titled and measured by the series,
//! over its own years (negative ones too), named in links by the series id.

pub mod common;

use cluster_atlas::core::chart::build::chart_view;
use cluster_atlas::core::chart::export::{csv, file_name};
use cluster_atlas::core::chart::options::{ChartId, ChartOptions, Filters, Tab};
use cluster_atlas::core::chart::summary::summary;
use cluster_atlas::core::chart::view::{ChartKind, ChartView};
use cluster_atlas::core::chart::year_range::tab_years;
use cluster_atlas::core::dataset::atlas::Atlas;
use cluster_atlas::core::dataset::load::load_json;
use cluster_atlas::core::link::permalink::{Focus, Permalink};
use cluster_atlas::core::page::chart::legend::legend_html;
use cluster_atlas::core::page::chart::table::table_html;
use cluster_atlas::core::page::chart::tabs::tab_label;
use cluster_atlas::core::text::bilingual::Lang;
use cluster_atlas::core::text::strings::strings;
use cluster_atlas::core::text::unit::Unit;
use common::{render_with, texts};
use serde_json::{Value, json};

/// A point of `entity` in `year`.
fn point(entity: &str, year: i32, value: f64) -> Value {
    json!({"entity": entity, "year": year, "value": value, "sources": ["file"]})
}

/// A dataset of two series no built-in chart reads: manuscripts per
/// century, over years before the common era too, and a series whose id is
/// the economy chart's slug.
fn atlas() -> Atlas {
    let doc = json!({
        "schema": 1,
        "title": "Books of Europe",
        "clusters": [],
        "entities": [
            {"id": "austria", "name": "Austria"},
            {"id": "belgium", "name": "Belgium"},
            {"id": "wien", "name": {"en": "Vienna", "zh": "维也纳"}}
        ],
        "sources": [{
            "id": "file", "title": "A file", "publisher": "Someone",
            "url": "https://example.org/books.csv", "supports": "Every value"
        }],
        "series": [
            {
                "id": "manuscripts",
                "title": {"en": "Manuscript production per century", "zh": "每世纪手稿产量"},
                "unit": "manuscripts",
                "points": [
                    point("austria", -500, 10.0),
                    point("belgium", -500, 4.0),
                    point("austria", 500, 120.0),
                    point("belgium", 500, 80.0),
                    point("austria", 1000, 3000.0),
                    point("belgium", 1000, 2500.5)
                ]
            },
            {
                "id": "economy",
                "title": "Printing presses",
                "unit": "presses per million",
                "points": [
                    point("wien", 1500, 2.0),
                    point("wien", 1600, 5.0),
                    point("austria", 1600, 1.0)
                ]
            }
        ],
        "figures": [],
        "milestones": []
    });
    match load_json(&doc.to_string()) {
        Ok(atlas) => atlas,
        Err(problems) => panic!("the test dataset does not validate: {problems:?}"),
    }
}

/// The view of `chart` for every entity and year of `atlas`, in `lang`.
fn view(atlas: &Atlas, chart: ChartId, lang: Lang) -> ChartView {
    chart_view(
        atlas,
        chart,
        &ChartOptions::default(),
        &Filters::all(atlas),
        lang,
    )
}

/// The chart of manuscripts per century, and its tab.
const MANUSCRIPTS_CHART: ChartId = ChartId::Series(0);
const MANUSCRIPTS: Tab = Tab::Chart(MANUSCRIPTS_CHART);
/// The chart of printing presses, and its tab.
const PRESSES_CHART: ChartId = ChartId::Series(1);
const PRESSES: Tab = Tab::Chart(PRESSES_CHART);

#[test]
fn every_series_no_built_in_chart_reads_has_a_tab_of_its_own() {
    let atlas = atlas();
    assert_eq!(Tab::available(&atlas), [MANUSCRIPTS, PRESSES]);
    assert_eq!(Tab::FIRST.in_atlas(&atlas), Some(MANUSCRIPTS));
    let (en, zh) = (strings(Lang::En), strings(Lang::Zh));
    assert_eq!(
        tab_label(MANUSCRIPTS, &atlas, Lang::En, en),
        "Manuscript production per century"
    );
    assert_eq!(
        tab_label(MANUSCRIPTS, &atlas, Lang::Zh, zh),
        "每世纪手稿产量"
    );
    assert_eq!(tab_label(PRESSES, &atlas, Lang::En, en), "Printing presses");
    // The page's slugs are made from the charts' places, not the ids.
    assert_eq!(MANUSCRIPTS.slug(), "series-0");
    assert_eq!(Tab::from_slug("series-1"), Some(PRESSES));
    assert_eq!(Tab::from_slug("series-01"), None);
    // A series chart of another dataset is not this one's.
    assert!(!Tab::Chart(ChartId::Series(2)).shown_in(&atlas));
    assert_eq!(
        Tab::Chart(ChartId::Series(2)).in_atlas(&atlas),
        Some(MANUSCRIPTS)
    );
}

#[test]
fn a_series_chart_draws_its_entities_as_lines_over_its_own_years() {
    let atlas = atlas();
    assert_eq!(tab_years(&atlas, MANUSCRIPTS), (-500, 1000));
    assert_eq!(tab_years(&atlas, PRESSES), (1500, 1600));
    let v = view(&atlas, MANUSCRIPTS_CHART, Lang::En);
    assert_eq!(v.kind, ChartKind::Lines);
    assert_eq!(v.title, "Manuscript production per century");
    assert_eq!(v.unit, Unit::Custom("manuscripts".into()));
    assert_eq!(v.slug, "manuscripts");
    assert_eq!(v.years, (-500, 1000));
    let lines: Vec<(&str, &str, Vec<i32>)> = v
        .series
        .iter()
        .map(|s| {
            let years = s.points.iter().map(|p| p.year).collect();
            (s.key.as_str(), s.label.as_str(), years)
        })
        .collect();
    assert_eq!(
        lines,
        [
            ("austria", "Austria", vec![-500, 500, 1000]),
            ("belgium", "Belgium", vec![-500, 500, 1000]),
        ]
    );
    assert_eq!(v.series[1].points[2].value, Some(2500.5));
    assert_eq!(v.sources(), ["file"]);

    let v = view(&atlas, PRESSES_CHART, Lang::Zh);
    assert_eq!(v.unit, Unit::Custom("presses per million".into()));
    let labels: Vec<&str> = v.series.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels, ["维也纳", "Austria"], "in the order they appear");
    assert_eq!(v.years, (1500, 1600));
    // Each entity keeps its colour whatever the years show.
    let narrowed = chart_view(
        &atlas,
        PRESSES_CHART,
        &ChartOptions::default(),
        &Filters {
            clusters: Vec::new(),
            years: (1600, 1600),
        },
        Lang::En,
    );
    let styles: Vec<usize> = narrowed.series.iter().map(|s| s.style).collect();
    assert_eq!(styles, [0, 1]);
}

#[test]
fn a_series_chart_with_years_before_the_common_era_draws() {
    let atlas = atlas();
    let v = view(&atlas, MANUSCRIPTS_CHART, Lang::En);
    let drawing = render_with(&v, &[], Lang::En, None);
    // Each entity a line through its three values, centuries apart, each
    // value marked and read.
    let lines = drawing
        .svg
        .split("<polyline")
        .filter_map(|l| l.split("points=\"").nth(1)?.split('"').next())
        .filter(|points| points.split(' ').count() == 3)
        .count();
    assert_eq!(lines, 2, "{}", drawing.svg);
    assert_eq!(drawing.frame.marks.len(), 6);
    let shown = texts(&drawing.svg);
    // The axis writes years before the common era as the timeline does.
    for year in ["400 BCE", "0", "1000"] {
        assert!(shown.iter().any(|t| t == year), "{year} in {shown:?}");
    }
    assert!(!shown.iter().any(|t| t.starts_with('-')), "{shown:?}");
    let zh = view(&atlas, MANUSCRIPTS_CHART, Lang::Zh);
    let shown = texts(&render_with(&zh, &[], Lang::Zh, None).svg);
    assert!(shown.iter().any(|t| t.starts_with("公元前")), "{shown:?}");
}

#[test]
fn links_name_series_charts_by_their_series_id() {
    let atlas = atlas();
    let mut link = Permalink::default();
    link.set_tab(MANUSCRIPTS, &atlas);
    link.view_named = true;
    assert_eq!(link.encode(), "view=manuscripts");
    assert_eq!(Permalink::decode("view=manuscripts"), link);
    assert_eq!(link.tab_in(&atlas), MANUSCRIPTS);
    // An id that is also a built-in view's name is marked as a series'.
    link.set_tab(PRESSES, &atlas);
    assert_eq!(link.encode(), "view=series:economy");
    let read = Permalink::decode("view=series:economy");
    assert_eq!(read, link);
    assert_eq!(read.tab_in(&atlas), PRESSES);
    // The built-in chart of that name is not the series chart: this
    // dataset lacks it, and opens its first chart.
    let economy = Permalink::decode("view=economy");
    assert_eq!(economy.series_chart, None);
    assert_eq!(economy.tab_in(&atlas), MANUSCRIPTS);
    // From the timeline, the chart to come back to.
    link.focus = Focus::Timeline;
    assert_eq!(link.encode(), "view=timeline&chart=series:economy");
    let read = Permalink::decode(&link.encode());
    assert_eq!(
        (read.focus, read.tab_in(&atlas)),
        (Focus::Timeline, PRESSES)
    );
    // An unknown series opens the first chart, as any unknown view.
    assert_eq!(
        Permalink::decode("view=no-such-series").tab_in(&atlas),
        MANUSCRIPTS
    );
    // A built-in tab set back clears the series.
    link.set_tab(Tab::Figures, &atlas);
    assert_eq!(link.series_chart, None);
    assert_eq!(link.tab, Tab::Figures);
}

#[test]
fn series_charts_share_one_legend_slot_apart_from_the_built_in_charts() {
    let mut slots: Vec<usize> = ChartId::BUILT_IN.iter().map(|c| c.legend_slot()).collect();
    slots.push(ChartId::Series(0).legend_slot());
    slots.push(ChartId::Series(7).legend_slot());
    assert_eq!(slots, [0, 1, 2, 3, 4, 4]);
    let link = Permalink::decode("hide-series=austria~wien");
    assert_eq!(link.hidden[4], ["austria", "wien"]);
    assert_eq!(link.encode(), "hide-series=austria~wien");
}

#[test]
fn tables_summaries_and_exports_write_years_before_the_common_era() {
    let atlas = atlas();
    let v = view(&atlas, MANUSCRIPTS_CHART, Lang::En);
    let table = table_html(&v, &[], Lang::En, strings(Lang::En));
    assert!(table.contains(">500 BCE</th>"), "{table}");
    assert!(!table.contains(">-500<"), "{table}");
    let said = summary(&v, &[], Lang::En);
    assert!(said.contains("500 BCE–1000"), "{said}");
    // A CSV keeps the year a number, to be read again.
    let rows = csv(&atlas, &v, &[], Lang::En, &[]);
    assert!(
        rows.lines().any(|row| row.starts_with("Austria,-500,10,")),
        "{rows}"
    );
    assert_eq!(
        file_name(&v, "csv"),
        "cluster-atlas-manuscripts-500bce-1000.csv"
    );
}

/// A series of 21 countries over centuries: a line each, their colours
/// and markers cycling through the palette as every chart's do, each a
/// toggle of the legend, and a hidden one left out of the drawing.
#[test]
fn a_series_of_many_entities_draws_a_line_and_a_toggle_for_each() {
    let countries: Vec<String> = (0..21).map(|i| format!("country-{i}")).collect();
    let years: Vec<i32> = (5..=17).map(|c| c * 100).collect();
    let points: Vec<Value> = countries
        .iter()
        .enumerate()
        .flat_map(|(i, c)| {
            years
                .iter()
                .map(move |&y| point(c, y, f64::from(y) / 100.0 + i as f64))
        })
        .collect();
    let doc = json!({
        "schema": 1,
        "title": "Manuscripts",
        "clusters": [],
        "entities": countries.iter().map(|c| json!({"id": c, "name": c})).collect::<Vec<_>>(),
        "sources": [{
            "id": "file", "title": "A file", "publisher": "Someone",
            "url": "https://example.org/books.csv", "supports": "Every value"
        }],
        "series": [{
            "id": "manuscripts", "title": "Manuscript production per century",
            "unit": "manuscripts", "points": points
        }],
        "figures": [],
        "milestones": []
    });
    let atlas = load_json(&doc.to_string()).expect("the dataset validates");
    let v = view(&atlas, MANUSCRIPTS_CHART, Lang::En);
    let styles: Vec<usize> = v.series.iter().map(|s| s.style).collect();
    assert_eq!(styles, (0..21).collect::<Vec<_>>());
    assert!(v.series.iter().all(|s| s.points.len() == years.len()));
    let legend = legend_html(&v, &["country-3".to_string()]);
    assert_eq!(legend.matches("data-key=").count(), 21);
    assert_eq!(legend.matches("aria-pressed=\"false\"").count(), 1);
    let drawing = render_with(&v, &["country-3".to_string()], Lang::En, None);
    assert_eq!(drawing.frame.marks.len(), 20 * years.len());
}

/// A link records the years of a series chart as that chart shows them.
#[test]
fn a_series_charts_years_are_recorded_in_its_own_range() {
    let atlas = atlas();
    let mut link = Permalink::default();
    link.set_tab(PRESSES, &atlas);
    let all = Filters::all(&atlas);
    assert_eq!(all.years, (-500, 1600), "every series' years");
    link.set_filters(&all, &atlas);
    assert_eq!(link.years, None, "every year of the chart");
    link.set_filters(
        &Filters {
            years: (-500, 1550),
            ..all
        },
        &atlas,
    );
    assert_eq!(link.years, Some((1500, 1550)), "the years the chart shows");
    let read = Permalink::decode(&link.encode());
    assert_eq!(read.years, Some((1500, 1550)));
    assert_eq!(read.tab_in(&atlas), PRESSES);
}
