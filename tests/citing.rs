//! Citing the atlas: every copied source names its original as
//! `data/shared/originals.csv` does, the dataset has a version, a date and a
//! licence, and the citation, the licence and the date go into every export.

use std::collections::HashMap;

use cluster_atlas::core::chart::build::chart_view;

use cluster_atlas::core::chart::export::{csv, source_line};
use cluster_atlas::core::chart::options::{ChartId, ChartOptions, Filters};
use cluster_atlas::core::dataset::atlas::Atlas;
use cluster_atlas::core::dataset::bundled::default_atlas;
use cluster_atlas::core::dataset::csv::Table;
use cluster_atlas::core::dataset::load::load_json;
use cluster_atlas::core::dataset::problem::Problem;
use cluster_atlas::core::link::cite::{citation, citing_lines};
use cluster_atlas::core::text::bilingual::Lang;
use cluster_atlas::core::text::strings::strings;
use serde_json::{Value, json};

const ADDRESS: &str = "https://example.org/atlas/?view=rd";

fn atlas() -> Atlas {
    default_atlas().expect("the default dataset validates")
}

fn read(path: &str) -> &'static str {
    let path = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    Box::leak(text.into_boxed_str())
}

#[test]
fn every_copied_source_names_the_original_that_originals_csv_gives() {
    let atlas = atlas();
    // The editorial catalogue names each cited address's source id.
    let catalogue: Value = serde_json::from_str(read("data/editorial/sources.json")).unwrap();
    let table = Table::parse(read("data/shared/originals.csv")).unwrap();
    let mut checked = HashMap::new();
    for row in table.rows() {
        let copy = table.get(row, "copy_url").unwrap();
        let id = catalogue[copy]["id"].as_str().unwrap();
        let source = atlas
            .source(id)
            .unwrap_or_else(|| panic!("{copy}: no source {id}"));
        let publisher = table.get(row, "original_publisher").unwrap();
        let title = table.get(row, "original_title").unwrap();
        let Some(copy) = &source.read_at else {
            assert!(
                publisher.is_empty() && title.is_empty(),
                "{id} lost its original"
            );
            continue;
        };
        // The source is cited as its original, read at the copy.
        assert!(copy.starts_with("http"), "{id}: {copy}");
        assert_eq!(source.publisher.en, publisher, "{id}");
        assert_eq!(source.title.en, title, "{id}");
        let date = table.get(row, "original_date").unwrap();
        assert_eq!(source.date.as_deref().unwrap_or_default(), date, "{id}");
        let url = table.get(row, "original_url").unwrap();
        assert_eq!(source.url, url, "{id}");
        checked.insert(id, ());
    }
    assert_eq!(checked.len(), 89);
    assert_eq!(
        atlas
            .sources()
            .iter()
            .filter(|s| s.read_at.is_some())
            .count(),
        89
    );
    let bulletin = atlas.source("rd-bulletin-2023").unwrap();
    assert_eq!(
        bulletin.url,
        "https://www.stats.gov.cn/sj/zxfb/202410/t20241002_1956810.html"
    );
    assert_eq!(
        bulletin.publisher.get(Lang::Zh),
        "国家统计局、科学技术部、财政部（联合公报）"
    );
    // A publisher without a Chinese name is shown in English.
    let shine = atlas
        .sources()
        .iter()
        .find(|s| s.publisher.en.starts_with("Reuters"))
        .unwrap();
    assert_eq!(shine.publisher.get(Lang::Zh), "Reuters (citing Xinhua)");
}

#[test]
fn the_citation_names_the_atlas_the_dataset_version_and_date_and_the_view() {
    let atlas = atlas();
    assert_eq!(atlas.version(), Some("1.0"));
    assert_eq!(
        citation(&atlas, ADDRESS, Lang::En, strings(Lang::En)),
        "Cluster Atlas: China's innovation clusters and their coordination, \
         dataset version 1.0 (7 Dec 2026). https://example.org/atlas/?view=rd"
    );
    let lines = citing_lines(&atlas, ADDRESS, Lang::En, strings(Lang::En));
    assert_eq!(lines.len(), 3);
    assert!(lines[0].starts_with("How to cite: Cluster Atlas: "));
    assert!(lines[1].starts_with("Licence: "));
    assert!(lines[1].contains("CC BY 4.0"));
    assert!(lines[1].contains("the figures remain their publishers'"));
    assert_eq!(lines[2], "Data last updated: 7 Dec 2026");
    let zh = citing_lines(&atlas, ADDRESS, Lang::Zh, strings(Lang::Zh));
    assert_eq!(
        zh[0],
        "引用方式：创新集群图鉴：中国三大创新集群及其协同发展，\
         数据集版本1.0（2026年12月7日）。https://example.org/atlas/?view=rd"
    );
    assert_eq!(zh[2], "数据更新日期：2026年12月7日");
}

#[test]
fn exports_cite_the_originals_and_end_with_how_to_cite() {
    let atlas = atlas();
    for lang in [Lang::En, Lang::Zh] {
        let s = strings(lang);
        let view = chart_view(
            &atlas,
            ChartId::Economy,
            &ChartOptions::default(),
            &Filters::all(&atlas),
            lang,
        );
        let citing = citing_lines(&atlas, ADDRESS, lang, s);
        let text = csv(&atlas, &view, &[], lang, &citing);
        let (data, notes) = text
            .split_once("\r\n\r\n")
            .expect("a blank line before the notes");
        let rows: Vec<&str> = data.split("\r\n").collect();
        assert_eq!(rows[0], "entity,year,value,unit,note,source,source_url");
        let jjj_2024 = rows
            .iter()
            .find(|r| r.starts_with("Jing-Jin-Ji,2024,") || r.starts_with("京津冀,2024,"))
            .unwrap();
        let publisher = match lang {
            Lang::En => "National Bureau of Statistics of China (NBS), National Data database",
            Lang::Zh => "国家统计局，国家数据",
        };
        assert!(jjj_2024.contains(publisher), "{jjj_2024}");
        assert!(
            jjj_2024.contains("https://github.com/RenJiyi163/"),
            "{jjj_2024}"
        );
        let notes: Vec<&str> = notes.trim_end().split("\r\n").collect();
        assert_eq!(notes.len(), 3);
        assert!(notes[0].contains(ADDRESS));
        let footer = source_line(&atlas, &view.sources(), s.source, lang, &citing);
        assert!(footer.contains(publisher), "{footer}");
        for line in &citing {
            assert!(footer.contains(line.as_str()), "{footer}");
        }
    }
}

/// The problems of a small dataset with `source` as its one source.
fn problems_with(top: Value, source: Value) -> Vec<String> {
    let mut doc = json!({
        "schema": 1, "title": "Test",
        "clusters": [{"id": "a", "name": "A"}],
        "sources": [source],
        "milestones": [{"id": "m", "date": "2014", "cluster": "a", "title": "T",
                        "description": "D", "sources": ["s"]}]
    });
    for (key, value) in top.as_object().unwrap() {
        doc[key] = value.clone();
    }
    match load_json(&doc.to_string()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(Problem::to_string).collect(),
    }
}

#[test]
fn a_copy_a_version_and_an_updated_date_are_checked() {
    let good = json!({"id": "s", "title": "Report", "publisher": {"en": "Xinhua", "zh": "新华社"},
                      "url": "https://www.news.cn/a.htm", "date": "2014-05",
                      "read_at": "https://mirror.example/", "supports": "All"});
    let top = json!({"version": "2", "updated": "2026-12-07", "licence": "CC BY 4.0"});
    assert_eq!(problems_with(top, good), Vec::<String>::new());
    // A copy's original may have no known address.
    let unaddressed = json!({"id": "s", "title": "Report", "publisher": "Xinhua",
                             "read_at": "https://mirror.example/", "supports": "All"});
    assert_eq!(problems_with(json!({}), unaddressed), Vec::<String>::new());
    let bad = json!({"id": "s", "title": "Report", "publisher": "", "url": "ftp://x",
                     "date": "2014-13", "read_at": "mirror.example", "supports": "All"});
    let found = problems_with(json!({"updated": "2026-02-30", "version": " "}), bad);
    for expected in [
        "dataset, version: expected a non-empty version",
        "dataset, updated: ",
        "source \"s\", publisher: expected a non-empty English text",
        "source \"s\", date: ",
        "source \"s\", url: expected an http:// or https:// address, found \"ftp://x\"",
        "source \"s\", read_at: expected an http:// or https:// address, found \"mirror.example\"",
    ] {
        assert!(
            found.iter().any(|p| p.starts_with(expected)),
            "expected {expected}\nfound\n  {}",
            found.join("\n  ")
        );
    }
    // A source that is no copy needs its own address.
    let bare = json!({"id": "s", "title": "Report", "publisher": "Xinhua", "supports": "All"});
    let found = problems_with(json!({}), bare);
    assert!(found[0].starts_with("source \"s\", url: "), "{found:?}");
    let misspelt = json!({"id": "s", "title": "Report", "publisher": "Xinhua",
                          "read_at": "https://mirror.example/", "supports": "All", "page": 3});
    let found = problems_with(json!({}), misspelt);
    assert!(
        found[0].starts_with("source \"s\", page: unknown field"),
        "{found:?}"
    );
}
