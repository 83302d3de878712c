//! Reading datasets people bring (`?data=`): a CSV of milestones and the
//! project's own JSON; each kind of problem with its location, the size
//! limit, the report's cut at fifty, warnings, and scale.

pub mod common;

use cluster_atlas::core::dataset::atlas::Atlas;
use cluster_atlas::core::dataset::bundled::{DEFAULT_JSON, default_atlas};
use cluster_atlas::core::dataset::import::{MAX_BYTES, SHOWN, shown};
use cluster_atlas::core::dataset::load::load_json;
use cluster_atlas::core::dataset::model::{Document, Markup, MilestoneRecord, SCHEMA_VERSION};
use cluster_atlas::core::dataset::problem::Problem;
use cluster_atlas::core::dataset::validate::validate;
use cluster_atlas::core::text::bilingual::Lang;
use cluster_atlas::core::text::bilingual::Text;
use common::import::{has, imported, lines, report};

#[test]
fn milestone_csv_reads_groups_sources_and_any_year() {
    let text = "date,group,title,description,source\n\
        2014-02-26,Jing-Jin-Ji,National strategy,Raised to a national strategy.,https://example.org/jjj\n\
        -0500,,Founding,,\n\
        2014-12,Yangtze River Delta,Plan,,A white paper\n\
        2015,Jing-Jin-Ji,\"Outline, with a comma\",\"Two\nlines\",https://example.org/jjj\n";
    let i = imported("milestones.csv", text);
    assert!(i.warnings.is_empty(), "{}", lines(&i.warnings));
    let atlas = &i.atlas;
    let got: Vec<(&str, String, Option<&str>)> = atlas
        .milestones()
        .iter()
        .map(|m| (m.id.as_str(), m.date.to_string(), m.cluster.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("founding", "-0500".to_string(), None),
            (
                "national-strategy",
                "2014-02-26".to_string(),
                Some("jing-jin-ji")
            ),
            ("plan", "2014-12".to_string(), Some("yangtze-river-delta")),
            (
                "outline-with-a-comma",
                "2015".to_string(),
                Some("jing-jin-ji")
            ),
        ]
    );
    // Groups become lanes, in order of first appearance.
    let lanes: Vec<&str> = atlas
        .clusters()
        .iter()
        .map(|c| c.name.get(Lang::En))
        .collect();
    assert_eq!(lanes, ["Jing-Jin-Ji", "Yangtze River Delta"]);
    // A row without a source cites the file; an address is one source
    // however often it is cited; a title is a source without an address.
    let founding = &atlas.milestones()[0];
    assert_eq!(founding.sources[0].source, "file");
    let file = atlas.source("file").unwrap();
    assert_eq!(
        (file.title.get(Lang::En), file.url.as_str()),
        ("milestones", "")
    );
    assert_eq!(atlas.sources().len(), 3);
    let outline = &atlas.milestones()[3];
    assert_eq!(outline.title.get(Lang::En), "Outline, with a comma");
    assert_eq!(outline.description.get(Lang::En), "Two\nlines");
    assert_eq!(
        atlas.source(&outline.sources[0].source).unwrap().url,
        "https://example.org/jjj"
    );
    // Rows citing one source share its citations, not a copy each.
    let strategy = &atlas.milestones()[1];
    assert!(std::sync::Arc::ptr_eq(&strategy.sources, &outline.sources));
    assert_eq!(atlas.title().get(Lang::En), "milestones");
}

#[test]
fn milestone_csv_problems_name_the_line_and_field() {
    let text = "date,group,title,description,source,colour\n\
        2023-02-30,,Bad day,,,\n\
        14-2-26,,Bad shape,,,\n\
        2014,,,,,\n\
        2014,,Short row\n\
        2014-13,,,,,\n";
    let r = report("m.csv", text);
    has(
        &r.problems,
        "m.csv, line 1, colour: unknown column 6 (expected date, group, title, description, source)",
    );
    has(
        &r.problems,
        "m.csv, line 2, date: day 30 does not exist in February 2023 (it has 28 days)",
    );
    has(
        &r.problems,
        "m.csv, line 3, date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"14-2-26\"",
    );
    has(
        &r.problems,
        "m.csv, line 4, title: expected a title, found an empty cell",
    );
    has(
        &r.problems,
        "m.csv, line 5: expected 6 fields, as the header has, found 3",
    );
    // A row with two problems has both, its date's first.
    let last: Vec<String> = r.problems[5..].iter().map(Problem::to_string).collect();
    assert_eq!(
        last,
        [
            "m.csv, line 6, date: month 13 does not exist (expected 01 to 12)",
            "m.csv, line 6, title: expected a title, found an empty cell",
        ]
    );
    assert_eq!(r.problems.len(), 7, "{}", lines(&r.problems));
}

#[test]
fn unknown_headers_and_broken_quotes_are_located() {
    let r = report("x.csv", "name,when\nA,2000\n");
    assert_eq!(r.problems[0].item, "x.csv, line 1");
    assert!(
        r.problems[0]
            .message
            .contains("date,group,title,description,source")
    );
    assert!(r.problems[0].message.contains("found \"name,when\""));
    let r = report("x.csv", "date,title\n2000,\"Open\n");
    assert_eq!(r.problems.len(), 1, "{:?}", r.problems);
    assert_eq!(r.problems[0].item, "x.csv, line 2");
    assert!(r.problems[0].message.contains("never closed"));
    let r = report("empty.csv", "");
    assert_eq!(r.problems[0].item, "empty.csv, line 1");
    let r = report("header.csv", "date,title\n\n");
    assert_eq!(
        r.problems[0].to_string(),
        "header.csv, line 2: expected a row of a milestone after the header, found none"
    );
}

#[test]
fn header_problems_name_the_header_line_and_repeated_columns() {
    // Blank lines before the header: the header's own line is named.
    let r = report("x.csv", "\n\nname,when\nA,2000\n");
    assert_eq!(r.problems[0].item, "x.csv, line 3");
    let r = report("x.csv", "\n , \ndate,title,colour\n2014,A,red\n");
    assert_eq!(
        lines(&r.problems),
        "x.csv, line 3, colour: unknown column 3 (expected date, group, title, description, source)"
    );
    let r = report("x.csv", "\ndate,title\n\n");
    assert_eq!(
        lines(&r.problems),
        "x.csv, line 3: expected a row of a milestone after the header, found none"
    );
    // A column named twice (in any case) is reported, not read as one.
    let r = report("x.csv", "date,title,Title,date\n2014,A,B,2015\n");
    assert_eq!(
        lines(&r.problems),
        "x.csv, line 1, Title: column 3 repeats column 2 (each column may appear once)\n\
         x.csv, line 1, date: column 4 repeats column 1 (each column may appear once)"
    );
}

#[test]
fn repeated_events_are_warned_of_but_do_not_block() {
    let i = imported("r.csv", "date,title\n2014,Same\n2014,Same\n2015,Same\n");
    has(
        &i.warnings,
        "r.csv, line 3, title: same date and title as line 2 (\"Same\": a repeated event?)",
    );
    assert_eq!(i.warnings.len(), 1);
    // Both are kept, under distinct ids.
    let ids: Vec<&str> = i.atlas.milestones().iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["same", "same.2", "same.3"]);
    // Dates are compared as dates, however the year is written.
    let i = imported(
        "y.csv",
        "date,title
0014,Old
014,Old
",
    );
    has(
        &i.warnings,
        "y.csv, line 3, title: same date and title as line 2 (\"Old\": a repeated event?)",
    );
}

#[test]
fn every_milestone_gets_an_id_of_its_own_however_titles_repeat() {
    // Validation does not check the ids it is given by the converter, so
    // the converter must make them unique and well formed.
    let titles = [
        "Meeting",
        "meeting!",
        "Meeting 2",
        "meeting-2",
        "会议",
        "Meeting.2",
    ];
    let mut csv = String::from("date,title\n");
    for i in 0..3_000 {
        csv.push_str(&format!("{},{}\n", 1000 + i, titles[i % titles.len()]));
    }
    let i = imported("m.csv", &csv);
    let ids: Vec<&str> = i.atlas.milestones().iter().map(|m| m.id.as_str()).collect();
    let distinct: std::collections::HashSet<&str> = ids.iter().copied().collect();
    assert_eq!((ids.len(), distinct.len()), (3_000, 3_000));
    assert!(ids.iter().all(|id| {
        !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.'))
    }));
}

#[test]
fn converted_milestones_pass_the_checks_of_any_dataset() {
    // The converter makes the milestones of a CSV itself, checked as the
    // rows are read; the same milestones, written as records of the JSON
    // format, must pass validation unchanged.
    let csv = "date,group,title,description,source\n\
        2014-02-26,Jing-Jin-Ji,Talk,\"The \"\"first\"\" one\",https://example.org/a\n\
        -0500,,Old,,A book\n\
        2014,jing jin ji!,Talk,x,\n\
        2014-02-26,京津冀,会议,y,https://example.org/a\n\
        1999-12, Jing-Jin-Ji ,  Talk  ,z,https://example.org/b\n";
    let i = imported("mixed.csv", csv);
    let atlas = &i.atlas;
    let mut doc = Document {
        schema: SCHEMA_VERSION,
        title: atlas.title().clone(),
        version: None,
        updated: None,
        licence: None,
        description: Text::en("d"),
        caveats: Vec::new(),
        clusters: atlas.clusters().to_vec(),
        entities: Vec::new(),
        sources: atlas.sources().to_vec(),
        series: Vec::new(),
        figures: Vec::new(),
        milestones: Vec::new(),
        eras: Vec::new(),
        stories: Vec::new(),
        markup: Markup::Plain,
        origin: None,
        imported: true,
    };
    for m in atlas.milestones() {
        doc.milestones.push(MilestoneRecord {
            id: m.id.clone(),
            date: m.date.to_string(),
            cluster: m.cluster.as_deref().map(str::to_string),
            short: m.short.as_deref().cloned(),
            title: m.title.clone(),
            // A record of the JSON format needs a description.
            description: Text::en("described"),
            sources: m.sources.to_vec(),
            end: None,
            media: None,
            display_date: None,
        });
    }
    let checked = validate(doc).unwrap_or_else(|p| panic!("{}", lines(&p)));
    let ids = |a: &Atlas| {
        a.milestones()
            .iter()
            .map(|m| m.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&checked), ids(atlas));
    assert_eq!(checked.milestones().len(), 5);
    assert_eq!(atlas.clusters().len(), 3);
}

#[test]
fn the_projects_own_format_reads_as_strictly_as_ever() {
    // The same atlas, but not the one compiled into the app.
    let brought = imported("atlas.json", DEFAULT_JSON).atlas;
    assert!(!brought.bundled() && default_atlas().unwrap().bundled());
    assert_eq!(brought, load_json(DEFAULT_JSON).unwrap());
    // A source without an address is allowed only for a CSV's own file.
    let text = r#"{"schema": 1, "title": "T", "description": "D", "clusters": [], "entities": [], "series": [], "figures": [], "milestones": [],
        "sources": [{"id": "s", "title": "S", "publisher": "P", "url": "", "supports": "x"}]}"#;
    has(
        &report("mine.json", text).problems,
        "mine.json, source \"s\", url: expected an http:// or https:// address, found \"\"",
    );
    // Lines and columns are the file's, blank lines and all.
    let r = report("bad.json", "\u{feff}\n\n{\"schema\": 1,\n  \"title\": }");
    assert_eq!(r.problems.len(), 1);
    assert!(r.problems[0].to_string().starts_with("bad.json"));
    assert!(
        r.problems[0].to_string().contains("line 4, column 12"),
        "{}",
        r.problems[0]
    );
}

#[test]
fn files_over_the_size_limit_are_refused_before_parsing() {
    let text = "x".repeat(MAX_BYTES + 1);
    let r = report("huge.csv", &text);
    assert_eq!(r.problems.len(), 1);
    assert_eq!(
        r.problems[0].to_string(),
        "huge.csv: the file is 16,777,217 bytes, over the limit of 16,777,216 bytes (16 MiB); split it or leave out what is not needed"
    );
}

#[test]
fn reports_show_fifty_problems_and_count_the_rest() {
    let mut text = String::from("date,title\n");
    for i in 0..60 {
        text.push_str(&format!("20{i:02}-13,Event {i}\n"));
    }
    let r = report("many.csv", &text);
    assert_eq!(r.problems.len(), 60);
    let (first, more) = shown(&r.problems);
    assert_eq!((first.len(), more), (SHOWN, 10));
    assert_eq!(first[49].item, "many.csv, line 51");
    assert_eq!(shown(&r.problems[..3]).1, 0);
}

#[test]
fn a_hundred_thousand_rows_are_read() {
    // Ids made unique, sources and lanes grouped, at scale.
    let mut csv = String::from("date,group,title,description,source\n");
    for i in 0..100_000 {
        csv.push_str(&format!(
            "{}-{:02}-{:02},G{},Event {},,https://e.org/{}\n",
            1900 + i % 120,
            1 + i % 12,
            1 + i % 28,
            i % 7,
            i,
            i % 1000
        ));
    }
    let i = imported("big.csv", &csv);
    assert!(i.warnings.is_empty());
    assert_eq!(i.atlas.milestones().len(), 100_000);
    assert_eq!(i.atlas.clusters().len(), 7);
    assert_eq!(i.atlas.sources().len(), 1000);
}
