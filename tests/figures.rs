//! The headline figures as a reader reads them: a stated figure with the
//! digits its source gave and the passage relied on, each caveat said once,
//! and sums computed by the atlas with at least three significant digits.

use cluster_atlas::core::dataset::atlas::Atlas;
use cluster_atlas::core::dataset::bundled::default_atlas;
use cluster_atlas::core::dataset::csv::Table;
use cluster_atlas::core::dataset::headline::{
    Basis, Headline, caveat_mark, caveats, headlines, stated,
};
use cluster_atlas::core::text::bilingual::{Lang, Text};
use cluster_atlas::core::text::unit::Unit;

fn atlas() -> Atlas {
    default_atlas().expect("the default dataset validates")
}

fn figure(atlas: &Atlas, id: &str) -> Headline {
    stated(
        atlas
            .figures()
            .iter()
            .find(|f| f.id == id)
            .unwrap_or_else(|| panic!("no figure {id}")),
    )
}

/// The ids of the figures taken from `region_aggregates.csv`, by row.
fn aggregate_ids() -> Vec<(usize, String)> {
    let path = format!("{}/data/editorial/figures.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let editorial: serde_json::Value = serde_json::from_str(&text).expect("figures.json parses");
    editorial["aggregates"]
        .as_array()
        .expect("a list of aggregates")
        .iter()
        .map(|a| {
            let row = a["row"].as_u64().expect("a row number") as usize;
            (row, a["id"].as_str().expect("an id").to_string())
        })
        .collect()
}

#[test]
fn a_stated_figure_shows_the_digits_its_source_gave() {
    let atlas = atlas();
    for (id, en, zh) in [
        (
            "jjj-gdp-2025-stated",
            "nearly 12 trillion yuan",
            "近12万亿元",
        ),
        ("jjj-gdp-2022-stated", "10 trillion yuan", "10万亿元"),
        ("jjj-gdp-2020-stated", "8.96 trillion yuan", "8.96万亿元"),
        (
            "jjj-gdp-2016-stated",
            "7.46126 trillion yuan",
            "7.46126万亿元",
        ),
        (
            "gba-output-2023-stated",
            "over 14 trillion yuan",
            "超过14万亿元",
        ),
        ("jjj-tech-contracts-2023", "74.87 billion yuan", "748.7亿元"),
        ("china-high-tech-2017", "130,632", "130,632"),
        ("jjj-gdp-share-2016-stated", "10%", "10%"),
        ("gba-output-share-2023-stated", "1/9", "1/9"),
    ] {
        let h = figure(&atlas, id);
        assert_eq!(h.readable(Lang::En), en, "{id}");
        assert_eq!(h.readable(Lang::Zh), zh, "{id}");
        assert_eq!(h.exact(Lang::En), None, "{id}: said once, as stated");
    }
}

#[test]
fn every_figure_of_the_shared_table_is_shown_as_the_table_writes_it() {
    let path = format!(
        "{}/data/shared/region_aggregates.csv",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let table = Table::parse(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let atlas = atlas();
    let ids = aggregate_ids();
    assert_eq!(ids.len(), 25);
    for (row, id) in ids {
        let line = table.rows().nth(row - 1).expect("the figure's row");
        let written = table.get(line, "value").expect("a value");
        let shown = figure(&atlas, &id).readable(Lang::En).replace(',', "");
        // The number as written is a whole word of what is shown.
        let words: Vec<&str> = shown
            .split(|c: char| c.is_whitespace() || c == '%')
            .collect();
        assert!(
            words.contains(&written),
            "{id}: the table writes {written}, the atlas shows {shown}"
        );
    }
}

#[test]
fn every_stated_figure_with_a_recorded_passage_carries_it() {
    let atlas = atlas();
    let mut quoted = 0;
    for f in atlas.figures() {
        let passages: Vec<&str> = f
            .sources
            .iter()
            .filter_map(|c| c.quote.as_deref())
            .collect();
        assert_eq!(stated(f).quotes, passages, "{}", f.id);
        quoted += usize::from(!passages.is_empty());
    }
    assert_eq!(quoted, 25, "one passage for every row of the shared table");
    assert_eq!(
        figure(&atlas, "jjj-gdp-2025-stated").quotes,
        ["to nearly 12 trillion yuan in 2025"]
    );
    // Computed figures rely on no passage.
    assert!(headlines(&atlas, "jjj")[0].quotes.is_empty());
}

#[test]
fn each_caveat_of_the_stated_figures_is_said_once() {
    let atlas = atlas();
    let shown: Vec<Headline> = headlines(&atlas, "jjj")
        .into_iter()
        .filter(|h| matches!(h.basis, Basis::Stated(_)))
        .collect();
    let said = caveats(&shown);
    assert_eq!(said.notes.len(), 2, "{:?}", said.notes);
    assert!(
        said.notes[0]
            .en
            .starts_with("As the source stated it at the time")
    );
    assert_eq!(said.notes[1].en, "As reported by CGTN, 2025-12-22.");
    assert_eq!(said.marks.len(), shown.len());
    let mark_of = |label: &str| {
        let i = shown.iter().position(|h| h.label.en == label).unwrap();
        said.marks[i].map(caveat_mark)
    };
    assert_eq!(
        mark_of("Combined GDP (stated, earlier vintage)").as_deref(),
        Some("*")
    );
    assert_eq!(mark_of("Innovation platforms").as_deref(), Some("**"));

    // One caveat for every figure needs no mark; a figure without one has none.
    let one = caveats(&shown[..2]);
    assert_eq!(one.notes.len(), 1);
    assert_eq!(one.marks, [None, None]);
    let mut bare = shown[0].clone();
    bare.basis = Basis::Stated(None);
    let pair = [bare, shown[0].clone()];
    let mixed = caveats(&pair);
    assert_eq!(mixed.notes, [&shown_note(&shown[0])]);
    assert_eq!(mixed.marks, [None, Some(0)]);
}

fn shown_note(h: &Headline) -> Text {
    match &h.basis {
        Basis::Stated(Some(note)) => note.clone(),
        other => panic!("expected a stated figure with a caveat, found {other:?}"),
    }
}

#[test]
fn computed_sums_keep_at_least_three_significant_digits() {
    let atlas = atlas();
    let yrd = headlines(&atlas, "yrd");
    let rd = yrd
        .iter()
        .find(|h| h.label.en == "R&D expenditure")
        .expect("the Yangtze River Delta's R&D");
    assert_eq!(rd.value, 10_166.8);
    assert_eq!(rd.readable(Lang::En), "1.02 trillion yuan");
    assert_eq!(rd.readable(Lang::Zh), "1.02万亿元");
    assert_eq!(
        rd.exact(Lang::En).as_deref(),
        Some("10,166.8 (100 million yuan)")
    );
    let unit = Unit::Yuan100m;
    for (value, en, zh) in [
        (115_049.6, "11.5 trillion yuan", "11.5万亿元"),
        (60_000.0, "6.00 trillion yuan", "6.00万亿元"),
        (99_999.6, "10.0 trillion yuan", "10.0万亿元"),
        (9_999.6, "1.00 trillion yuan", "1.00万亿元"),
        (748.7, "74.9 billion yuan", "748.7亿元"),
        (74.87, "7.49 billion yuan", "74.87亿元"),
        (9.0, "900 million yuan", "9亿元"),
    ] {
        assert_eq!(unit.format_readable(value, Lang::En), en, "{value}");
        assert_eq!(unit.format_readable(value, Lang::Zh), zh, "{value}");
    }
    // Every sum of yuan on the cluster cards.
    for cluster in ["jjj", "yrd", "gba"] {
        for h in headlines(&atlas, cluster) {
            if matches!(h.basis, Basis::Computed(_)) && h.unit == Unit::Yuan100m {
                let digits = h
                    .readable(Lang::En)
                    .chars()
                    .filter(char::is_ascii_digit)
                    .count();
                assert!(digits >= 3, "{}: {}", h.label.en, h.readable(Lang::En));
            }
        }
    }
}
