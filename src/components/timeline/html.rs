//! The timeline's markup, written as escaped HTML text: lanes with their
//! milestones (only those in view), the axis, the overview strip, the list
//! and the detail panel.

use crate::components::source_links::source_anchor;
use crate::core::atlas::{Atlas, Milestone};
use crate::core::calendar::days_from_civil;
use crate::core::format::decimal;
use crate::core::html::Html;
use crate::core::strings::{Strings, with_count};
use crate::core::text::Lang;
use crate::core::timeline::{Lane, Placement, Tick, Window, badge_width, label_width};

/// Height of a label row, in pixels.
pub const ROW: f64 = 22.0;
/// Room under the first label row for the markers.
pub const BASE: f64 = 16.0;

/// What the lanes need besides their layout.
pub struct LanesContext<'a> {
    /// The dataset.
    pub atlas: &'a Atlas,
    /// The window in view and the width it is drawn at.
    pub window: Window,
    /// Width of the track, in pixels.
    pub width: f64,
    /// Label rows per lane.
    pub rows: usize,
    /// The selected milestone.
    pub selected: Option<usize>,
    /// The year highlighted from a chart.
    pub lit_year: Option<i32>,
    /// Language and strings.
    pub lang: Lang,
    /// The interface strings.
    pub s: &'static Strings,
}

fn px(v: f64) -> String {
    format!("{}px", decimal(v, 1))
}

/// The name of a milestone's lane.
pub fn lane_name(atlas: &Atlas, m: &Milestone, lang: Lang, s: &Strings) -> String {
    m.cluster
        .as_ref()
        .and_then(|c| atlas.cluster(c))
        .map_or_else(
            || s.national_lane.to_string(),
            |c| c.name.get(lang).to_string(),
        )
}

/// The axis ticks and the lanes of milestones.
pub fn lanes_html(
    cx: &LanesContext,
    ticks: &[Tick],
    lanes: &[Lane],
    layout: &[Vec<Placement>],
) -> String {
    let mut h = Html::new();
    let lit = cx.lit_year.map(|y| {
        (
            days_from_civil(i64::from(y), 1, 1),
            days_from_civil(i64::from(y) + 1, 1, 1),
        )
    });
    h.open("div", &[("class", "tl-axis"), ("aria-hidden", "true")]);
    for tick in ticks {
        let x = px(cx.window.x(tick.day, cx.width));
        h.element(
            "span",
            &[("class", "tl-tick"), ("style", &format!("left:{x}"))],
            &tick.label,
        );
    }
    h.close("div");
    // Room above the label rows for the lane's name.
    let height = px(BASE + cx.rows as f64 * ROW + 24.0);
    for (lane, placements) in lanes.iter().zip(layout) {
        h.open(
            "div",
            &[
                ("class", "tl-lane"),
                ("data-testid", "timeline-lane"),
                ("data-lane", lane.cluster.as_deref().unwrap_or("national")),
            ],
        );
        h.element(
            "span",
            &[("class", &format!("tl-lane-label series-{}", lane.style % 8))],
            &lane.label,
        );
        h.open(
            "div",
            &[
                ("class", &format!("tl-track series-{}", lane.style % 8)),
                ("style", &format!("height:{height}")),
            ],
        );
        for tick in ticks {
            let x = px(cx.window.x(tick.day, cx.width));
            h.element(
                "span",
                &[("class", "tl-grid"), ("style", &format!("left:{x}"))],
                "",
            );
        }
        for placement in placements {
            placement_html(&mut h, cx, placement, lit);
        }
        h.close("div").close("div");
    }
    h.finish()
}

fn placement_html(h: &mut Html, cx: &LanesContext, placement: &Placement, lit: Option<(i64, i64)>) {
    let milestones = cx.atlas.milestones();
    match placement {
        Placement::One { id, row, left } => {
            let Some(m) = milestones.get(*id) else { return };
            let (start, end) = m.date.span();
            let x = cx.window.x(start as f64, cx.width);
            let point = end - start <= 1;
            let x_end = if point {
                x
            } else {
                cx.window.x(end as f64, cx.width)
            };
            let mut class = String::from("tl-item");
            if cx.selected == Some(*id) {
                class.push_str(" is-selected");
            }
            if lit.is_some_and(|(a, b)| start < b && end > a) {
                class.push_str(" is-lit");
            }
            let mark_class = if point { "tl-mark" } else { "tl-mark tl-range" };
            let mark_style = format!("left:{};width:{}", px(x), px((x_end - x).max(0.0)));
            h.element(
                "span",
                &[
                    ("class", mark_class),
                    ("style", &mark_style),
                    ("aria-hidden", "true"),
                ],
                "",
            );
            let bottom = BASE + *row as f64 * ROW;
            h.element(
                "span",
                &[
                    ("class", "tl-leader"),
                    ("style", &format!("left:{};height:{}", px(x), px(bottom))),
                    ("aria-hidden", "true"),
                ],
                "",
            );
            let name = format!(
                "{}, {}: {}",
                m.date.display(cx.lang),
                lane_name(cx.atlas, m, cx.lang, cx.s),
                m.title.get(cx.lang)
            );
            let style = format!(
                "left:{};bottom:{};max-width:{}",
                px(*left),
                px(bottom),
                px(label_width(m, cx.lang))
            );
            h.element(
                "button",
                &[
                    ("type", "button"),
                    ("class", &class),
                    ("data-id", &id.to_string()),
                    ("data-testid", "milestone"),
                    ("aria-label", &name),
                    ("title", &name),
                    ("style", &style),
                ],
                m.short.get(cx.lang),
            );
        }
        Placement::Group {
            ids,
            row,
            x,
            x_end,
            left,
        } => {
            let mark_style = format!("left:{};width:{}", px(*x), px((x_end - x).max(0.0)));
            h.element(
                "span",
                &[
                    ("class", "tl-mark tl-range tl-group-mark"),
                    ("style", &mark_style),
                    ("aria-hidden", "true"),
                ],
                "",
            );
            let first = ids
                .iter()
                .filter_map(|&i| milestones.get(i))
                .map(|m| m.date.span().0)
                .min()
                .unwrap_or(0);
            let last = ids
                .iter()
                .filter_map(|&i| milestones.get(i))
                .map(|m| m.date.span().1)
                .max()
                .unwrap_or(0);
            let bottom = BASE + *row as f64 * ROW;
            h.element(
                "span",
                &[
                    ("class", "tl-leader"),
                    ("style", &format!("left:{};height:{}", px(*x), px(bottom))),
                    ("aria-hidden", "true"),
                ],
                "",
            );
            let style = format!(
                "left:{};bottom:{};width:{}",
                px(*left),
                px(bottom),
                px(badge_width(ids.len()))
            );
            h.element(
                "button",
                &[
                    ("type", "button"),
                    ("class", "tl-group"),
                    ("data-span", &format!("{first},{last}")),
                    ("data-testid", "milestone-group"),
                    ("aria-label", &with_count(cx.s.group_label, ids.len())),
                    ("style", &style),
                ],
                &ids.len().to_string(),
            );
        }
    }
}

/// The overview strip: where milestones are over the whole span, per lane.
pub fn overview_html(density: &[Vec<u32>], lanes: &[Lane]) -> String {
    let bins = density.first().map_or(0, Vec::len).max(1);
    let peak = density.iter().flatten().copied().max().unwrap_or(0).max(1);
    let band = 100.0 / density.len().max(1) as f64;
    let mut svg =
        format!(r#"<svg viewBox="0 0 {bins} 100" preserveAspectRatio="none" aria-hidden="true">"#);
    for (l, (counts, lane)) in density.iter().zip(lanes).enumerate() {
        for (b, &c) in counts.iter().enumerate().filter(|(_, c)| **c > 0) {
            let h = band * (0.3 + 0.7 * f64::from(c) / f64::from(peak));
            let y = band * (l as f64 + 1.0) - h;
            svg.push_str(&format!(
                r#"<rect class="series-{}" x="{b}" y="{}" width="1" height="{}"/>"#,
                lane.style % 8,
                decimal(y, 2),
                decimal(h, 2)
            ));
        }
    }
    svg.push_str("</svg>");
    svg
}

/// The milestones as a list, chronological, grouped by year.
pub fn list_html(
    atlas: &Atlas,
    shown: &[usize],
    selected: Option<usize>,
    lang: Lang,
    s: &Strings,
) -> String {
    let mut h = Html::new();
    let mut year = None;
    for &i in shown {
        let Some(m) = atlas.milestones().get(i) else {
            continue;
        };
        if year != Some(m.date.year()) {
            if year.is_some() {
                h.close("ol").close("section");
            }
            year = Some(m.date.year());
            h.open("section", &[("class", "tl-year")]);
            h.element(
                "h4",
                &[],
                &crate::core::date::Date::year_only(m.date.year()).display(lang),
            );
            h.open("ol", &[]);
        }
        let current = if selected == Some(i) { "true" } else { "false" };
        h.open("li", &[]);
        h.open(
            "button",
            &[
                ("type", "button"),
                ("class", "tl-list-item"),
                ("data-id", &i.to_string()),
                ("data-testid", "list-milestone"),
                ("aria-current", current),
            ],
        );
        h.element("span", &[("class", "tl-list-date")], &m.date.display(lang));
        h.element(
            "span",
            &[("class", "tl-list-lane")],
            &lane_name(atlas, m, lang, s),
        );
        h.element("span", &[("class", "tl-list-title")], m.title.get(lang));
        h.close("button").close("li");
    }
    if year.is_some() {
        h.close("ol").close("section");
    }
    h.finish()
}

/// The detail panel of a milestone.
pub fn detail_html(atlas: &Atlas, m: &Milestone, lang: Lang, s: &Strings) -> String {
    let mut h = Html::new();
    h.open("p", &[("class", "tl-detail-meta")]);
    h.element(
        "span",
        &[("class", "tl-detail-date"), ("data-testid", "detail-date")],
        &m.date.display(lang),
    );
    h.text(" · ")
        .element(
            "span",
            &[("class", "tl-detail-lane")],
            &lane_name(atlas, m, lang, s),
        )
        .close("p");
    h.element(
        "h3",
        &[("id", "tl-detail-title"), ("tabindex", "-1")],
        m.title.get(lang),
    );
    h.element("p", &[("class", "tl-detail-text")], m.description.get(lang));
    h.element("h4", &[], s.sources_heading)
        .open("ul", &[("class", "tl-detail-sources")]);
    for c in &m.sources {
        let Some(source) = atlas.source(&c.source) else {
            continue;
        };
        h.open("li", &[]);
        let href = format!("#{}", source_anchor(&source.id));
        h.element(
            "a",
            &[("href", &href), ("class", "source-link")],
            source.title.get(lang),
        );
        h.text(&format!(" — {}. ", source.publisher.get(lang)));
        h.element(
            "a",
            &[
                ("href", &source.url),
                ("rel", "noopener noreferrer external"),
                ("class", "source-url"),
            ],
            &source.url,
        );
        if let Some(quote) = &c.quote {
            h.element("q", &[("class", "tl-quote")], quote);
        }
        if let Some(note) = &c.note {
            h.element("span", &[("class", "tl-note")], note);
        }
        h.close("li");
    }
    h.close("ul");
    h.open("div", &[("class", "tl-detail-nav")]);
    for (action, label) in [("prev", s.previous), ("next", s.next), ("close", s.close)] {
        h.element(
            "button",
            &[
                ("type", "button"),
                ("class", "button"),
                ("data-action", action),
                ("data-testid", &format!("detail-{action}")),
            ],
            label,
        );
    }
    h.close("div");
    h.finish()
}
