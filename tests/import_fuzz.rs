//! Every parser of the import under generated inputs: the CSV of
//! milestones, the tidy CSV of series and Our World in Data's CSV (each
//! reached through `import::load` by its header) and the project's JSON.
//! Each gets random bytes read as text after its header, and near-valid
//! rows or documents with cells and bytes changed. Nothing may panic, and
//! every file refused carries at least one problem with a message.
//!
//! `FUZZ_CASES` sets how many inputs each parser gets (10,000 by default,
//! as `make test` runs them; `FUZZ_CASES=1000000` for the long run).

use cluster_atlas::core::dataset::cell;
use cluster_atlas::core::dataset::import::{Report, load};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// How many generated inputs each parser gets.
fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000)
}

/// How many inputs were read, and how many refused.
#[derive(Default)]
struct Tally {
    accepted: AtomicUsize,
    refused: AtomicUsize,
}

/// Reads `text` as the file `name`; fails if a refusal has no problem or
/// a problem without a message. A panic fails the case too.
fn check(name: &str, text: String, tally: &Tally) -> Result<(), TestCaseError> {
    match load(name, text) {
        Ok(_) => {
            tally.accepted.fetch_add(1, Ordering::Relaxed);
            Ok(())
        }
        Err(Report { problems, .. }) => {
            tally.refused.fetch_add(1, Ordering::Relaxed);
            prop_assert!(!problems.is_empty(), "a refusal without a problem");
            for p in &problems {
                prop_assert!(
                    !p.message.trim().is_empty(),
                    "a problem without a message: {p:?}"
                );
            }
            Ok(())
        }
    }
}

/// Random bytes, read as text (invalid UTF-8 replaced).
fn noise() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..300)
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        any::<String>(),
        "[,\"\r\n 0-9a-z=+'.eE-]{0,200}",
    ]
}

/// Cells a row may hold: valid, nearly valid and broken.
const CELLS: [&str; 30] = [
    "2014",
    "-0500",
    "2014-02",
    "2014-02-26",
    "2014-02-30",
    "20x4",
    "",
    " ",
    "\"quoted, \"\"x\"\"\"",
    "\"unclosed",
    "\"closed\"after",
    "1e3",
    "-3.5",
    "1e999",
    "NaN",
    "inf",
    "=1+1",
    "'=x",
    "'",
    "Beijing",
    "京津冀",
    "999999999999999",
    "-2147483649",
    "https://example.org/a",
    "javascript:alert(1)",
    "<img src=x onerror=alert(1)>",
    "percent",
    "rank",
    "\"multi\nline\"",
    "\u{feff}",
];

/// Rows of cells from [`CELLS`], joined by any line ending.
fn rows() -> impl Strategy<Value = String> {
    let row = prop::collection::vec(prop::sample::select(&CELLS[..]), 0..8)
        .prop_map(|cells| cells.join(","));
    let end = prop::sample::select(&["\n", "\r\n", "\r", "\n\n"][..]);
    prop::collection::vec((row, end), 0..12).prop_map(|rows| {
        rows.into_iter()
            .map(|(row, end)| format!("{row}{end}"))
            .collect()
    })
}

/// What a column holds, for rows near to valid.
#[derive(Clone, Copy)]
enum Kind {
    /// A date at any precision.
    Date,
    /// A whole year.
    Year,
    /// A number, or nothing.
    Number,
    /// Any text, or nothing.
    Text,
    /// A name: text, never empty.
    Name,
}

/// A valid cell of `kind`, written as an export writes it.
fn valid(kind: Kind) -> BoxedStrategy<String> {
    let text = "[a-zA-Z0-9 ,\"=\n'+-]{0,12}";
    match kind {
        Kind::Date => (-3000i64..3000, 0u32..=12, 1u32..=28)
            .prop_map(|(y, m, d)| match (m, d % 3) {
                (0, _) => format!("{y}"),
                (m, 0) => format!("{y:04}-{m:02}"),
                (m, _) => format!("{y:04}-{m:02}-{d:02}"),
            })
            .boxed(),
        Kind::Year => any::<i32>().prop_map(|y| y.to_string()).boxed(),
        Kind::Number => prop_oneof![
            Just(String::new()),
            (any::<i32>(), 0i32..4).prop_map(|(m, d)| (f64::from(m) / 10f64.powi(d)).to_string()),
        ]
        .boxed(),
        Kind::Text => text.prop_map(|t| cell::write(&t).into_owned()).boxed(),
        Kind::Name => "[a-zA-Z][a-zA-Z0-9 ,\"=\n'+-]{0,12}"
            .prop_map(|t| cell::write(&t).into_owned())
            .boxed(),
    }
}

/// A file of `columns` whose rows are near to valid: each cell valid for
/// its column, or (one time in twelve) a cell of [`CELLS`].
fn near_valid(columns: &'static [(&'static str, Kind)]) -> impl Strategy<Value = String> {
    let cells: Vec<BoxedStrategy<String>> = columns
        .iter()
        .map(|&(_, kind)| {
            (
                valid(kind),
                prop::sample::select(&CELLS[..]),
                prop::bool::weighted(1.0 / 12.0),
            )
                .prop_map(|(good, bad, broken)| if broken { bad.to_string() } else { good })
                .boxed()
        })
        .collect();
    let header: Vec<&str> = columns.iter().map(|c| c.0).collect();
    let header = header.join(",");
    prop::collection::vec(cells, 0..10).prop_map(move |rows| {
        let mut text = format!("{header}\n");
        for row in rows {
            text.push_str(&row.join(","));
            text.push('\n');
        }
        text
    })
}

/// A header of `columns` (some perhaps left out, repeated or in another
/// case), then rows of cells of [`CELLS`] or random text.
fn csv(columns: &'static [&'static str]) -> impl Strategy<Value = String> {
    let header = prop::collection::vec(
        (prop::sample::select(columns), any::<bool>()),
        1..columns.len() + 3,
    )
    .prop_map(|names| {
        names
            .into_iter()
            .map(|(n, upper)| {
                if upper {
                    n.to_uppercase()
                } else {
                    n.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(",")
    });
    let whole = format!("{}\n", columns.join(","));
    (
        prop_oneof![Just(whole), header.prop_map(|h| format!("{h}\n"))],
        prop_oneof![rows(), noise()],
    )
        .prop_map(|(header, body)| header + &body)
}

/// Runs `strategy`'s inputs through `load` as the file `name`, and says
/// how many were read and refused, and in how long; both must happen,
/// or the inputs do not reach what they test.
fn fuzz(name: &str, strategy: impl Strategy<Value = String>) {
    let tally = Tally::default();
    let start = Instant::now();
    let mut runner = TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&strategy, |text| check(name, text, &tally))
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let (accepted, refused) = (tally.accepted.into_inner(), tally.refused.into_inner());
    eprintln!(
        "{name}: {} inputs, {accepted} read, {refused} refused, in {:.1} s",
        accepted + refused,
        start.elapsed().as_secs_f64()
    );
    assert!(
        accepted > 0 && refused > 0,
        "{name}: {accepted} read, {refused} refused"
    );
}

#[test]
fn the_milestone_csv_parser_takes_any_input() {
    let near = near_valid(&[
        ("date", Kind::Date),
        ("group", Kind::Text),
        ("title", Kind::Name),
        ("description", Kind::Text),
        ("source", Kind::Text),
    ]);
    let any = csv(&["date", "group", "title", "description", "source", "Date"]);
    fuzz("events.csv", prop_oneof![near, any]);
}

#[test]
fn the_series_csv_parser_takes_any_input() {
    let near = near_valid(&[
        ("entity", Kind::Name),
        ("year", Kind::Year),
        ("value", Kind::Number),
        ("unit", Kind::Text),
        ("source", Kind::Text),
        ("note", Kind::Text),
        ("series", Kind::Text),
    ]);
    let any = csv(&[
        "entity",
        "year",
        "value",
        "unit",
        "source",
        "note",
        "series",
        "indicator",
    ]);
    fuzz("series.csv", prop_oneof![near, any]);
}

#[test]
fn the_owid_csv_parser_takes_any_input() {
    let near = near_valid(&[
        ("Entity", Kind::Name),
        ("Code", Kind::Text),
        ("Year", Kind::Year),
        ("GDP (int.-$)", Kind::Number),
        ("Population", Kind::Number),
    ]);
    let any = csv(&["Entity", "Code", "Year", "GDP (int.-$)", "Population", ""]);
    fuzz("owid.csv", prop_oneof![near, any]);
}

/// A small valid document of the project's format.
const VALID: &str = r#"{"schema": 1, "title": "Test",
 "clusters": [{"id": "jjj", "name": {"en": "Jing-Jin-Ji", "zh": "京津冀"}}],
 "entities": [{"id": "beijing", "name": "Beijing", "kind": "province", "cluster": "jjj"}],
 "sources": [{"id": "nbs", "title": "GDP", "publisher": "NBS", "url": "https://data.stats.gov.cn/", "supports": "GDP"}],
 "series": [{"id": "gdp", "title": "GDP", "unit": "100m-yuan",
   "points": [{"entity": "beijing", "year": 2024, "value": 49843.1, "sources": ["nbs"]}]}],
 "figures": [],
 "milestones": [{"id": "m1", "date": "2014-02-26", "cluster": "jjj", "title": "T", "description": "D", "sources": ["nbs"]}]}"#;

/// What a change may put in a document.
const TOKENS: [&str; 16] = [
    "",
    "null",
    "-1",
    "1e999",
    "\"x\"",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"\\ud800\"",
    "\"",
    "true",
    "\"2014-13\"",
    "\"<img src=x>\"",
];

/// The valid document with up to four changes: a byte range taken out and
/// a token put in its place.
fn json() -> impl Strategy<Value = String> {
    let change = (
        0..VALID.len(),
        0usize..12,
        prop::sample::select(&TOKENS[..]),
    );
    let near = prop::collection::vec(change, 1..5).prop_map(|changes| {
        let mut text = VALID.to_string();
        for (at, len, token) in changes {
            let at = floor(&text, at.min(text.len()));
            let end = floor(&text, (at + len).min(text.len()));
            text.replace_range(at..end, token);
        }
        text
    });
    prop_oneof![near, noise().prop_map(|n| format!("{{{n}"))]
}

/// The char boundary at or before `at` in `text`.
fn floor(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[test]
fn the_json_reader_takes_any_input() {
    assert!(load("valid.json", VALID.to_string()).is_ok());
    fuzz("data.json", json());
}
