//! What several native test files share: the default dataset, a chart's
//! view and its drawing as the app draws it (720 × 400, light theme), and
//! what that SVG shows. Test files include it as `pub mod common;`, so
//! that a helper one of them does not use is no dead code.

pub mod import;

use cluster_atlas::core::chart::build::chart_view;
use cluster_atlas::core::chart::options::{ChartId, ChartOptions, EconomyMode, Filters};
use cluster_atlas::core::chart::view::ChartView;
use cluster_atlas::core::dataset::atlas::Atlas;
use cluster_atlas::core::dataset::bundled::default_atlas;
use cluster_atlas::core::text::bilingual::Lang;
use cluster_atlas::draw::theme::LIGHT;
use cluster_atlas::draw::{Decor, Drawing, Options, Size, draw};

/// The entity ids of the rows of the shared CSV files (`province`): the
/// eight member provinces and, as `National`, the country.
pub fn province_ids() -> std::collections::HashMap<&'static str, &'static str> {
    std::collections::HashMap::from([
        ("Beijing", "beijing"),
        ("Tianjin", "tianjin"),
        ("Hebei", "hebei"),
        ("Shanghai", "shanghai"),
        ("Jiangsu", "jiangsu"),
        ("Zhejiang", "zhejiang"),
        ("Anhui", "anhui"),
        ("Guangdong", "guangdong"),
        ("National", "china"),
    ])
}

/// The default dataset, validated; its problems listed if it is not.
pub fn atlas() -> Atlas {
    match default_atlas() {
        Ok(atlas) => atlas,
        Err(problems) => panic!(
            "the default dataset does not validate:\n{}",
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

/// The view of `chart`, in English.
pub fn view(atlas: &Atlas, chart: ChartId, options: &ChartOptions, filters: &Filters) -> ChartView {
    chart_view(atlas, chart, options, filters, Lang::En)
}

/// `view` drawn in English with the series `hidden` hidden.
pub fn render(view: &ChartView, hidden: &[String]) -> Drawing {
    render_with(view, hidden, Lang::En, None)
}

/// `view` drawn with the series `hidden` hidden, in `lang`, with `decor`;
/// written to `$ATLAS_SVG_DIR` too, where that is set, to be looked at.
pub fn render_with(
    view: &ChartView,
    hidden: &[String],
    lang: Lang,
    decor: Option<Decor>,
) -> Drawing {
    let drawing = draw(
        view,
        &Options {
            hidden,
            size: Size {
                width: 720,
                height: 400,
            },
            theme: &LIGHT,
            lang,
            decor,
            marker: None,
        },
    )
    .expect("the chart draws");
    if let Ok(dir) = std::env::var("ATLAS_SVG_DIR") {
        let name = format!(
            "{dir}/{}-{}-{}-{}.svg",
            view.slug,
            view.years.0,
            view.years.1,
            hidden.len()
        );
        std::fs::write(name, &drawing.svg).unwrap();
    }
    drawing
}

/// Number of values shown (not hidden) in a view.
pub fn values(view: &ChartView, hidden: &[String]) -> usize {
    view.series
        .iter()
        .filter(|s| !hidden.contains(&s.key))
        .flat_map(|s| &s.points)
        .filter(|p| p.value.is_some())
        .count()
}

/// The texts of an SVG, trimmed.
pub fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| t.split_once('>').map(|(_, rest)| rest))
        .filter_map(|t| {
            t.split_once("</text>")
                .map(|(inner, _)| inner.trim().to_string())
        })
        .collect()
}

/// How many `element`s an SVG has.
pub fn count(svg: &str, element: &str) -> usize {
    svg.matches(&format!("<{element} ")).count()
}

/// The economy chart's options in `mode`, members of the Yangtze River Delta.
pub fn economy(mode: EconomyMode) -> ChartOptions {
    ChartOptions {
        economy: mode,
        members_of: "yrd".into(),
        ..ChartOptions::default()
    }
}
