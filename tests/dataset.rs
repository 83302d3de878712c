//! The embedded default dataset: it validates, its sums are the known ones,
//! its cards, every text in Chinese too, every point found by entity and
//! year, and its introduction and caveats.

use cluster_atlas::core::chart::options::Tab;
use cluster_atlas::core::dataset::headline::{Basis, headlines};
use cluster_atlas::core::text::bilingual::Lang;
use cluster_atlas::core::text::unit::Unit;

pub mod common;
use common::atlas;

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
    assert_eq!(Tab::available(&atlas), Tab::BUILT_IN);
}
