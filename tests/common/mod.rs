//! What several native test files share: a chart drawn as the app draws
//! it, at 720 × 400 in the light theme.

use cluster_atlas::core::chart::view::ChartView;
use cluster_atlas::core::text::bilingual::Lang;
use cluster_atlas::draw::theme::LIGHT;
use cluster_atlas::draw::{Decor, Drawing, Options, Size, draw};

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
