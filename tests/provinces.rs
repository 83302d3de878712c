//! The provincial-level divisions' GDP: the clusters' eight members as in
//! `data/shared/gdp.csv`, all 31 mainland divisions as in the statistics
//! bureau's export it was read from (`data/shared/raw/`), 2013-2024, and no
//! value for Hong Kong, Macao and Taiwan, which the export does not cover.

use std::collections::HashMap;

use cluster_atlas::core::dataset::atlas::Atlas;
use cluster_atlas::core::dataset::csv::Table;

pub mod common;
use common::{atlas, province_ids};

const YEARS: std::ops::RangeInclusive<i32> = 2013..=2024;

/// The 31 mainland divisions: their names in the export, and their ids.
const MAINLAND: [(&str, &str); 31] = [
    ("北京市", "beijing"),
    ("天津市", "tianjin"),
    ("河北省", "hebei"),
    ("山西省", "shanxi"),
    ("内蒙古自治区", "inner-mongolia"),
    ("辽宁省", "liaoning"),
    ("吉林省", "jilin"),
    ("黑龙江省", "heilongjiang"),
    ("上海市", "shanghai"),
    ("江苏省", "jiangsu"),
    ("浙江省", "zhejiang"),
    ("安徽省", "anhui"),
    ("福建省", "fujian"),
    ("江西省", "jiangxi"),
    ("山东省", "shandong"),
    ("河南省", "henan"),
    ("湖北省", "hubei"),
    ("湖南省", "hunan"),
    ("广东省", "guangdong"),
    ("广西壮族自治区", "guangxi"),
    ("海南省", "hainan"),
    ("重庆市", "chongqing"),
    ("四川省", "sichuan"),
    ("贵州省", "guizhou"),
    ("云南省", "yunnan"),
    ("西藏自治区", "tibet"),
    ("陕西省", "shaanxi"),
    ("甘肃省", "gansu"),
    ("青海省", "qinghai"),
    ("宁夏回族自治区", "ningxia"),
    ("新疆维吾尔自治区", "xinjiang"),
];

fn shared(path: &str) -> String {
    let path = format!("{}/data/shared/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// GDP in the dataset for an entity and year.
fn gdp(atlas: &Atlas, entity: &str, year: i32) -> Option<f64> {
    atlas.point("gdp", entity, year).and_then(|p| p.value)
}

/// The export's table: region (its Chinese name) -> year -> value. The
/// export has lines above its header and notes under its rows; no field of
/// it is quoted.
fn raw_gdp() -> HashMap<String, HashMap<i32, f64>> {
    let text = shared("raw/nbs_provincial_gdp_RenJiyi163.csv");
    let mut lines = text.lines().skip_while(|l| !l.starts_with("地区,"));
    let header: Vec<i32> = lines
        .next()
        .expect("the export's header")
        .split(',')
        .skip(1)
        .map(|h| h.trim_end_matches('年').parse().unwrap())
        .collect();
    let mut out = HashMap::new();
    for line in lines {
        let fields: Vec<&str> = line.split(',').collect();
        if fields.len() != header.len() + 1 {
            break; // the notes under the table
        }
        assert!(!line.contains('"'), "a quoted field: {line}");
        let values = header
            .iter()
            .zip(&fields[1..])
            .map(|(year, v)| (*year, v.parse().unwrap()))
            .collect();
        out.insert(fields[0].to_string(), values);
    }
    out
}

#[test]
fn the_members_gdp_is_gdp_csv_row_by_row() {
    let atlas = atlas();
    let text = shared("gdp.csv");
    let table = Table::parse(&text).unwrap();
    let mut members = province_ids();
    members.remove("National");
    let mut rows = 0;
    for row in table.rows() {
        let province = table.get(row, "province").unwrap();
        let Some(entity) = members.get(province) else {
            continue;
        };
        let year: i32 = table.get(row, "year").unwrap().parse().unwrap();
        let expected: f64 = table.get(row, "gdp_100m_yuan").unwrap().parse().unwrap();
        assert_eq!(
            gdp(&atlas, entity, year),
            Some(expected),
            "gdp.csv line {}: {province} {year}",
            row.line
        );
        rows += 1;
    }
    assert_eq!(rows, 8 * YEARS.count(), "gdp.csv: 8 members, 2013-2024");
    for entity in members.values() {
        assert!(
            atlas.entity(entity).unwrap().cluster.is_some(),
            "{entity} is a member"
        );
    }
}

#[test]
fn every_mainland_division_has_the_exports_gdp_2013_to_2024() {
    let atlas = atlas();
    let raw = raw_gdp();
    assert_eq!(raw.len(), 31, "the export's regions");
    for (name, entity) in MAINLAND {
        let values = &raw[name];
        for year in YEARS {
            let point = atlas
                .point("gdp", entity, year)
                .unwrap_or_else(|| panic!("no GDP for {entity} in {year}"));
            assert_eq!(point.value, Some(values[&year]), "{entity} {year}");
            let sources: Vec<&str> = point.sources.iter().map(|c| c.source.as_str()).collect();
            assert_eq!(sources, ["nbs-provincial-gdp"], "{entity} {year}");
        }
        let years: Vec<i32> = atlas
            .series("gdp")
            .unwrap()
            .points
            .iter()
            .filter(|p| p.entity == entity)
            .map(|p| p.year)
            .collect();
        assert_eq!(years.len(), YEARS.count(), "{entity}: only 2013-2024");
    }
    for p in &atlas.series("gdp").unwrap().points {
        assert!(
            p.entity == "china" || MAINLAND.iter().any(|(_, id)| *id == p.entity),
            "GDP of {}, neither a mainland division nor the country",
            p.entity
        );
    }
}

#[test]
fn beijing_2024() {
    assert_eq!(gdp(&atlas(), "beijing", 2024), Some(49670.2));
}

#[test]
fn hong_kong_macao_and_taiwan_are_on_the_map_without_values() {
    let atlas = atlas();
    for entity in ["hong-kong", "macao", "taiwan"] {
        let e = atlas
            .entity(entity)
            .unwrap_or_else(|| panic!("no entity {entity}"));
        assert!(e.tile.is_some(), "{entity} has a tile");
        assert_eq!(e.cluster, None, "{entity} is in no cluster");
        for series in atlas.all_series() {
            assert!(
                series.points.iter().all(|p| p.entity != entity),
                "{entity} has a value in {}",
                series.id
            );
        }
    }
}
