//! TimelineJS3 JSON: Knight Lab's example files convert and validate,
//! deep time included; each kind of problem is located; markup in texts
//! stays text; a converted document written in the project's format reads
//! back as the same document.

pub mod common;

use cluster_atlas::core::dataset::atlas::Atlas;
use cluster_atlas::core::dataset::import::{load, load_document};
use cluster_atlas::core::dataset::model::{Document, Markup};
use cluster_atlas::core::dataset::problem::Problem;
use cluster_atlas::core::dataset::read::read_document;
use cluster_atlas::core::dataset::validate::validate;
use cluster_atlas::core::dataset::write::{to_json_string, write_document};
use cluster_atlas::core::page::html::Html;
use cluster_atlas::core::page::timeline::{
    LanesContext, detail_html, drawn_ticks, era_pieces, label_pieces, mark_values,
};
use cluster_atlas::core::text::bilingual::Lang;
use cluster_atlas::core::text::strings::strings;
use cluster_atlas::core::timeline::{View, Window, lanes, layout, ticks, tracks};
use common::import::{lines, report};

const COSMO: &str = include_str!("fixtures/timelinejs3/cosmo.json");
const ERAS: &str = include_str!("fixtures/timelinejs3/eras.json");
const HOUSTON: &str = include_str!("fixtures/timelinejs3/houston.json");

fn converted(name: &str, text: &str) -> (Document, Atlas, Vec<Problem>) {
    match load_document(name, text) {
        Ok((doc, imported)) => (doc, imported.atlas, imported.warnings),
        Err(report) => panic!("{name} was not read:\n{}", lines(&report.problems)),
    }
}

#[test]
fn every_fixture_converts_validates_and_reads_back_unchanged() {
    for (name, text, events) in [
        ("cosmo.json", COSMO, 7),
        ("eras.json", ERAS, 20),
        ("houston.json", HOUSTON, 18),
    ] {
        let (doc, atlas, _) = converted(name, text);
        assert_eq!(atlas.milestones().len(), events, "{name}");
        assert!(atlas.imported(), "{name}");
        assert_eq!(atlas.markup(), Markup::Html);
        assert_eq!(
            atlas.origin().map(|o| (o.file.as_str(), o.format.as_str())),
            Some((name, "timelinejs3"))
        );
        // Written in the project's format and read back: the same document,
        // validating as the same atlas.
        let again = read_document(&write_document(&doc)).expect(name);
        assert_eq!(again, doc, "{name}");
        assert_eq!(validate(again).as_ref(), Ok(&atlas), "{name}");
        // Through the ordinary loader as text too.
        let text = to_json_string(&doc);
        let reloaded = load("converted.json", text).expect(name);
        assert_eq!(reloaded.atlas, atlas, "{name}");
        // Every milestone's detail is written without a panic.
        let s = strings(Lang::En);
        for m in atlas.milestones() {
            detail_html(&atlas, m, [true, true], Lang::En, s);
        }
    }
}

#[test]
fn cosmo_reaches_back_13_8_billion_years() {
    let (_, atlas, _) = converted("cosmo.json", COSMO);
    assert_eq!(atlas.title().en, "Cosmological Scale Timeline");
    let first = &atlas.milestones()[0];
    assert_eq!(first.title.en, "The Big Bang");
    assert_eq!(first.date.year(), -13_800_000_000);
    assert_eq!(first.date.to_string(), "-13800000000");
    let paleozoic = atlas
        .milestones()
        .iter()
        .find(|m| m.title.en == "Paleozoic era")
        .unwrap();
    assert_eq!(paleozoic.end().map(|d| d.year()), Some(-251_902_000));
    // The whole span in view: ticks in billions of years, both languages.
    let window = Window::fit(atlas.milestones());
    let en: Vec<String> = ticks(&window, 900.0, 90.0, Lang::En)
        .into_iter()
        .map(|t| t.label)
        .collect();
    assert!(en.contains(&"10 billion years ago".to_string()), "{en:?}");
    let zh = ticks(&window, 900.0, 90.0, Lang::Zh);
    assert!(zh.iter().any(|t| t.label == "100亿年前"), "{zh:?}");
    assert_eq!(first.when(Lang::En), "13.8 billion years ago");
    assert_eq!(first.when(Lang::Zh), "138亿年前");
    // No groups: one lane of events without a group.
    assert!(atlas.clusters().is_empty());
    assert!(atlas.milestones().iter().all(|m| m.cluster.is_none()));
}

#[test]
fn eras_become_the_datasets_eras() {
    let (doc, atlas, warnings) = converted("eras.json", ERAS);
    let eras: Vec<(String, String, String)> = atlas
        .eras()
        .iter()
        .map(|e| (e.title.en.clone(), e.start.to_string(), e.end.to_string()))
        .collect();
    assert_eq!(
        eras,
        [
            ("Era Test 650-700".into(), "0650".into(), "0700".into()),
            ("Era Test 600-650".into(), "0600".into(), "0650".into()),
            ("Era Test 700-720".into(), "0700".into(), "0720".into()),
        ]
    );
    assert_eq!(doc.eras.len(), 3);
    let hijra = atlas
        .milestones()
        .iter()
        .find(|m| m.title.en.starts_with("Muhammad Migrates"))
        .unwrap();
    assert_eq!(hijra.date.to_string(), "0622-08-09");
    assert_eq!(
        hijra.end().map(|d| d.to_string()),
        Some("0622-08-23".into())
    );
    assert_eq!(hijra.when(Lang::En), "9 Aug 622 – 23 Aug 622");
    // A year alone keeps year precision.
    let canal = atlas
        .milestones()
        .iter()
        .find(|m| m.title.en.starts_with("Grand Canal"))
        .unwrap();
    assert_eq!(canal.date.to_string(), "0604");
    assert!(warnings.is_empty(), "{}", lines(&warnings));
}

#[test]
fn houstons_media_keep_their_caption_and_credit() {
    let (_, atlas, warnings) = converted("houston.json", HOUSTON);
    // The title slide's headline is plain text; its text the introduction.
    assert_eq!(atlas.title().en, "Whitney Houston 1963 - 2012");
    assert!(atlas.description().en.starts_with("<p>Houston's voice"));
    let early = atlas
        .milestones()
        .iter()
        .find(|m| m.title.en == "The Early Years")
        .unwrap();
    let media = early.media().unwrap();
    assert_eq!(media.url, "https://youtu.be/_gvJCCZzmro");
    assert_eq!(
        media.caption.as_ref().map(|c| c.en.as_str()),
        Some("A young poised Whitney Houston in an interview with EbonyJet.")
    );
    assert_eq!(
        media.credit.as_ref().map(|c| c.en.as_str()),
        Some("EbonyJet")
    );
    // A protocol-relative address is made https; a relative one is left
    // out with a warning.
    let crack = atlas
        .milestones()
        .iter()
        .find(|m| m.title.en == "Crack is Whack")
        .unwrap();
    assert!(
        crack
            .media()
            .unwrap()
            .url
            .starts_with("https://upload.wikimedia.org/")
    );
    let heritage = atlas
        .milestones()
        .iter()
        .find(|m| m.title.en == "A Musical Heritage")
        .unwrap();
    assert!(heritage.media().is_none());
    assert!(
        warnings.iter().any(|w| w.item == "houston.json, events[0]"
            && w.field == "media.url"
            && w.message
                .contains("/static/img/examples/houston/family.jpg")),
        "{}",
        lines(&warnings)
    );
    // The detail shows the media as a link, the credit's link kept safe.
    let s = strings(Lang::En);
    let signed = atlas
        .milestones()
        .iter()
        .position(|m| m.title.en == "First Recording")
        .unwrap();
    let html = detail_html(
        &atlas,
        &atlas.milestones()[signed],
        [true, true],
        Lang::En,
        s,
    );
    assert!(
        html.contains("<a href=\"https://youtu.be/fSrO91XO1Ck\""),
        "{html}"
    );
    assert!(
        html.contains("<a href=\"http://unidiscmusic.com\" rel=\"noopener noreferrer\" target=\"_blank\">Unidisc Music</a>"),
        "{html}"
    );
    assert!(!html.contains("<img"));
}

#[test]
fn markup_in_texts_stays_text_and_unsafe_links_are_not_links() {
    let json = r#"{"title":{"text":{"headline":"<img src=x onerror=alert(1)>","text":"<p>Intro <a href=\"javascript:alert(1)\">bad</a></p>"}},
        "events":[{"start_date":{"year":"2001"},"group":"<b>Lane</b>",
          "text":{"headline":"<img src=x onerror=alert(1)>","text":"<script>alert(1)</script><a href='JAVASCRIPT:alert(1)'>click</a> <a href='https://example.org'>ok</a>"}}]}"#;
    let (_, atlas, _) = converted("x.json", json);
    assert_eq!(atlas.title().en, "<img src=x onerror=alert(1)>");
    let m = &atlas.milestones()[0];
    assert_eq!(m.title.en, "<img src=x onerror=alert(1)>");
    let s = strings(Lang::En);
    let html = detail_html(&atlas, m, [false, false], Lang::En, s);
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "{html}"
    );
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.to_ascii_lowercase().contains("javascript:"), "{html}");
    assert!(!html.contains("<script"), "{html}");
    assert!(
        html.contains("click <a href=\"https://example.org\""),
        "{html}"
    );
    let mut intro = Html::new();
    cluster_atlas::core::page::intro::intro_html(&mut intro, &atlas, Lang::En, s);
    let intro = intro.finish();
    assert!(intro.contains("<p>Intro bad</p>"), "{intro}");
}

#[test]
fn each_kind_of_problem_is_located() {
    let json = r#"{"events":[
        {"start_date":{"year":"abc"},"text":{"headline":"A"}},
        {"start_date":{"year":"2001","month":"13"},"text":{"headline":"B"}},
        {"text":{"headline":"C"}},
        {"start_date":{"year":2001,"day":"3"},"text":{"headline":"D"}},
        {"start_date":{"year":"2001","month":"2","day":"30"},"text":{"headline":"E"}},
        {"start_date":{"year":"2001"},"end_date":{"year":"1999"},"text":{"headline":"F"}},
        {"start_date":{"year":"2001"}},
        {"start_date":{"year":"2001"},"text":"G"},
        {"start_date":{"year":"2001","hour":"25"},"text":{"headline":"H"}},
        {"start_date":{"year":1.5},"text":{"headline":"I"}},
        {"start_date":{"year":"-9999999999999"},"text":{"headline":"J"}},
        "not an event"
      ],
      "eras":[{"start_date":{"year":"10"},"text":{"headline":"E"}},
              {"start_date":{"year":"10"},"end_date":{"year":"5"}}]}"#;
    let found: Vec<String> = report("bad.json", json)
        .problems
        .iter()
        .map(Problem::to_string)
        .collect();
    let expected = [
        "bad.json, events[0], start_date.year: expected a whole number, found \"abc\"",
        "bad.json, events[1], start_date.month: expected a whole number from 1 to 12, found 13",
        "bad.json, events[2], start_date: missing (an event needs a start_date with a year)",
        "bad.json, events[3], start_date.month: missing (a date with a day needs a month)",
        "bad.json, events[4], start_date: day 30 does not exist in February 2001 (it has 28 days)",
        "bad.json, events[5], end_date: expected an end not before the start (2001), found 1999",
        "bad.json, events[6], text.headline: expected a headline (or a text to take one from), found none",
        "bad.json, events[7], text: expected an object, found a string",
        "bad.json, events[8], start_date.hour: expected a whole number from 0 to 23, found 25",
        "bad.json, events[9], start_date.year: expected a whole number, found 1.5",
        "bad.json, events[10], start_date.year: expected a whole number from -999999999999 to 999999999999, found -9999999999999",
        "bad.json, events[11]: expected an event (an object), found a string",
        "bad.json, eras[0], end_date: missing (an era needs a start and an end)",
        "bad.json, eras[1], end_date: expected an end not before the start (0010), found 0005",
    ];
    for e in expected {
        assert!(
            found.iter().any(|f| f == e),
            "missing {e}\nfound:\n{}",
            found.join("\n")
        );
    }
    // Not a TimelineJS3 file: no events.
    let none = report(
        "empty.json",
        r#"{"title":{"text":{"headline":"T"}},"events":[]}"#,
    );
    assert_eq!(
        none.problems[0].to_string(),
        "empty.json, events: expected at least one event, found none"
    );
}

#[test]
fn groups_are_lanes_ids_are_unique_and_repeats_warn() {
    let json = r#"{"events":[
        {"start_date":{"year":"2001","month":"","day":""},"group":"North","text":{"headline":"Same"}},
        {"start_date":{"year":"2001"},"group":"South","text":{"headline":"Same"}},
        {"start_date":{"year":"2002"},"text":{"headline":"Other"},"unique_id":"my id"},
        {"start_date":{"year":"2003","display_date":"Early 2003"},"group":"North","text":{"text":"<p>Only a text, no headline</p>"}}
      ]}"#;
    let (doc, atlas, warnings) = converted("g.json", json);
    let lanes: Vec<&str> = atlas
        .clusters()
        .iter()
        .map(|c| c.name.en.as_str())
        .collect();
    assert_eq!(lanes, ["North", "South"]);
    let ids: Vec<&str> = doc.milestones.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["same", "same.2", "my-id", "only-a-text-no-headline"]);
    assert_eq!(doc.milestones[2].cluster, None);
    assert_eq!(
        doc.milestones[0].date, "2001",
        "empty strings are no month or day"
    );
    assert_eq!(atlas.milestones()[3].when(Lang::En), "Early 2003");
    assert_eq!(atlas.milestones()[3].title.en, "Only a text, no headline");
    assert_eq!(
        lines(&warnings),
        "g.json, events[1], text.headline: same date and headline as events[0] (\"Same\": a repeated event?)"
    );
}

#[test]
fn the_projects_own_json_is_not_taken_for_timelinejs3() {
    let json = r#"{"schema":1,"title":"T","events":[]}"#;
    let r = report("own.json", json);
    assert!(
        r.problems
            .iter()
            .any(|p| p.field == "events" && p.message.starts_with("unknown field")),
        "{}",
        lines(&r.problems)
    );
}

#[test]
fn deep_time_and_eras_are_drawn_at_any_zoom() {
    for (name, text) in [("cosmo.json", COSMO), ("eras.json", ERAS)] {
        let (_, atlas, _) = converted(name, text);
        let clusters: Vec<String> = atlas.clusters().iter().map(|c| c.id.clone()).collect();
        let lanes = lanes(&atlas, &clusters, "Other", Lang::En);
        let order: Vec<usize> = (0..atlas.milestones().len()).collect();
        let tracks = tracks(&atlas, &order, &lanes);
        let empty = vec![false; lanes.len()];
        let bounds = Window::fit(atlas.milestones());
        let mut windows = vec![bounds];
        for zoom in [2.0, 16.0, 1e3, 1e6, 1e9, 1e12] {
            for anchor in [0.0, 0.03, 0.5, 1.0] {
                windows.push(bounds.zoom(zoom, anchor, bounds));
            }
        }
        for window in windows {
            for width in [320.0, 1200.0] {
                let view = View {
                    window,
                    width,
                    origin: window.start,
                };
                let t = ticks(&window, width, 80.0, Lang::En);
                assert!(!t.is_empty(), "{name}: no tick in {window:?}");
                let breaks: Vec<f64> = t.iter().map(|t| t.day).collect();
                let placed = layout(&atlas, &tracks, &view, &breaks, 3, Lang::En);
                let cx = LanesContext {
                    atlas: &atlas,
                    view,
                    rows: 3,
                    empty: &empty,
                    selected: Some(0),
                    lit_year: None,
                    lang: Lang::En,
                    s: strings(Lang::En),
                };
                let drawn = drawn_ticks(&view, &t);
                let values = mark_values(&cx, &drawn, &lanes, &placed);
                assert!(
                    values
                        .iter()
                        .all(|v| !v.contains("NaN") && !v.contains("inf"))
                );
                for lane in &placed {
                    label_pieces(&cx, lane);
                }
                for era in era_pieces(&view, atlas.eras(), Lang::Zh) {
                    assert!(!era.style.contains("NaN"), "{era:?}");
                }
            }
        }
        // The whole span shows every era.
        let whole = View {
            window: bounds,
            width: 1200.0,
            origin: bounds.start,
        };
        assert_eq!(
            era_pieces(&whole, atlas.eras(), Lang::En).len(),
            atlas.eras().len()
        );
    }
}

#[test]
fn a_files_events_become_a_story_one_step_each_in_the_files_order() {
    use cluster_atlas::core::page::story::step_html;
    use cluster_atlas::core::story::view::story_view;
    use cluster_atlas::core::text::strings::story::story_strings;
    let (doc, atlas, _) = converted("houston.json", HOUSTON);
    let [story] = atlas.stories() else {
        panic!("one story expected")
    };
    assert_eq!(story.title, doc.title);
    assert_eq!(story.steps.len(), 18);
    // The steps follow the file's events, not the dates' order.
    let titles: Vec<&str> = story.steps.iter().map(|s| s.title.en.as_str()).collect();
    let events: Vec<&str> = doc.milestones.iter().map(|m| m.title.en.as_str()).collect();
    assert_eq!(titles, events);
    // Each step shows its event on the timeline, selected, with the
    // event's own description in the panel.
    let link = format!("story={}&step=3", story.id);
    let opened = story_view(
        &cluster_atlas::core::link::permalink::Permalink::decode(&link),
        &atlas,
    );
    let third = &doc.milestones[2];
    assert_eq!(opened.milestone.as_deref(), Some(third.id.as_str()));
    let mut h = Html::new();
    step_html(
        &mut h,
        &atlas,
        &story.steps[2],
        "h2",
        Lang::En,
        story_strings(Lang::En),
    );
    let html = h.finish();
    assert!(html.contains("story-milestone"), "{html}");
    assert!(
        html.contains(&third.title.en.replace('\'', "&#39;")),
        "{html}"
    );
}
