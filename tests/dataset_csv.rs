//! The embedded default dataset holds exactly the facts of the shared data:
//! each shared CSV file row by row (statistics, science cities, milestones,
//! stated figures), and the CGTN figures of the shared README.

use std::collections::HashMap;

use cluster_atlas::core::dataset::atlas::Atlas;
use cluster_atlas::core::dataset::csv::Table;

pub mod common;
use common::{atlas, province_ids};

fn shared(name: &str) -> Table<'static> {
    let path = format!("{}/data/shared/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    // The table borrows its fields from the text, for the whole test run.
    let text: &'static str = Box::leak(text.into_boxed_str());
    Table::parse(text).unwrap_or_else(|e| panic!("{path}: {e}"))
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
        // GDP has the other mainland provinces' values too, read from the
        // export gdp.csv was read from: tests/provinces.rs checks them.
        let points = &atlas.series(series).unwrap().points;
        let named = points
            .iter()
            .filter(|p| ids.values().any(|id| *id == p.entity))
            .count();
        assert_eq!(named, table.len(), "{series} has values that {file} lacks");
        if *series != "gdp" {
            assert_eq!(
                points.len(),
                table.len(),
                "{series} has values of entities {file} does not name"
            );
        }
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
