//! The tile map on the default dataset: the layout (one tile a division,
//! none shared, the documented neighbours), the classes, ranks, shares and
//! growth.

use cluster_atlas::core::dataset::atlas::Atlas;
use cluster_atlas::core::dataset::bundled::default_atlas;
use cluster_atlas::core::map::classes::class_of;
use cluster_atlas::core::map::export::{Shown, map_csv, map_file_name, map_rows, map_title};
use cluster_atlas::core::map::grid::{Step, TileGrid, outline_cluster};
use cluster_atlas::core::map::measure::{MapMeasure, map_values, map_years};
use cluster_atlas::core::map::view::{CLASSES, locator_view, map_view};
use cluster_atlas::core::text::bilingual::Lang;
use serde_json::Value;

/// `data/editorial/provinces.json`.
fn provinces() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/editorial/provinces.json"
    ))
    .expect("data/editorial/provinces.json");
    serde_json::from_str(&text).expect("provinces.json is JSON")
}

/// The place in `grid` of the tile of entity `id`.
fn tile_of(atlas: &Atlas, grid: &TileGrid, id: &str) -> usize {
    grid.tiles
        .iter()
        .position(|t| atlas.entities()[t.entity].id == id)
        .unwrap_or_else(|| panic!("{id} has a tile"))
}

#[test]
fn every_division_has_exactly_one_tile_and_no_two_overlap() {
    let atlas = default_atlas().unwrap();
    let grid = TileGrid::of(&atlas);
    let listed = provinces()["provinces"].as_array().unwrap().len();
    assert_eq!(listed, 34);
    assert_eq!(grid.tiles.len(), 34);
    let mut places: Vec<(u8, u8)> = grid.tiles.iter().map(|t| (t.col, t.row)).collect();
    places.sort_unstable();
    places.dedup();
    assert_eq!(places.len(), 34, "two tiles share a place");
    for t in &grid.tiles {
        assert!(t.col < grid.cols && t.row < grid.rows);
    }
}

#[test]
fn the_neighbours_on_the_grid_are_the_documented_ones() {
    let atlas = default_atlas().unwrap();
    let grid = TileGrid::of(&atlas);
    let id = |i: usize| atlas.entities()[grid.tiles[i].entity].id.clone();
    let mut found: Vec<(String, String)> = grid
        .neighbours()
        .into_iter()
        .map(|(a, b)| {
            let (a, b) = (id(a), id(b));
            if a < b { (a, b) } else { (b, a) }
        })
        .collect();
    found.sort();
    let documented: Vec<(String, String)> = provinces()["neighbours"]
        .as_array()
        .unwrap()
        .iter()
        .map(|pair| {
            (
                pair[0].as_str().unwrap().to_string(),
                pair[1].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(found, documented);
}

#[test]
fn each_clusters_outline_takes_in_its_members_and_the_bay_area_hong_kong_and_macao() {
    let atlas = default_atlas().unwrap();
    let grid = TileGrid::of(&atlas);
    let in_outline = |cluster: &str| -> Vec<String> {
        let mut ids: Vec<String> = grid
            .tiles
            .iter()
            .filter(|t| outline_cluster(&atlas, t.entity) == Some(cluster))
            .map(|t| atlas.entities()[t.entity].id.clone())
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(in_outline("jjj"), ["beijing", "hebei", "tianjin"]);
    assert_eq!(
        in_outline("yrd"),
        ["anhui", "jiangsu", "shanghai", "zhejiang"]
    );
    assert_eq!(in_outline("gba"), ["guangdong", "hong-kong", "macao"]);
    // Hong Kong and Macao are in the outline, not members for the charts.
    assert_eq!(atlas.members("gba").count(), 1);
}

#[test]
fn ranks_shares_and_growth_follow_the_values() {
    let atlas = default_atlas().unwrap();
    let grid = TileGrid::of(&atlas);
    let at = |id: &str| tile_of(&atlas, &grid, id);
    let (beijing, guangdong, taiwan) = (at("beijing"), at("guangdong"), at("taiwan"));

    let gdp = map_values(&atlas, &grid, MapMeasure::Gdp, 2024, 2013);
    assert_eq!(gdp.values[beijing], Some(49670.2));
    assert_eq!(gdp.ranked, 31);
    assert_eq!(gdp.ranks[guangdong], Some(1));
    assert_eq!(gdp.values[taiwan], None);
    assert_eq!(gdp.ranks[taiwan], None);
    let higher = gdp
        .values
        .iter()
        .flatten()
        .filter(|&&v| v > 49670.2)
        .count();
    assert_eq!(gdp.ranks[beijing], Some(1 + higher));

    let (national, _) = atlas.national("gdp", 2020).unwrap();
    let share = map_values(&atlas, &grid, MapMeasure::Share, 2020, 2013);
    let beijing_2020 = atlas.point("gdp", "beijing", 2020).unwrap().value.unwrap();
    assert_eq!(share.values[beijing], Some(beijing_2020 / national * 100.0));
    // Shares start where the national figure does.
    assert!(
        map_values(&atlas, &grid, MapMeasure::Share, 2014, 2013)
            .values
            .iter()
            .all(Option::is_none)
    );
    assert_eq!(
        map_years(&atlas, &grid, MapMeasure::Share).first(),
        Some(&2015)
    );
    assert_eq!(
        map_years(&atlas, &grid, MapMeasure::Gdp),
        (2013..=2024).collect::<Vec<_>>()
    );

    let growth = map_values(&atlas, &grid, MapMeasure::Growth, 2024, 2013);
    assert_eq!(
        growth.values[beijing],
        Some((49670.2 / 21746.0 - 1.0) * 100.0)
    );
}

#[test]
fn every_value_falls_in_one_class_of_nice_breaks() {
    let atlas = default_atlas().unwrap();
    let grid = TileGrid::of(&atlas);
    for measure in MapMeasure::ALL {
        for year in map_years(&atlas, &grid, measure) {
            let values = map_values(&atlas, &grid, measure, year, 2013);
            let view = map_view(&atlas, &grid, &values, measure, Lang::En);
            let breaks = &view.breaks;
            assert!(
                breaks.len() >= 2 && breaks.len() <= CLASSES + 1,
                "{measure:?} {year}: {breaks:?}"
            );
            let step = breaks[1] - breaks[0];
            let mantissa = step / 10f64.powf(step.log10().floor());
            assert!(
                [1.0, 2.0, 2.5, 5.0]
                    .iter()
                    .any(|m| (m - mantissa).abs() < 1e-9),
                "{measure:?} {year}: step {step}"
            );
            for (tile, value) in view.tiles.iter().zip(&values.values) {
                match value {
                    Some(v) => {
                        let c = tile.class.unwrap();
                        assert_eq!(c, class_of(*v, breaks));
                        assert!(breaks[c] <= *v && *v <= breaks[c + 1], "{v} in {breaks:?}");
                    }
                    None => assert_eq!(tile.class, None),
                }
            }
        }
    }
}

#[test]
fn arrow_keys_follow_the_grid() {
    let atlas = default_atlas().unwrap();
    let grid = TileGrid::of(&atlas);
    let at = |id: &str| tile_of(&atlas, &grid, id);
    assert_eq!(grid.step(at("beijing"), Step::Down), Some(at("hebei")));
    assert_eq!(grid.step(at("hebei"), Step::Right), Some(at("tianjin")));
    assert_eq!(
        grid.step(at("guangdong"), Step::Right),
        Some(at("hong-kong"))
    );
    assert_eq!(grid.step(at("guangdong"), Step::Down), Some(at("macao")));
    assert_eq!(grid.step(at("fujian"), Step::Right), Some(at("taiwan")));
    assert_eq!(grid.step(at("xinjiang"), Step::Left), None);
}

#[test]
fn a_locator_fills_its_clusters_tiles_and_outlines_it_alone() {
    let atlas = default_atlas().unwrap();
    let grid = TileGrid::of(&atlas);
    let view = locator_view(&atlas, &grid, "gba");
    let filled: Vec<&str> = grid
        .tiles
        .iter()
        .zip(&view.tiles)
        .filter(|(_, v)| v.class.is_some())
        .map(|(t, _)| atlas.entities()[t.entity].id.as_str())
        .collect();
    assert_eq!(filled.len(), 3, "{filled:?}");
    for id in ["guangdong", "hong-kong", "macao"] {
        assert!(filled.contains(&id), "{id} in {filled:?}");
    }
    assert!(view.tiles.iter().all(|t| t.label.is_empty()));
    let [outline] = view.outlines.as_slice() else {
        panic!("one outline")
    };
    assert_eq!((outline.cluster.as_str(), outline.style), ("gba", 2));
    assert!(locator_view(&atlas, &grid, "nowhere").outlines.is_empty());
}

#[test]
fn the_table_and_the_csv_list_every_division_ranked_with_its_sources() {
    use cluster_atlas::core::page::map::table_html;
    use cluster_atlas::core::text::strings::map::map_strings;
    let atlas = default_atlas().unwrap();
    let grid = TileGrid::of(&atlas);
    let values = map_values(&atlas, &grid, MapMeasure::Gdp, 2024, 2013);
    let rows = map_rows(&atlas, &grid, &values, 2024);
    assert_eq!(rows.len(), 34);
    assert_eq!(
        (rows[0].entity.id.as_str(), rows[0].rank),
        ("guangdong", Some(1))
    );
    let beijing = rows.iter().find(|r| r.entity.id == "beijing").unwrap();
    assert_eq!((beijing.rank, beijing.value), (Some(12), Some(49_670.2)));
    assert_eq!(beijing.cluster.map(|c| c.id.as_str()), Some("jjj"));
    let last: Vec<&str> = rows[31..].iter().map(|r| r.entity.id.as_str()).collect();
    assert_eq!(last, ["hong-kong", "macao", "taiwan"]);
    assert!(
        rows[31..]
            .iter()
            .all(|r| !r.covered && r.sources.is_empty())
    );
    assert!(rows[..31].iter().all(|r| r.covered && r.sources.len() == 1));

    let shown = Shown {
        measure: MapMeasure::Gdp,
        year: 2024,
        base: 2013,
    };
    let m = map_strings(Lang::En);
    let csv = map_csv(
        &rows,
        &atlas,
        shown,
        Lang::En,
        m,
        &["How to cite: X".into()],
    );
    let (table, citing) = csv.split_once("\r\n\r\n").unwrap();
    let lines: Vec<&str> = table.split("\r\n").collect();
    assert_eq!(lines[0], "entity,year,value,unit,note,source,source_url");
    assert_eq!(lines.len(), 35);
    assert!(lines.iter().any(|l| l.starts_with(
        "Beijing,2024,49670.2,100 million yuan,\"GDP by provincial-level division, 2024\",\"National Bureau of Statistics"
    )));
    assert!(lines.contains(&"Taiwan,2024,,100 million yuan,not in this source,,"));
    assert_eq!(citing, "How to cite: X\r\n");

    let html = table_html(&rows, shown, Lang::En, m);
    assert_eq!(html.matches("<tr>").count(), 35);
    assert!(html.contains("<td>49,670.2</td>"));
    assert!(
        html.contains("<td>90,007.0</td>"),
        "one number of decimals a column"
    );

    let growth = Shown {
        measure: MapMeasure::Growth,
        ..shown
    };
    assert_eq!(
        map_file_name(growth, "csv"),
        "cluster-atlas-map-growth-2013-2024.csv"
    );
    assert_eq!(
        map_file_name(shown, "svg"),
        "cluster-atlas-map-gdp-2024.svg"
    );
    assert_eq!(
        map_title(growth, m),
        "GDP growth since 2013 by provincial-level division, 2024"
    );
    assert_eq!(
        map_title(shown, map_strings(Lang::Zh)),
        "2024年各省级行政区地区生产总值"
    );
}

#[test]
fn the_map_shown_outlines_only_the_clusters_the_filters_show() {
    use cluster_atlas::core::chart::options::Filters;
    use cluster_atlas::core::map::view::map_shown;
    let atlas = default_atlas().unwrap();
    let grid = TileGrid::of(&atlas);
    let shown = Shown {
        measure: MapMeasure::Share,
        year: 2024,
        base: 2013,
    };
    let all = Filters::all(&atlas);
    let (values, view) = map_shown(&atlas, &grid, shown, &all, Lang::En);
    assert_eq!(view.outlines.len(), 3);
    assert_eq!(
        values,
        map_values(&atlas, &grid, MapMeasure::Share, 2024, 2013)
    );
    let gba = all.choose_cluster(&atlas, "gba");
    let (_, view) = map_shown(&atlas, &grid, shown, &gba, Lang::En);
    let outlined: Vec<&str> = view.outlines.iter().map(|o| o.cluster.as_str()).collect();
    assert_eq!(outlined, ["gba"]);
}
