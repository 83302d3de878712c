//! The year range: each chart ranges over the years its data has, the
//! range is never empty (two years at least), links with a bad range open
//! a usable one, a single year draws its values, and a chart without data
//! draws no made-up scale.

use cluster_atlas::core::chart::build::chart_view;

use cluster_atlas::core::chart::options::{ChartId, ChartOptions, EconomyMode, Filters, Tab};

use cluster_atlas::core::chart::view::{ChartKind, ChartView};
use cluster_atlas::core::chart::year_range::{End, moved, nearer, tab_years, widened, within};
use cluster_atlas::core::dataset::atlas::Atlas;
use cluster_atlas::core::dataset::bundled::default_atlas;
use cluster_atlas::core::link::permalink::Permalink;
use cluster_atlas::core::text::bilingual::Lang;
use cluster_atlas::draw::{Drawing, axis_unit};

pub mod common;
use common::render_with;

fn atlas() -> Atlas {
    default_atlas().expect("the default dataset validates")
}

fn years(atlas: &Atlas, years: (i32, i32)) -> Filters {
    Filters {
        years,
        ..Filters::all(atlas)
    }
}

fn render(view: &ChartView) -> Drawing {
    render_hiding(view, &[])
}

/// `view` drawn with the series `hidden` hidden.
fn render_hiding(view: &ChartView, hidden: &[String]) -> Drawing {
    render_with(view, hidden, Lang::En, None)
}

fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| t.split_once('>'))
        .filter_map(|(_, t)| t.split_once("</text>"))
        .map(|(inner, _)| inner.trim().to_string())
        .collect()
}

#[test]
fn each_chart_ranges_over_the_years_its_data_has() {
    let atlas = atlas();
    let chart = |c| tab_years(&atlas, Tab::Chart(c));
    assert_eq!(chart(ChartId::Economy), (2013, 2024), "GDP ends in 2024");
    assert_eq!(chart(ChartId::Rd), (2013, 2023));
    assert_eq!(chart(ChartId::Patents), (2013, 2023));
    assert_eq!(chart(ChartId::ScienceCities), (2018, 2025));
    assert_eq!(tab_years(&atlas, Tab::Figures), (2013, 2025));
    // A range past a chart's data shows the chart's last years, not nothing.
    let v = chart_view(
        &atlas,
        ChartId::Rd,
        &ChartOptions::default(),
        &years(&atlas, (2024, 2025)),
        Lang::En,
    );
    assert!(!v.is_empty());
    assert_eq!(v.years, (2022, 2023));
}

#[test]
fn the_range_is_never_empty_and_spans_two_years() {
    let b = (2013, 2025);
    assert_eq!(within((2025, 2025), b), (2024, 2025));
    assert_eq!(within((2013, 2013), b), (2013, 2014));
    assert_eq!(within((2020, 2016), b), (2016, 2020), "ends in order");
    assert_eq!(within((1990, 2030), b), b);
    assert_eq!(
        within((2020, 2020), (2020, 2020)),
        (2020, 2020),
        "one year of data"
    );
    // Dragging "From" all the way right stops a year short of "To".
    assert_eq!(moved(b, End::From, 2025, b), (2024, 2025));
    assert_eq!(moved((2024, 2025), End::To, 2013, b), (2024, 2025));
    assert_eq!(moved((2024, 2025), End::From, 2013, b), (2013, 2025));
    // An end at a chart's bound reaches every chart's.
    assert_eq!(widened((2018, 2024), (2013, 2024), b), (2018, 2025));
    assert_eq!(widened((2013, 2020), (2013, 2024), b), (2013, 2020));
}

#[test]
fn a_press_on_the_track_moves_the_nearer_handle() {
    assert_eq!(nearer((2015, 2020), 2013.0), End::From);
    assert_eq!(nearer((2015, 2020), 2016.4), End::From);
    assert_eq!(nearer((2015, 2020), 2018.6), End::To);
    assert_eq!(nearer((2015, 2020), 2025.0), End::To);
}

#[test]
fn a_link_with_a_bad_range_opens_a_usable_one_and_says_it() {
    let atlas = atlas();
    let opened = |query: &str| {
        let link = Permalink::decode(query);
        let filters = link.filters(&atlas);
        let mut back = Permalink {
            tab: link.tab,
            ..Permalink::default()
        };
        back.set_filters(&filters, &atlas);
        back.encode()
    };
    assert_eq!(opened("years=2020..2020"), "years=2020..2021");
    assert_eq!(opened("years=2020"), "years=2020..2021");
    assert_eq!(
        opened("view=science-cities&years=2025..2025"),
        "view=science-cities&years=2024..2025"
    );
    assert_eq!(
        opened("view=rd&years=2024..2025"),
        "view=rd",
        "no R&D data: all years"
    );
    assert_eq!(opened("years=2018..2024"), "years=2018..2024");
    // The economy chart's last year is the end of the range: the science
    // cities then show their 2025 edition too.
    let f = Permalink::decode("years=2018..2024").filters(&atlas);
    assert_eq!(f.years, (2018, 2025));
}

#[test]
fn a_single_year_draws_its_values() {
    let atlas = atlas();
    let options = [
        ChartOptions::default(),
        ChartOptions {
            economy: EconomyMode::Stacked,
            ..ChartOptions::default()
        },
    ];
    let cases = options.iter().map(|o| (ChartId::Economy, o)).chain([
        (ChartId::Patents, &options[0]),
        (ChartId::ScienceCities, &options[0]),
    ]);
    for (chart, options) in cases {
        let mut v = chart_view(
            &atlas,
            chart,
            options,
            &years(&atlas, (2019, 2020)),
            Lang::En,
        );
        for s in &mut v.series {
            s.points.retain(|p| p.year == 2020);
        }
        v.years = (2020, 2020);
        let d = render(&v);
        let values = v
            .series
            .iter()
            .flat_map(|s| &s.points)
            .filter(|p| p.value.is_some());
        assert_eq!(d.frame.marks.len(), values.count(), "{chart:?}");
        let (left, _, right, _) = d.frame.plot;
        for m in &d.frame.marks {
            assert!(m.x > left && m.x < right, "{chart:?}: inside the plot");
        }
        if v.kind != ChartKind::Bars {
            assert!(
                d.svg.contains("<circle"),
                "{chart:?}: its values are marked"
            );
        }
        assert!(texts(&d.svg).contains(&"2020".to_string()), "{chart:?}");
    }
}

#[test]
fn a_chart_without_data_draws_no_made_up_scale_and_keeps_its_unit() {
    let atlas = atlas();
    let none = Filters {
        clusters: Vec::new(),
        ..Filters::all(&atlas)
    };
    let o = ChartOptions::default();
    let empty = chart_view(&atlas, ChartId::Economy, &o, &none, Lang::En);
    assert!(empty.is_empty());
    let d = render(&empty);
    let labels = texts(&d.svg);
    assert!(
        !labels.contains(&"–".to_string()),
        "no stray dash: {labels:?}"
    );
    assert!(
        !labels.iter().any(|l| l == "0.2" || l == "1"),
        "no 0 to 1 scale: {labels:?}"
    );
    let full = chart_view(
        &atlas,
        ChartId::Economy,
        &o,
        &Filters::all(&atlas),
        Lang::En,
    );
    assert_eq!(axis_unit(&full, Lang::En), render(&full).axis.label);
    assert_eq!(axis_unit(&full, Lang::En), "trillion yuan");
    // Hiding every series keeps the unit of the values hidden.
    let all: Vec<String> = full.series.iter().map(|s| s.key.clone()).collect();
    assert_eq!(render_hiding(&full, &all).axis.label, "trillion yuan");
}
