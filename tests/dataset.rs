//! The embedded default dataset: it validates, its sums are the known ones,
//! and it holds exactly the facts of the shared CSV files, row by row.

use std::collections::HashMap;

use cluster_atlas::core::chart::options::Tab;
use cluster_atlas::core::dataset::atlas::Atlas;
use cluster_atlas::core::dataset::bundled::default_atlas;
use cluster_atlas::core::dataset::csv::Table;
use cluster_atlas::core::dataset::headline::{Basis, headlines};
use cluster_atlas::core::text::bilingual::Lang;
use cluster_atlas::core::text::unit::Unit;

fn atlas() -> Atlas {
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

fn shared(name: &str) -> Table<'static> {
    let path = format!("{}/data/shared/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    // The table borrows its fields from the text, for the whole test run.
    let text: &'static str = Box::leak(text.into_boxed_str());
    Table::parse(text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_whole_default_dataset_validates() {
    let atlas = atlas();
    assert_eq!(atlas.clusters().len(), 3);
    assert_eq!(atlas.milestones().len(), 30);
    assert!(atlas.sources().len() > 50);
}

#[test]
fn jing_jin_ji_gdp_sums_are_the_known_ones() {
    let atlas = atlas();
    let t2024 = atlas.cluster_total("gdp", "jjj", 2024).unwrap();
    assert_eq!(t2024.value, 115_049.6);
    assert_eq!(t2024.parts, 3);
    assert_eq!(
        Unit::Yuan100m.format_readable(t2024.value, Lang::En),
        "11.5 trillion yuan"
    );
    assert_eq!(
        atlas.cluster_total("gdp", "jjj", 2020).unwrap().value,
        89_555.9
    );
}

#[test]
fn yangtze_river_delta_2023_is_24_4_percent_of_national_gdp() {
    let atlas = atlas();
    assert_eq!(
        atlas.cluster_total("gdp", "yrd", 2023).unwrap().value,
        316_175.9
    );
    assert_eq!(atlas.national("gdp", 2023).unwrap().0, 1_294_271.7);
    let share = atlas.share_of_national("gdp", "yrd", 2023).unwrap();
    assert_eq!(format!("{share:.1}"), "24.4");
}

#[test]
fn no_share_of_national_gdp_before_2015() {
    let atlas = atlas();
    assert!(atlas.share_of_national("gdp", "jjj", 2014).is_none());
    assert!(atlas.share_of_national("gdp", "jjj", 2015).is_some());
}

#[test]
fn greater_bay_area_statistics_are_labelled_as_guangdong() {
    let atlas = atlas();
    let members: Vec<_> = atlas.members("gba").collect();
    assert_eq!(members.len(), 1);
    assert_eq!(members[0].name.en, "Guangdong (whole province)");
    assert!(members[0].note.is_some());
    assert!(atlas.cluster("gba").unwrap().note.is_some());
    let cards = headlines(&atlas, "gba");
    let gdp = &cards[0];
    assert_eq!(gdp.label.en, "GDP, Guangdong (whole province)");
    assert_eq!(
        cards[1].label.en,
        "Share of national GDP, Guangdong (whole province)"
    );
    assert_eq!(cards[1].label.get(Lang::Zh), "广东（全省）占全国GDP比重");
    match &gdp.basis {
        Basis::Computed(how) => assert_eq!(how.en, "Figures of Guangdong (whole province)"),
        other => panic!("expected a computed figure, found {other:?}"),
    }
}

#[test]
fn cluster_cards_lead_with_the_latest_complete_sums() {
    let atlas = atlas();
    let jjj = headlines(&atlas, "jjj");
    assert_eq!(jjj[0].label.en, "GDP");
    assert_eq!(jjj[0].year, Some(2024));
    assert_eq!(jjj[0].readable(Lang::En), "11.5 trillion yuan");
    assert_eq!(
        jjj[0].exact(Lang::En).as_deref(),
        Some("115,049.6 (100 million yuan)")
    );
    assert_eq!(jjj[1].label.en, "Share of national GDP");
    assert_eq!(jjj[1].readable(Lang::En), "8.5%");
    assert_eq!(jjj[1].exact(Lang::En), None);
    assert_eq!(jjj[2].label.en, "R&D expenditure");
    assert_eq!(jjj[2].year, Some(2023));
    assert!(jjj.iter().all(|h| !h.sources.is_empty()));
    let stated = jjj
        .iter()
        .find(|h| h.label.en == "Innovation platforms")
        .unwrap();
    assert_eq!(stated.readable(Lang::En), "14");
}

/// The value of `series` for an entity and year, as the dataset holds it.
fn value(atlas: &Atlas, series: &str, entity: &str, year: i32) -> Option<f64> {
    atlas
        .series(series)
        .unwrap()
        .points
        .iter()
        .find(|p| p.entity == entity && p.year == year)
        .and_then(|p| p.value)
}

fn province_ids() -> HashMap<&'static str, &'static str> {
    HashMap::from([
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

/// Checks every row of a statistical CSV against a series, and that the
/// series has no value the CSV lacks.
fn check_statistics(atlas: &Atlas, file: &str, columns: &[(&str, &str)]) {
    let table = shared(file);
    let ids = province_ids();
    for (column, series) in columns {
        for row in table.rows() {
            let province = table.get(row, "province").unwrap();
            let entity = ids[province];
            let year: i32 = table.get(row, "year").unwrap().parse().unwrap();
            let expected: f64 = table.get(row, column).unwrap().parse().unwrap();
            assert_eq!(
                value(atlas, series, entity, year),
                Some(expected),
                "{file} line {}: {series} of {province} in {year}",
                row.line
            );
        }
        assert_eq!(
            atlas.series(series).unwrap().points.len(),
            table.len(),
            "{series} has values that {file} lacks"
        );
    }
}

#[test]
fn statistics_match_the_shared_csv_row_by_row() {
    let atlas = atlas();
    check_statistics(&atlas, "gdp.csv", &[("gdp_100m_yuan", "gdp")]);
    check_statistics(
        &atlas,
        "rd.csv",
        &[
            ("rd_expenditure_100m_yuan", "rd-expenditure"),
            ("rd_intensity_pct", "rd-intensity"),
        ],
    );
    check_statistics(
        &atlas,
        "patents.csv",
        &[
            ("domestic_patents_granted_total", "patents-granted"),
            ("domestic_invention_patents_granted", "invention-patents"),
        ],
    );
}

#[test]
fn science_city_ranks_match_the_shared_csv_row_by_row() {
    let atlas = atlas();
    let table = shared("science_cities.csv");
    let ranks = &atlas.series("science-city-rank").unwrap().points;
    assert_eq!(ranks.len(), table.len());
    for (row, point) in table.rows().zip(ranks) {
        let city = table.get(row, "city").unwrap();
        let entity = atlas.entity(&point.entity).unwrap();
        assert!(
            entity.name.en.starts_with(city.split(' ').next().unwrap()),
            "line {}: {city} is not {}",
            row.line,
            entity.name.en
        );
        let year: i32 = table.get(row, "year").unwrap().parse().unwrap();
        assert_eq!(point.year, year, "line {}", row.line);
        let rank = table.get(row, "rank").unwrap();
        assert_eq!(
            point.value,
            (!rank.is_empty()).then(|| rank.parse().unwrap()),
            "line {}: a missing rank must stay missing",
            row.line
        );
        let share = table.get(row, "share").unwrap();
        if !share.is_empty() {
            assert_eq!(
                value(&atlas, "science-city-share", &point.entity, year),
                Some(share.parse().unwrap()),
                "line {}",
                row.line
            );
        }
    }
}

#[test]
fn milestones_match_the_shared_csv_row_by_row() {
    let atlas = atlas();
    let table = shared("milestones.csv");
    assert_eq!(atlas.milestones().len(), table.len());
    let clusters = HashMap::from([
        ("Jing-Jin-Ji", Some("jjj")),
        ("Yangtze River Delta", Some("yrd")),
        ("Greater Bay Area", Some("gba")),
        ("National", None),
    ]);
    for row in table.rows() {
        let date = table.get(row, "date").unwrap();
        let region = table.get(row, "region").unwrap();
        let found = atlas
            .milestones()
            .iter()
            .find(|m| m.date.to_string() == date && m.cluster.as_deref() == clusters[region]);
        let milestone =
            found.unwrap_or_else(|| panic!("line {}: no milestone on {date}", row.line));
        let cited = table.get(row, "source").unwrap();
        for c in milestone.sources.iter() {
            let source = atlas.source(&c.source).unwrap();
            let bare = source
                .address()
                .trim_start_matches("https://")
                .trim_start_matches("http://");
            assert!(
                cited.contains(bare),
                "line {}: {} not cited",
                row.line,
                source.address()
            );
        }
    }
}

#[test]
fn stated_figures_match_the_shared_csv_row_by_row() {
    let atlas = atlas();
    let table = shared("region_aggregates.csv");
    for row in table.rows() {
        let year: i32 = table.get(row, "year").unwrap().parse().unwrap();
        let text = table.get(row, "value").unwrap();
        let (num, den) = match text.split_once('/') {
            Some((n, d)) => (n.parse::<f64>().unwrap(), Some(d.parse::<f64>().unwrap())),
            None => (text.parse::<f64>().unwrap(), None),
        };
        let quote = table.get(row, "quote").unwrap();
        let matching: Vec<_> = atlas
            .figures()
            .iter()
            .filter(|f| f.year == Some(year) && f.value == num && f.denominator == den)
            .filter(|f| {
                // The quoted passage is verbatim from the CSV (rows that
                // refer to another row's quote share it).
                f.sources[0].quote.as_deref().is_some_and(|q| {
                    q.split(" … ").all(|part| quote.contains(part)) || refers_back(quote)
                })
            })
            .collect();
        assert_eq!(matching.len(), 1, "line {}: {text} in {year}", row.line);
    }
}

/// Whether a quote cell of region_aggregates.csv refers to another row's.
fn refers_back(quote: &str) -> bool {
    matches!(quote, "same as above" | "see above" | "see 2018 row")
}

/// The figures reported by CGTN are typed in from the shared README's
/// list; each must be found there, with its number.
#[test]
fn cgtn_figures_are_those_of_the_shared_readme() {
    let atlas = atlas();
    let dir = env!("CARGO_MANIFEST_DIR");
    let readme = std::fs::read_to_string(format!("{dir}/data/shared/README.md")).unwrap();
    let readme = readme.split_whitespace().collect::<Vec<_>>().join(" ");
    let editorial: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{dir}/data/editorial/figures.json")).unwrap(),
    )
    .unwrap();
    let words = [
        ("one", 1.0),
        ("half", 1.0),
        ("five", 5.0),
        ("seven", 7.0),
        ("nine", 9.0),
    ];
    for spec in editorial["cgtn"].as_array().unwrap() {
        let id = spec["id"].as_str().unwrap();
        let phrase = spec["readme"].as_str().unwrap();
        assert!(
            readme.contains(phrase),
            "{id}: \"{phrase}\" is not in the README"
        );
        let figure = atlas.figures().iter().find(|f| f.id == id).unwrap();
        let number = figure.value.to_string();
        let spelled = words
            .iter()
            .any(|(w, v)| *v == figure.value && phrase.contains(w));
        assert!(
            phrase.contains(&number) || spelled,
            "{id}: {number} not in \"{phrase}\""
        );
        assert!(
            figure.sources.iter().any(|c| c.source == "cgtn-2025-12-22"),
            "{id}"
        );
    }
}

/// Every text of the default dataset written as `{"en": …}` has its
/// Chinese version, so that a Chinese reader gets the whole atlas.
#[test]
fn every_text_of_the_default_dataset_is_also_in_chinese() {
    fn walk(value: &serde_json::Value, path: &str, missing: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) if map.contains_key("en") => {
                let zh = map.get("zh").and_then(|v| v.as_str()).unwrap_or("");
                if zh.trim().is_empty() {
                    missing.push(path.to_string());
                }
            }
            serde_json::Value::Object(map) => {
                for (key, v) in map {
                    walk(v, &format!("{path}.{key}"), missing);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    walk(v, &format!("{path}[{i}]"), missing);
                }
            }
            _ => {}
        }
    }
    let document: serde_json::Value =
        serde_json::from_str(cluster_atlas::core::dataset::bundled::DEFAULT_JSON).expect("JSON");
    let mut missing = Vec::new();
    walk(&document, "", &mut missing);
    assert_eq!(missing, Vec::<String>::new());
    // And the texts are many: names, titles, descriptions, notes.
    let texts = cluster_atlas::core::dataset::bundled::DEFAULT_JSON
        .matches("\"zh\":")
        .count();
    assert!(texts > 400, "{texts}");
}

/// Every value is found by its series, entity and year (by bisection), and
/// a year or entity without a value finds none.
#[test]
fn every_point_is_found_by_entity_and_year() {
    let atlas = atlas();
    let ids = [
        "gdp",
        "rd-expenditure",
        "rd-intensity",
        "patents-granted",
        "invention-patents",
        "science-city-rank",
    ];
    let mut found = 0;
    for id in ids {
        let series = atlas.series(id).expect("series");
        for p in &series.points {
            assert_eq!(atlas.point(id, &p.entity, p.year), Some(p));
            found += 1;
        }
        assert_eq!(atlas.point(id, "beijing", 1900), None);
        assert_eq!(atlas.point(id, "atlantis", 2020), None);
    }
    assert!(found > 500, "{found}");
    assert_eq!(atlas.point("no-such-series", "beijing", 2020), None);
}

/// The caveats the shared data's README asks the interface to show are the
/// default dataset's own, in both languages, and its description is the
/// page's introduction: two paragraphs in each language.
#[test]
fn the_default_dataset_carries_its_introduction_and_caveats() {
    let atlas = atlas();
    let readme = std::fs::read_to_string(format!(
        "{}/data/shared/README.md",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("the shared README");
    let caveats = atlas.caveats();
    assert_eq!(caveats.len(), 4);
    for c in caveats {
        assert!(!c.get(Lang::En).trim().is_empty() && !c.get(Lang::Zh).trim().is_empty());
        assert_ne!(c.get(Lang::En), c.get(Lang::Zh));
    }
    let en: Vec<&str> = caveats.iter().map(|c| c.get(Lang::En)).collect();
    // Vintages, Guangdong standing in for the Greater Bay Area, quoted
    // figures, date precision: each in the README, each shown.
    for (said, shown) in [
        ("fifth national", "fifth national economic census"),
        ("Guangdong (whole province)", "whole of Guangdong province"),
        ("as officials stated", "shown as stated at the time"),
        (
            "known to the month or year",
            "as precise as the sources allow",
        ),
    ] {
        assert!(readme.contains(said), "the README says {said:?}");
        assert!(en.iter().any(|c| c.contains(shown)), "{shown:?} in {en:?}");
    }
    for lang in [Lang::En, Lang::Zh] {
        let paragraphs: Vec<&str> = atlas.description().get(lang).split("\n\n").collect();
        assert_eq!(paragraphs.len(), 2, "{lang:?}");
        assert!(paragraphs.iter().all(|p| p.trim() == *p && !p.is_empty()));
    }
    assert_eq!(Tab::available(&atlas), Tab::ALL);
}
