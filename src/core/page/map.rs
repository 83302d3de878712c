//! The tile map's section as HTML text: its controls (measure, year, base
//! year, Play), the read-out of a tile, and the caveats; the names its
//! listeners find.

use crate::core::chart::export::{column_decimals, table_value};
use crate::core::chart::view::Role;
use crate::core::dataset::atlas::Atlas;
use crate::core::map::export::{MapRow, Shown, map_title};
use crate::core::map::grid::{TileGrid, outline_cluster};
use crate::core::map::measure::{MapMeasure, MapValues};
use crate::core::page::chart::frame::{ChartPart, actions_html};
use crate::core::page::chart::swatch::swatch_html;
use crate::core::page::contract::{Data, Name, Part, names};
use crate::core::page::html::Html;
use crate::core::page::source_links::source_links_html;
use crate::core::text::bilingual::Lang;
use crate::core::text::format::{decimal, format_exact};
use crate::core::text::strings::Strings;
use crate::core::text::strings::map::MapStrings;

names! {
    /// The parts of the map's section that its listeners find (by id).
    pub enum MapPart {
        /// The choice of measure.
        Measure = "map-measure",
        /// The year's slider.
        Year = "map-year",
        /// The year shown beside the slider.
        YearShown = "map-year-shown",
        /// The choice of base year.
        Base = "map-base",
        /// The Play button.
        Play = "map-play",
        /// The drawing.
        Drawing = "map-drawing",
        /// The ring round the tile the read-out shows.
        Ring = "map-ring",
        /// The outlines of the tiles a story's step highlights.
        Marks = "map-marks",
        /// The read-out.
        Readout = "map-readout",
    }
}

impl Part for MapPart {
    fn selector(self) -> String {
        format!("#{}", self.slug())
    }
}

/// What the controls show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MapControls<'a> {
    /// The measure.
    pub measure: MapMeasure,
    /// The years there are, first to last.
    pub years: &'a [i32],
    /// The year shown.
    pub year: i32,
    /// The base year of growth.
    pub base: i32,
}

/// The controls: the measure, the base year (for growth), the year's
/// slider with the year shown, and Play.
pub fn controls_html(h: &mut Html, c: MapControls, s: &MapStrings) {
    let test = Data::TestId.slug();
    h.open("div", &[("class", "map-controls")]);
    h.open("label", &[("class", "map-control")]);
    h.text(s.measure);
    h.open(
        "select",
        &[("id", MapPart::Measure.slug()), (test, "map-measure")],
    );
    for (m, name) in MapMeasure::ALL.into_iter().zip(s.measures) {
        let mut attrs = vec![("value", m.slug())];
        if m == c.measure {
            attrs.push(("selected", ""));
        }
        h.element("option", &attrs, name);
    }
    h.close("select").close("label");
    let hidden = if c.measure == MapMeasure::Growth {
        "map-control"
    } else {
        "map-control hidden"
    };
    h.open("label", &[("class", hidden)]);
    h.text(s.base);
    h.open(
        "select",
        &[("id", MapPart::Base.slug()), (test, "map-base")],
    );
    for &y in c.years {
        let year = y.to_string();
        let mut attrs = vec![("value", year.as_str())];
        if y == c.base {
            attrs.push(("selected", ""));
        }
        h.element("option", &attrs, &year);
    }
    h.close("select").close("label");
    let (first, last) = (
        c.years.first().copied().unwrap_or(c.year),
        c.years.last().copied().unwrap_or(c.year),
    );
    let (min, max, value) = (first.to_string(), last.to_string(), c.year.to_string());
    h.open("label", &[("class", "map-control map-year")]);
    h.text(s.year);
    h.open(
        "input",
        &[
            ("id", MapPart::Year.slug()),
            (test, "map-year"),
            ("type", "range"),
            ("min", &min),
            ("max", &max),
            ("step", "1"),
            ("value", &value),
        ],
    );
    h.element(
        "output",
        &[
            ("id", MapPart::YearShown.slug()),
            ("for", MapPart::Year.slug()),
        ],
        &value,
    );
    h.close("label");
    h.element(
        "button",
        &[
            ("id", MapPart::Play.slug()),
            (test, "map-play"),
            ("type", "button"),
            ("class", "button map-play"),
            ("aria-pressed", "false"),
        ],
        s.play,
    );
    h.close("div");
}

/// What a read-out is of: a tile of the map of a dataset.
#[derive(Clone, Copy, Debug)]
pub struct MapReadout<'a> {
    /// The dataset.
    pub atlas: &'a Atlas,
    /// Its tiles.
    pub grid: &'a TileGrid,
    /// The values shown.
    pub values: &'a MapValues,
    /// The tile, by its place in [`TileGrid::tiles`]; none before one is
    /// chosen.
    pub tile: Option<usize>,
    /// What the controls show.
    pub controls: MapControls<'a>,
    /// The language.
    pub lang: Lang,
}

/// The read-out of a tile: the division, its value with unit, its rank
/// that year, its cluster (with its note), and the source; or the hint
/// before one is chosen.
pub fn readout_html(r: &MapReadout, s: &Strings, m: &MapStrings) -> String {
    let MapReadout {
        atlas,
        grid,
        values,
        tile,
        controls: c,
        lang,
    } = *r;
    let mut h = Html::new();
    let Some((t, entity)) = tile.and_then(|i| {
        let t = grid.tiles.get(i)?;
        Some((i, atlas.entities().get(t.entity)?))
    }) else {
        h.text(m.hint);
        return h.finish();
    };
    h.element(
        "strong",
        &[("class", "map-readout-name")],
        entity.name.get(lang),
    );
    h.text(" — ");
    let covered = atlas
        .series(crate::core::dataset::series_ids::GDP)
        .is_some_and(|series| series.points.iter().any(|p| p.entity == entity.id));
    match values.values.get(t).copied().flatten() {
        Some(value) => {
            let shown = match c.measure {
                MapMeasure::Gdp => format_exact(value),
                _ => decimal(value, 1),
            };
            let mut text = c.measure.unit().with_number(&shown, lang);
            if c.measure == MapMeasure::Growth {
                text.push(' ');
                text.push_str(&m.since.replace("{base}", &c.base.to_string()));
            }
            h.element("span", &[("class", "map-readout-value")], &text);
            if let Some(rank) = values.ranks.get(t).copied().flatten() {
                let rank = m
                    .rank
                    .replace("{rank}", &rank.to_string())
                    .replace("{count}", &values.ranked.to_string())
                    .replace("{year}", &c.year.to_string());
                h.text(", ").text(&rank);
            }
        }
        None if covered => {
            h.text(m.no_value);
        }
        None => {
            h.text(m.not_in_source);
        }
    }
    let member = entity.cluster.as_deref().and_then(|c| atlas.cluster(c));
    if let Some(cluster) =
        outline_cluster(atlas, grid.tiles[t].entity).and_then(|c| atlas.cluster(c))
    {
        h.text(" · ").text(cluster.name.get(lang));
        if let Some(note) = entity.note.as_ref().or(cluster.note.as_ref()) {
            h.element(
                "span",
                &[("class", "map-readout-note")],
                &format!(" ({})", note.get(lang)),
            );
        }
    }
    // A member opens its cluster's members in the economy chart.
    if let Some(cluster) = member {
        h.text(" ");
        h.element(
            "button",
            &[
                ("type", "button"),
                ("class", "button map-members"),
                (Data::TestId.slug(), "map-members"),
                (Data::Cluster.slug(), &cluster.id),
            ],
            &m.members.replace("{cluster}", cluster.name.get(lang)),
        );
    }
    let cited: Vec<String> = atlas
        .point(crate::core::dataset::series_ids::GDP, &entity.id, c.year)
        .map(|p| p.sources.iter().map(|c| c.source.clone()).collect())
        .unwrap_or_default();
    if !cited.is_empty() {
        h.text(" · ");
        source_links_html(&mut h, atlas, &cited, lang, s);
    }
    h.finish()
}

/// The whole section but its drawing, read-out and table, which the
/// component fills: the heading, the lead, the controls, the drawing's box
/// (focusable, described by the read-out, which is announced), the table
/// toggle and downloads (as a chart's), and the caveats.
pub fn section_html(
    atlas: &Atlas,
    c: MapControls,
    lang: Lang,
    s: &Strings,
    m: &MapStrings,
) -> String {
    let test = Data::TestId.slug();
    let mut h = Html::new();
    h.element("h2", &[("id", "map-heading")], m.heading);
    h.element("p", &[("class", "map-lead")], m.lead);
    controls_html(&mut h, c, m);
    // The clusters, each chosen alone (in every view) or all again.
    h.open("div", &[("class", "toggles map-clusters")]);
    for (style, cluster) in atlas.clusters().iter().enumerate() {
        h.open(
            "button",
            &[
                ("type", "button"),
                ("class", "toggle"),
                (test, &format!("map-cluster-{}", cluster.id)),
                (Data::Cluster.slug(), &cluster.id),
                ("aria-pressed", "false"),
            ],
        );
        swatch_html(&mut h, style, Role::Main);
        h.text(cluster.name.get(lang)).close("button");
    }
    h.close("div");
    // The drawing, and the ring round the tile the read-out shows, moved
    // over it without drawing the map again.
    h.open("div", &[("class", "map-frame")]);
    h.element(
        "div",
        &[
            ("class", "map-drawing"),
            ("id", MapPart::Drawing.slug()),
            (test, "map-drawing"),
            ("tabindex", "0"),
            ("role", "group"),
            ("aria-label", m.keys),
            ("aria-describedby", MapPart::Readout.slug()),
        ],
        "",
    );
    h.element(
        "div",
        &[
            ("class", "map-ring"),
            ("id", MapPart::Ring.slug()),
            ("hidden", ""),
        ],
        "",
    );
    h.element(
        "div",
        &[
            ("class", MapPart::Marks.slug()),
            ("id", MapPart::Marks.slug()),
            (test, MapPart::Marks.slug()),
        ],
        "",
    );
    h.close("div");
    h.element(
        "div",
        &[
            ("class", "map-readout"),
            ("id", MapPart::Readout.slug()),
            (test, "map-readout"),
            ("aria-live", "polite"),
        ],
        "",
    );
    actions_html(&mut h, "map-", s);
    h.element("div", &[("class", ChartPart::TableScroll.slug())], "");
    caveats_html(&mut h, m);
    h.finish()
}

/// The caveats shown with the map.
pub fn caveats_html(h: &mut Html, m: &MapStrings) {
    h.open("ul", &[("class", "map-caveats")]);
    for caveat in m.caveats {
        h.element("li", &[], caveat);
    }
    h.close("ul");
}

/// The table of `rows`: rank, division, value and cluster, under a caption
/// with the map's title and unit.
pub fn table_html(rows: &[MapRow], shown: Shown, lang: Lang, m: &MapStrings) -> String {
    let mut h = Html::new();
    h.open(
        "table",
        &[("class", "chart-table"), (Data::TestId.slug(), "map-table")],
    );
    let unit = shown.measure.unit();
    let caption = format!("{} ({})", map_title(shown, m), unit.label(lang));
    h.element("caption", &[], &caption);
    h.open("thead", &[]).open("tr", &[]);
    for column in [m.rank_column, m.division, unit.label(lang), m.cluster] {
        h.element("th", &[("scope", "col")], column);
    }
    h.close("tr").close("thead").open("tbody", &[]);
    // GDP with the decimals of its most precise value, shares and growth
    // with two.
    let decimals = if shown.measure == MapMeasure::Gdp {
        column_decimals(rows.iter().filter_map(|r| r.value))
    } else {
        2
    };
    for row in rows {
        let rank = row.rank.map(|r| r.to_string()).unwrap_or_default();
        let value = match row.value {
            Some(v) => table_value(Some(v), decimals),
            None if row.covered => m.no_value.to_string(),
            None => m.not_in_source.to_string(),
        };
        h.open("tr", &[])
            .element("td", &[], &rank)
            .element("th", &[("scope", "row")], row.entity.name.get(lang))
            .element("td", &[], &value)
            .element("td", &[], row.cluster.map_or("", |c| c.name.get(lang)))
            .close("tr");
    }
    h.close("tbody").close("table");
    h.finish()
}
