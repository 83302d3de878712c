//! The charts' labels drawn natively at every width from 280 to 1600 px:
//! no two overlap, and none is cut off at the drawing's edge.

use cluster_atlas::core::chart::options::{ChartId, ChartOptions, EconomyMode, Filters, RdMetric};
use cluster_atlas::core::text::bilingual::Lang;
use cluster_atlas::draw::theme::LIGHT;
use cluster_atlas::draw::{Options, Size, draw};

pub mod common;
use common::{atlas, economy, view};

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
