//! Reading series people bring: a tidy CSV (`entity,year,value`) and Our
//! World in Data's CSV; each kind of problem with its place, the warnings
//! that do not block, the format told from the content, the size limit.

pub mod common;

use cluster_atlas::core::dataset::atlas::Atlas;
use cluster_atlas::core::dataset::import::MAX_BYTES;
use cluster_atlas::core::dataset::model::Series;
use cluster_atlas::core::text::bilingual::Lang;
use common::import::{has, imported, lines, report};

fn series<'a>(atlas: &'a Atlas, id: &str) -> &'a Series {
    atlas.series(id).unwrap_or_else(|| panic!("no series {id}"))
}

/// A series' points as (entity's name, year, value).
fn points(atlas: &Atlas, id: &str) -> Vec<(String, i32, Option<f64>)> {
    series(atlas, id)
        .points
        .iter()
        .map(|p| {
            let name = atlas.entity(&p.entity).map(|e| e.name.en.clone());
            (name.unwrap_or_default(), p.year, p.value)
        })
        .collect()
}

#[test]
fn a_tidy_csv_reads_entities_years_values_units_and_sources() {
    // Columns in any order and case, negative years, an empty value.
    let text = " Year ,VALUE,Entity,unit,source\n\
        -200,1.5,\"Rome, city\",people,https://example.org/rome\n\
        -100,,\"Rome, city\",people,\n\
        2014,-3.5,Athens,people,A census\n\
        2015,1e3,Athens,people,\n";
    let i = imported("towns.csv", text);
    assert!(i.warnings.is_empty(), "{}", lines(&i.warnings));
    let atlas = &i.atlas;
    assert_eq!(atlas.title().en, "towns");
    let towns = series(atlas, "towns");
    assert_eq!(towns.title.en, "towns");
    assert_eq!(towns.unit.label(Lang::En), "people");
    assert_eq!(
        points(atlas, "towns"),
        [
            ("Rome, city".to_string(), -200, Some(1.5)),
            ("Athens".to_string(), 2014, Some(-3.5)),
            ("Athens".to_string(), 2015, Some(1000.0)),
        ]
    );
    let ids: Vec<&str> = atlas.entities().iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["rome-city", "athens"]);
    let cited: Vec<&str> = towns
        .points
        .iter()
        .map(|p| p.sources[0].source.as_str())
        .collect();
    assert_eq!(cited, ["source-1", "source-2", "file"]);
    let sources: Vec<(&str, &str)> = atlas
        .sources()
        .iter()
        .map(|s| (s.title.en.as_str(), s.url.as_str()))
        .collect();
    assert_eq!(
        sources,
        [
            ("https://example.org/rome", "https://example.org/rome"),
            ("A census", ""),
            ("towns", ""),
        ]
    );
}

#[test]
fn a_series_column_holds_several_series_and_units_split_them() {
    let text = "indicator,entity,year,value,unit,note\n\
        GDP,A,2020,1,trillion-yuan,\n\
        GDP,A,2021,2,trillion-yuan,\n\
        Rank,A,2020,1,rank,\n\
        Rank,A,2021,,rank,not ranked that year\n\
        Area,A,2020,5,km2,\n\
        Area,A,2021,7,mi2,\n";
    let atlas = imported("mixed.csv", text).atlas;
    assert_eq!(points(&atlas, "gdp").len(), 2);
    let rank = series(&atlas, "rank");
    assert_eq!(rank.points[1].value, None);
    assert_eq!(
        rank.points[1].note.as_ref().map(|n| n.en.as_str()),
        Some("not ranked that year")
    );
    assert_eq!(series(&atlas, "area-km2").title.en, "Area (km2)");
    assert_eq!(series(&atlas, "area-mi2").points.len(), 1);
}

#[test]
fn every_problem_of_a_tidy_csv_is_named_with_its_line_and_field() {
    let text = "entity,year,value,colour\n\
        A,2014,1,red\n\
        A,20x4,1,red\n\
        ,2015,abc,red\n\
        B,2016\n\
        C,2017,inf,\n\
        D,1.5,NaN,\n";
    let r = report("series.csv", text);
    has(
        &r.problems,
        "series.csv, line 1, colour: unknown column 4 (expected entity, year, value, unit, source, note, series)",
    );
    has(
        &r.problems,
        "series.csv, line 3, year: expected a whole number, found \"20x4\"",
    );
    has(
        &r.problems,
        "series.csv, line 4, entity: expected a name, found an empty cell",
    );
    has(
        &r.problems,
        "series.csv, line 4, value: expected a number, found \"abc\"",
    );
    has(
        &r.problems,
        "series.csv, line 5: expected 4 fields, as the header has, found 2",
    );
    has(
        &r.problems,
        "series.csv, line 6, value: expected a number, found \"inf\"",
    );
    has(
        &r.problems,
        "series.csv, line 7, year: expected a whole number, found \"1.5\"",
    );
    has(
        &r.problems,
        "series.csv, line 7, value: expected a number, found \"NaN\"",
    );
    // A value its unit does not allow, and a header without rows.
    let r = report("p.csv", "entity,year,value,unit\nA,2014,150,percent\n");
    has(
        &r.problems,
        "p.csv, line 2, value: expected a percentage from 0 to 100, found 150",
    );
    let r = report("blank.csv", "entity,year,value\nA,2014,\n");
    has(
        &r.problems,
        "blank.csv: expected at least one value, found every value cell empty",
    );
    let r = report("blank.csv", "Entity,Year,X\nA,2014,\n");
    assert_eq!(r.problems.len(), 1);
    let r = report("empty.csv", "entity,year,value\n");
    has(
        &r.problems,
        "empty.csv, line 2: expected a row of values after the header, found none",
    );
    let r = report(
        "twice.csv",
        "entity,year,value,series,indicator\nA,1,2,x,y\n",
    );
    has(
        &r.problems,
        "twice.csv, line 1, indicator: column 5 repeats column 4 (each column may appear once)",
    );
}

#[test]
fn rows_out_of_order_repeated_or_far_out_of_range_warn_without_blocking() {
    let text = "entity,year,value\n\
        A,2015,10\n\
        A,2014,11\n\
        B,2014,12\n\
        A,2016,13\n\
        B,2014,99\n\
        B,2015,9\n\
        B,2016,12000\n";
    let i = imported("w.csv", text);
    has(
        &i.warnings,
        "w.csv, line 3: rows of \"w\" are not sorted by entity and year (first here: \"A\" 2014); they are read in any order",
    );
    has(
        &i.warnings,
        "w.csv, line 6, year: \"B\" in 2014 already has a value in \"w\" on line 4: this row is left out",
    );
    // The median magnitude of 10, 11, 12, 13, 9, 12000 is 11.
    has(
        &i.warnings,
        "w.csv, line 8, value: 12,000 is more than 1,000 times the median magnitude of \"w\"'s values (11): a typing error or another unit?",
    );
    assert_eq!(i.warnings.len(), 3, "{}", lines(&i.warnings));
    // The first value of B in 2014 is kept.
    assert!(points(&i.atlas, "w").contains(&("B".to_string(), 2014, Some(12.0))));
    assert_eq!(points(&i.atlas, "w").len(), 6);
}

const BOOKS: &str = include_str!("fixtures/owid/books-buringh-van-zanden-2009.csv");

#[test]
fn the_our_world_in_data_fixture_imports_its_three_indicators() {
    let i = imported("books-buringh-van-zanden-2009.csv", BOOKS);
    assert!(i.warnings.is_empty(), "{}", lines(&i.warnings));
    let atlas = &i.atlas;
    // Counted in the file: 208 rows, 19 distinct entities (the fixture's
    // README says 21), years 500 to 1775; the non-empty cells of each
    // indicator column.
    assert_eq!(atlas.entities().len(), 19);
    assert_eq!(atlas.year_extent(), Some((500, 1775)));
    for (id, title, count) in [
        (
            "manuscript-production-per-century",
            "Manuscript production per century",
            110,
        ),
        (
            "production-of-printed-books-per-half-century",
            "Production of printed books per half century",
            91,
        ),
        (
            "annual-per-capita-consumption-of-books",
            "Annual per capita consumption of books",
            98,
        ),
    ] {
        let s = series(atlas, id);
        assert_eq!(s.title.en, title);
        assert_eq!(s.unit.label(Lang::En), "");
        assert_eq!(s.points.len(), count, "{id}");
        assert!(s.points.iter().all(|p| p.sources[0].source == "file"));
    }
    let austria = points(atlas, "manuscript-production-per-century");
    assert_eq!(
        austria.get(..3),
        Some(
            &[
                ("Austria".to_string(), 500, Some(0.0)),
                ("Austria".to_string(), 600, Some(0.0)),
                ("Austria".to_string(), 700, Some(2735.0)),
            ][..]
        )
    );
    let last = points(atlas, "annual-per-capita-consumption-of-books");
    assert_eq!(
        last.last(),
        Some(&("Western Europe".to_string(), 1775, Some(0.1224)))
    );
}

#[test]
fn an_our_world_in_data_csv_with_codes_units_negative_years_and_problems() {
    let text = "Entity,Code,Year,GDP per capita (int.-$),Population\n\
        World,OWID_WRL,-10000,,4000000\n\
        World,OWID_WRL,1820,1102,1000000000\n\
        France,FRA,1820,,\n";
    let atlas = imported("gdp.csv", text).atlas;
    let gdp = series(&atlas, "gdp-per-capita-int");
    assert_eq!(gdp.unit.label(Lang::En), "int.-$");
    assert_eq!(points(&atlas, "gdp-per-capita-int").len(), 1);
    assert_eq!(
        points(&atlas, "population"),
        [
            ("World".to_string(), -10000, Some(4e6)),
            ("World".to_string(), 1820, Some(1e9)),
        ]
    );
    let r = report(
        "bad.csv",
        "Entity,Year,A,a\n,1x,2,3\nX,2000,two,3\nY,2001,1\n",
    );
    has(
        &r.problems,
        "bad.csv, line 1, a: column 4 repeats column 3 (each column may appear once)",
    );
    has(
        &r.problems,
        "bad.csv, line 2, Entity: expected a name, found an empty cell",
    );
    has(
        &r.problems,
        "bad.csv, line 2, Year: expected a whole number, found \"1x\"",
    );
    has(
        &r.problems,
        "bad.csv, line 3, A: expected a number, found \"two\"",
    );
    has(
        &r.problems,
        "bad.csv, line 4: expected 4 fields, as the header has, found 3",
    );
}

#[test]
fn the_format_is_told_from_the_header_not_the_name() {
    let series = "entity,year,value\nA,2014,1\n";
    let owid = "Entity,Year,Books\nA,2014,1\n";
    let milestones = "date,title\n2014,Founded\n";
    for name in ["data.json", "data.txt", "data", "data.csv"] {
        assert!(imported(name, series).atlas.series("data").is_some());
        assert!(imported(name, owid).atlas.series("books").is_some());
        assert_eq!(imported(name, milestones).atlas.milestones().len(), 1);
    }
    let r = report("what.csv", "name,when,how much\nA,2014,1\n");
    assert_eq!(r.problems.len(), 1, "{}", lines(&r.problems));
    has(
        &r.problems,
        "what.csv, line 1: expected a header naming the columns of one of these: \
         date,group,title,description,source (milestones); entity,year,value,unit,source (series); \
         Entity,Code,Year and one column per indicator (Our World in Data); found \"name,when,how much\"",
    );
    // Entity and Year alone (and a code) name no indicator.
    assert_eq!(
        report("x.csv", "Entity,Code,Year\nA,B,1\n").problems.len(),
        1
    );
}

#[test]
fn a_file_over_16_mib_is_refused_in_every_format() {
    for start in [
        "entity,year,value\n",
        "Entity,Year,X\n",
        "date,title\n",
        "{",
    ] {
        let mut text = String::from(start);
        text.push_str(&" ".repeat(MAX_BYTES + 1 - start.len()));
        assert_eq!(text.len(), 16 * 1024 * 1024 + 1);
        let r = report("big.csv", &text);
        assert_eq!(r.problems.len(), 1);
        has(
            &r.problems,
            "big.csv: the file is 16,777,217 bytes, over the limit of 16,777,216 bytes (16 MiB); \
             split it or leave out what is not needed",
        );
    }
}

#[test]
fn a_hundred_thousand_rows_of_series_import() {
    let mut text = String::from("entity,year,value,unit,source\n");
    for i in 0..100_000 {
        let entity = i / 1000;
        let year = 1000 + i % 1000;
        text.push_str(&format!("Region {entity},{year},{}.5,people,\n", i % 977));
    }
    let start = std::time::Instant::now();
    let i = imported("large.csv", &text);
    let took = start.elapsed();
    assert_eq!(i.atlas.entities().len(), 100);
    assert_eq!(series(&i.atlas, "large").points.len(), 100_000);
    assert!(i.warnings.is_empty(), "{}", lines(&i.warnings));
    eprintln!("100,000 rows of series imported in {took:?}");
}
